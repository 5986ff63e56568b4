import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { setTextSize } from '@/lib/text-size';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

afterEach(() => setTextSize('normal'));

describe('"Chữ lớn" for the whole app', () => {
  it('scales every page from the header, also for a visitor', async () => {
    mockApi({});
    const user = userEvent.setup();
    renderApp('/chung-nhan');
    await user.click(await screen.findByRole('button', { name: /Chữ lớn/ }));
    expect(document.documentElement).toHaveClass('text-large');
    expect(localStorage.getItem('hocvuso.textSize')).toBe('large');
  });

  it("applies the account's choice at login and saves a change on the account", async () => {
    const api = mockApi({
      'GET /api/v1/me': () => json({ id: 'u1', fullName: 'Nguyễn Thị Hoa', largeText: true }),
      'PATCH /api/v1/me': () => json({ id: 'u1', fullName: 'Nguyễn Thị Hoa', largeText: false }),
    });
    const user = userEvent.setup();
    renderApp('/chung-nhan');
    await screen.findByRole('button', { name: /Chữ lớn/ });
    act(() => tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' })); // logs in
    await waitFor(() => expect(document.documentElement).toHaveClass('text-large'));
    const toggle = screen.getByRole('button', { name: /Chữ lớn/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle);
    expect(document.documentElement).not.toHaveClass('text-large');
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = api.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ largeText: false });
  });
});
