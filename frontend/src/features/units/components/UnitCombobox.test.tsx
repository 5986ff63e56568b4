import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UnitRef } from '@/lib/api/types';
import { json, mockApi, tinhAn, tinhKhe, unitPage } from '@/testing/mock-api';
import { renderPicker } from '@/testing/render';
import { UnitCombobox } from './UnitCombobox';

/** The picker as the registration form has it. */
function renderUnitPicker() {
  return renderPicker<UnitRef>((props) => (
    <UnitCombobox id="unit" label="Xã, phường nơi bạn sống" debounceMs={10} {...props} />
  ));
}

function setup() {
  const api = mockApi({
    'GET /api/v1/units': (request) =>
      json(unitPage(request.search.get('q') === 'tinh' ? [tinhAn, tinhKhe] : [tinhKhe])),
  });
  const onChange = renderUnitPicker();
  const input = screen.getByRole('combobox', { name: 'Xã, phường nơi bạn sống' });
  return { api, onChange, input, user: userEvent.setup() };
}

describe('unit picker', () => {
  it('finds Xã Tịnh Khê from "tinh khe" typed without accents, ten results at a time', async () => {
    const { api, input, user } = setup();
    await user.type(input, 'tinh khe');

    // On a slow machine a pause inside the typing may search "tinh" first (two results, Tịnh Khê among
    // them): wait for the answer to the whole text, which has one.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Có 1 kết quả'), { timeout: 4000 });
    expect(screen.getByRole('option', { name: /Xã Tịnh Khê/ })).toBeVisible();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const searches = api.requests.filter((r) => r.path === '/api/v1/units');
    expect(searches.at(-1)?.search.get('q')).toBe('tinh khe');
    expect(searches.at(-1)?.search.get('size')).toBe('10');
    // typing pauses are debounced: not one request per key
    expect(searches.length).toBeLessThan('tinh khe'.length);
    expect(screen.getByRole('status')).toHaveTextContent('Có 1 kết quả');
  });

  it('moves through results with the arrow keys and chooses with Enter', async () => {
    const { input, onChange, user } = setup();
    await user.type(input, 'tinh');
    await screen.findByRole('option', { name: /Xã Tịnh Khê/ });

    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: /Xã Tịnh An/ });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Xã Tịnh Khê/ })).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ code: '21211', name: 'Xã Tịnh Khê', type: 'xã' });
    expect(input).toHaveValue('Xã Tịnh Khê');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Đã chọn Xã Tịnh Khê.');
  });

  it('closes the list with Escape, and a second Escape clears the text', async () => {
    const { input, user } = setup();
    await user.type(input, 'tinh khe');
    await screen.findByRole('option', { name: /Xã Tịnh Khê/ });

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('tinh khe');

    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('forgets the chosen unit when the user types something else', async () => {
    const { input, onChange, user } = setup();
    await user.type(input, 'tinh khe');
    await user.click(await screen.findByRole('option', { name: /Xã Tịnh Khê/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ code: '21211' }));

    await user.type(input, 'x');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('says so when nothing matches', async () => {
    mockApi({ 'GET /api/v1/units': () => json(unitPage([])) });
    renderUnitPicker();
    await userEvent.setup().type(screen.getByRole('combobox'), 'zzz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Không tìm thấy xã, phường nào phù hợp'));
  });

  it("searches the deployment's province by default, and the province a page names", async () => {
    const api = mockApi({ 'GET /api/v1/units': () => json(unitPage([tinhKhe])) });
    renderUnitPicker();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), 'tinh khe');
    await screen.findByRole('option', { name: /Xã Tịnh Khê/ });
    const searches = () => api.requests.filter((r) => r.path === '/api/v1/units');
    // config.js's province (none in the tests: the default, Quảng Ngãi)
    expect(searches().every((r) => r.search.get('province') === 'quang-ngai')).toBe(true);
    cleanup();

    renderPicker<UnitRef>((props) => (
      <UnitCombobox id="unit-hue" label="Xã, phường của Huế" debounceMs={10} province="hue" {...props} />
    ));
    await user.type(screen.getByRole('combobox', { name: 'Xã, phường của Huế' }), 'tinh khe');
    await waitFor(() => expect(searches().at(-1)?.search.get('province')).toBe('hue'));
    // not the answer kept for Quảng Ngãi's search of the same text: Huế's is asked for
    expect(
      searches().filter((r) => r.search.get('q') === 'tinh khe' && r.search.get('province') === 'hue'),
    ).toHaveLength(1);
  });
});
