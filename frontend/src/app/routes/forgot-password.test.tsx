import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

async function askForCode(login: string) {
  const user = userEvent.setup();
  const rendered = renderApp('/dang-nhap');
  await user.click(await screen.findByRole('link', { name: 'Quên mật khẩu?' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Quên mật khẩu' })).toBeInTheDocument();
  await user.type(screen.getByLabelText('Số điện thoại hoặc email'), login);
  await user.click(screen.getByRole('button', { name: 'Gửi mã' }));
  return { user, ...rendered };
}

describe('forgot password', () => {
  it('sends a code, then sets the new password and says so on the login page', async () => {
    const api = mockApi({
      'POST /api/v1/auth/password-reset': () => new Response(null, { status: 202 }),
      'POST /api/v1/auth/password-reset/confirm': () => json(null, 204),
    });
    const { user, router } = await askForCode('0912 345 678');
    // The same words whether or not an account has the number.
    expect(await screen.findByText(/Nếu 0912 345 678 đã đăng ký tài khoản/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Mã gồm 6 chữ số'), '482 913');
    await user.type(screen.getByLabelText('Mật khẩu mới'), 'hoa-tinh-khe-2026');
    await user.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));

    expect(await screen.findByText(/Đã đặt mật khẩu mới/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dang-nhap');
    const confirm = api.requests.find((c) => c.path === '/api/v1/auth/password-reset/confirm');
    expect(confirm?.body).toEqual({ login: '0912 345 678', code: '482913', newPassword: 'hoa-tinh-khe-2026' });
  });

  it('shows the server message for a wrong or expired code and keeps the code field', async () => {
    mockApi({
      'POST /api/v1/auth/password-reset': () => new Response(null, { status: 202 }),
      'POST /api/v1/auth/password-reset/confirm': () =>
        problem(
          400,
          'invalid_reset_code',
          'Mã đặt lại mật khẩu không đúng, đã hết hạn hoặc đã nhập sai quá nhiều lần. Hãy yêu cầu mã mới.',
        ),
    });
    const { user } = await askForCode('0912345678');
    await user.type(await screen.findByLabelText('Mã gồm 6 chữ số'), '000000');
    await user.type(screen.getByLabelText('Mật khẩu mới'), 'hoa-tinh-khe-2026');
    await user.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));
    expect(await screen.findByText(/đã nhập sai quá nhiều lần/)).toBeInTheDocument();
    expect(screen.getByLabelText('Mật khẩu mới')).toHaveValue('');
    expect(screen.getByLabelText('Mã gồm 6 chữ số')).toHaveValue('000000');
  });

  it('checks the code and the password before sending them', async () => {
    const api = mockApi({ 'POST /api/v1/auth/password-reset': () => new Response(null, { status: 202 }) });
    const { user } = await askForCode('hoa@example.vn');
    await user.type(await screen.findByLabelText('Mã gồm 6 chữ số'), '12');
    await user.click(screen.getByRole('button', { name: 'Đặt mật khẩu mới' }));
    expect((await screen.findAllByText('Mã gồm đúng 6 chữ số.')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Mật khẩu mới cần ít nhất 8 ký tự.').length).toBeGreaterThan(0);
    expect(api.requests.some((c) => c.path === '/api/v1/auth/password-reset/confirm')).toBe(false);
  });

  it('says how long to wait when too many codes were asked for', async () => {
    const detail = 'Có quá nhiều yêu cầu từ địa chỉ hoặc tài khoản này. Vui lòng thử lại sau 1200 giây.';
    mockApi({
      'POST /api/v1/auth/password-reset': () =>
        problem(429, 'too_many_requests', detail, { retryAfterSeconds: 1200 }, { 'Retry-After': '1200' }),
    });
    await askForCode('0912345678');
    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });
});
