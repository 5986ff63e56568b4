import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrganisationKind, OrganisationRef } from '@/lib/api/types';
import { json, mockApi, openOrganisations, organisationSearch, problem } from '@/testing/mock-api';
import { renderPicker } from '@/testing/render';
import { OrganisationCombobox } from './OrganisationCombobox';

/** The picker as the registration form has it: a student's school, optional. */
function renderSchoolPicker(kinds: readonly OrganisationKind[], unitCode?: string) {
  return renderPicker<OrganisationRef>((props) => (
    <OrganisationCombobox
      id="organisation"
      label="Trường nơi bạn học"
      kinds={kinds}
      unitCode={unitCode}
      optional
      debounceMs={10}
      {...props}
    />
  ));
}

function setup(kinds: readonly OrganisationKind[], unitCode?: string) {
  const api = mockApi({ 'GET /api/v1/organisations': organisationSearch(openOrganisations) });
  const onChange = renderSchoolPicker(kinds, unitCode);
  const input = screen.getByRole('combobox', { name: /Trường nơi bạn học/ });
  return { api, onChange, input, user: userEvent.setup() };
}

const searches = (api: ReturnType<typeof mockApi>) => api.requests.filter((r) => r.path === '/api/v1/organisations');

describe('organisation picker', () => {
  it('finds a school from its name typed without accents, saying its level and what it is under', async () => {
    const { api, input, user } = setup(['SCHOOL']);
    expect(screen.getByText('(không bắt buộc)')).toBeInTheDocument();
    await user.type(input, 'tran quoc tuan');

    const option = await screen.findByRole('option', { name: /Trường THPT Trần Quốc Tuấn/ });
    expect(option).toHaveTextContent('Trung học phổ thông · thuộc Sở Giáo dục và Đào tạo');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Có 1 kết quả'));
    const last = searches(api).at(-1);
    expect(last?.search.get('q')).toBe('tran quoc tuan');
    expect(last?.search.get('kind')).toBe('SCHOOL');
    expect(last?.search.get('size')).toBe('10');
    // debounced: not one request per key
    expect(searches(api).length).toBeLessThan('tran quoc tuan'.length);
  });

  it("offers the schools of the learner's unit first, then any other", async () => {
    const { api, input, user } = setup(['SCHOOL'], '21211');
    await user.type(input, 'truong');

    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.combobox__name')?.textContent)).toEqual([
      'Trường THPT Trần Quốc Tuấn', // in Xã Tịnh Khê
      'Trường Đại học Phạm Văn Đồng', // anywhere
    ]);
    const units = searches(api).map((r) => r.search.get('unitCode'));
    expect(units).toContain('21211');
    expect(units).toContain(null);
  });

  it('offers a public servant agencies and schools, never an enterprise', async () => {
    const { api, input, user } = setup(['AGENCY', 'SCHOOL']);
    await user.type(input, 'quang ngai');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Không tìm thấy nơi nào phù hợp'));
    expect(screen.queryByRole('option', { name: /Dệt may/ })).toBeNull();

    await user.clear(input);
    await user.type(input, 'so khoa');
    expect(await screen.findByRole('option', { name: /Sở Khoa học và Công nghệ/ })).toHaveTextContent(
      'Cơ quan, đơn vị',
    );
    const kinds = new Set(searches(api).map((r) => r.search.get('kind')));
    expect(kinds).toEqual(new Set(['AGENCY', 'SCHOOL']));
  });

  it('moves through results with the arrow keys, chooses with Enter and says so', async () => {
    const { input, onChange, user } = setup(['SCHOOL']);
    await user.type(input, 'truong');
    await screen.findByRole('option', { name: /Trường Đại học Phạm Văn Đồng/ });

    // in Vietnamese order: "Đại" before "THPT"
    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: /Trường Đại học Phạm Văn Đồng/ });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Trần Quốc Tuấn/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');

    expect(onChange).toHaveBeenLastCalledWith({ id: 27, name: 'Trường Đại học Phạm Văn Đồng', kind: 'SCHOOL' });
    expect(input).toHaveValue('Trường Đại học Phạm Văn Đồng');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Đã chọn Trường Đại học Phạm Văn Đồng.');
  });

  it('is cleared with its button or with Escape twice', async () => {
    const { input, onChange, user } = setup(['ENTERPRISE']);
    await user.type(input, 'det may');
    await user.click(await screen.findByRole('option', { name: /Công ty TNHH Dệt may Quảng Ngãi/ }));
    expect(onChange).toHaveBeenLastCalledWith({
      id: 2051,
      name: 'Công ty TNHH Dệt may Quảng Ngãi',
      kind: 'ENTERPRISE',
    });

    await user.click(screen.getByRole('button', { name: /Xóa ô “Trường nơi bạn học/ }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();

    await user.type(input, 'det may');
    await user.click(await screen.findByRole('option', { name: /Dệt may/ }));
    await user.keyboard('{Escape}');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input).toHaveValue('');
  });

  it('says when the list cannot be loaded', async () => {
    mockApi({ 'GET /api/v1/organisations': () => problem(500, 'internal_error', 'Đã có lỗi xảy ra.') });
    renderSchoolPicker(['SCHOOL']);
    await userEvent.setup().type(screen.getByRole('combobox'), 'truong');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Không tải được danh sách.'), {
      timeout: 4000,
    });
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    mockApi({
      'GET /api/v1/organisations': () => json({ items: [], page: 1, size: 10, totalItems: 0, totalPages: 0 }),
    });
    renderSchoolPicker(['ENTERPRISE']);
    await userEvent.setup().type(screen.getByRole('combobox'), 'zzz');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Không tìm thấy nơi nào phù hợp. Hãy thử gõ tên khác, hoặc để trống ô này.',
      ),
    );
  });
});
