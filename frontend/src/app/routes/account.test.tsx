import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import {
  anKy,
  enterpriseDetMay,
  json,
  kyXuyen,
  mockApi,
  organisationSearch,
  problem,
  schoolTranQuocTuan,
  tinhAn,
  unitPage,
  universityPhamVanDong,
  villageOptions,
} from '@/testing/mock-api';
import { learnerProfile } from '@/testing/profiles';
import { renderApp } from '@/testing/render';

const profile = learnerProfile();

beforeEach(() => {
  tokenStore.setTokens({ accessToken: 'access', refreshToken: 'refresh' });
});

describe('my account', () => {
  it('shows the profile in plain words', async () => {
    mockApi({ 'GET /api/v1/me': () => json(profile) });
    renderApp('/tai-khoan');
    expect(await screen.findByText('0912 345 678')).toBeInTheDocument();
    expect(screen.getByText('Người dân')).toBeInTheDocument();
    expect(screen.getByText('Học viên')).toBeInTheDocument();
    expect(screen.getByText('23 tháng 11, 2026')).toBeInTheDocument();
  });

  it('sends only what changed', async () => {
    const api = mockApi({
      'GET /api/v1/me': () => json(profile),
      'GET /api/v1/units': () => json(unitPage([tinhAn])),
      'PATCH /api/v1/me': () => json({ ...profile, unit: { code: tinhAn.code, name: tinhAn.name, type: 'xã' } }),
    });
    const user = userEvent.setup();
    renderApp('/tai-khoan');
    const unit = await screen.findByRole('combobox', { name: /Xã, phường/ });
    await user.clear(unit);
    await user.type(unit, 'tinh an');
    await user.click(await screen.findByRole('option', { name: /Xã Tịnh An/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ unitCode: '21205' });
  });

  it('chooses a village of the unit, and removes it again', async () => {
    const inVillage = { ...profile, village: { id: 101, name: 'Thôn An Kỳ' } };
    const api = mockApi({
      'GET /api/v1/me': () => json(inVillage),
      'GET /api/v1/units/21211/villages': () => villageOptions([anKy, kyXuyen]),
      'PATCH /api/v1/me': () => json({ ...profile, village: null }),
    });
    const user = userEvent.setup();
    renderApp('/tai-khoan');
    const village = await screen.findByRole('combobox', { name: /Thôn, tổ dân phố nơi bạn sống/ });
    expect(village).toHaveValue('Thôn An Kỳ');
    await user.clear(village);
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ villageId: null });
  });

  it('lets a student change school and class, showing the school they chose', async () => {
    const student = {
      ...profile,
      learnerGroup: 'STUDENT' as const,
      organisation: { id: 1042, name: 'Trường THPT Trần Quốc Tuấn', kind: 'SCHOOL' as const },
      className: '10A1',
    };
    const api = mockApi({
      'GET /api/v1/me': () => json(student),
      'GET /api/v1/organisations': organisationSearch([schoolTranQuocTuan, universityPhamVanDong, enterpriseDetMay]),
      'PATCH /api/v1/me': () => json(student),
    });
    const user = userEvent.setup();
    renderApp('/tai-khoan');
    const school = await screen.findByRole('combobox', { name: /Trường nơi bạn học/ });
    expect(school).toHaveValue('Trường THPT Trần Quốc Tuấn');
    await user.clear(school);
    await user.type(school, 'pham van dong');
    await user.click(await screen.findByRole('option', { name: /Trường Đại học Phạm Văn Đồng/ }));
    const className = screen.getByLabelText(/^Lớp/);
    await user.clear(className);
    await user.type(className, 'K47 CNTT');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ organisationId: 27, className: 'K47 CNTT' });
    // schools only, those of the learner's commune first
    const searches = api.requests.filter((r) => r.path === '/api/v1/organisations');
    expect(searches.every((r) => r.search.get('kind') === 'SCHOOL')).toBe(true);
    expect(searches.some((r) => r.search.get('unitCode') === '21211')).toBe(true);
  });

  it('lets a worker choose an enterprise (no class for them)', async () => {
    const worker = { ...profile, learnerGroup: 'WORKER' as const };
    const api = mockApi({
      'GET /api/v1/me': () => json(worker),
      'GET /api/v1/organisations': organisationSearch([schoolTranQuocTuan, enterpriseDetMay]),
      'PATCH /api/v1/me': () => json(worker),
    });
    const user = userEvent.setup();
    renderApp('/tai-khoan');
    const enterprise = await screen.findByRole('combobox', { name: /Doanh nghiệp nơi bạn làm việc/ });
    expect(screen.queryByLabelText(/^Lớp/)).not.toBeInTheDocument();
    await user.type(enterprise, 'det may');
    await user.click(await screen.findByRole('option', { name: /Công ty TNHH Dệt may Quảng Ngãi/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'PATCH').at(-1)?.body).toEqual({ organisationId: 2051 });
  });

  it('shows a wrong current password on that field', async () => {
    mockApi({
      'GET /api/v1/me': () => json(profile),
      'PATCH /api/v1/me': () =>
        problem(400, 'validation_failed', 'Dữ liệu gửi lên chưa hợp lệ.', {
          violations: [{ field: 'currentPassword', code: 'wrong_password', message: 'Mật khẩu hiện tại không đúng.' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/tai-khoan');
    await user.type(await screen.findByLabelText('Mật khẩu hiện tại'), 'cu-sai-roi-2025');
    await user.type(screen.getByLabelText('Mật khẩu mới'), 'mat-khau-moi-2025');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu mới'), 'mat-khau-moi-2025');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Mật khẩu hiện tại')).toHaveAccessibleDescription(/Mật khẩu hiện tại không đúng\./),
    );
  });

  it('logs out on the server and forgets the session', async () => {
    const api = mockApi({ 'GET /api/v1/me': () => json(profile), 'POST /api/v1/auth/logout': () => json(null, 204) });
    const user = userEvent.setup();
    const { router } = renderApp('/tai-khoan');
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.requests.find((r) => r.path === '/api/v1/auth/logout')?.body).toEqual({ refreshToken: 'refresh' });
    expect(localStorage.getItem('hocvuso.refresh')).toBeNull();
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
  });
});
