import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import indexHtml from '../../index.html?raw';

/** The markup of a header without what only the router adds (link state, prefetch hints). */
function normalise(header: Element): string {
  const copy = header.cloneNode(true) as Element;
  copy.querySelectorAll('a').forEach((link) => {
    link.removeAttribute('class');
    link.removeAttribute('aria-current');
    link.removeAttribute('data-discover');
  });
  return copy.outerHTML;
}

describe('the first paint (index.html)', () => {
  it('shows the same header the app draws for a visitor, so replacing it moves nothing', async () => {
    const shell = new DOMParser().parseFromString(indexHtml, 'text/html').querySelector('#root header');
    expect(shell).not.toBeNull();

    mockApi({ 'GET /api/v1/courses': () => json({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }) });
    const { container } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(normalise(container.querySelector('header')!)).toBe(normalise(shell!));
  });
});
