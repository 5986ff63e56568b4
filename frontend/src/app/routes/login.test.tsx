import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

async function logIn(login: string, password: string) {
  const user = userEvent.setup();
  renderApp('/dang-nhap');
  await user.type(await screen.findByLabelText('Số điện thoại hoặc email'), login);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('login', () => {
  it('shows the server message for a wrong password', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => problem(401, 'invalid_credentials', 'Số điện thoại/email hoặc mật khẩu không đúng.') });
    await logIn('0912345678', 'sai-mat-khau');
    expect(await screen.findByRole('alert')).toHaveTextContent('Số điện thoại/email hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('');
  });

  it('says how many seconds to wait after too many attempts', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem(429, 'too_many_attempts', 'Bạn đã nhập sai quá nhiều lần.', { retryAfterSeconds: 300 }, { 'Retry-After': '300' }),
    });
    await logIn('0912345678', 'sai-mat-khau');
    expect(await screen.findByRole('alert')).toHaveTextContent('Vui lòng thử lại sau 300 giây.');
  });

  it('sends a logged-out visitor of the account page to login, and back after logging in', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => json({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', refreshExpiresIn: 1 }),
      'GET /api/v1/me': () =>
        json({
          id: 'u1', fullName: 'Trần Văn Nam', phone: '+84912345678', email: null, learnerGroup: 'CITIZEN',
          unit: { code: '21211', name: 'Xã Tịnh Khê', type: 'xã' }, agency: null, roles: [{ role: 'LEARNER' }], createdAt: '2026-11-23T08:00:00Z',
        }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/tai-khoan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Số điện thoại hoặc email'), '+84912345678');
    await user.type(screen.getByLabelText('Mật khẩu'), 'nam-tinh-khe-2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Trần Văn Nam', { selector: 'dd' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tai-khoan');
  });
});
