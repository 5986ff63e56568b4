import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('phone verification', () => {
  it('sends the right password to the verification page when the phone is not verified yet, then verifies it', async () => {
    const api = mockApi({
      'POST /api/v1/auth/login': () =>
        problem(
          403,
          'phone_not_verified',
          'Số điện thoại của tài khoản chưa được xác minh. Hãy nhập mã đã gửi tới số điện thoại (hoặc yêu cầu mã mới) rồi đăng nhập lại.',
        ),
      'POST /api/v1/auth/phone-verification': () => new Response(null, { status: 202 }),
      'POST /api/v1/auth/phone-verification/confirm': () => json(null, 204),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText('Số điện thoại hoặc email'), '0912345678');
    await user.type(screen.getByLabelText('Mật khẩu', { exact: true }), 'hoa-tinh-khe-2026');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Xác minh số điện thoại' })).toBeInTheDocument();
    expect(screen.getByLabelText('Số điện thoại')).toHaveValue('0912345678');
    await user.click(screen.getByRole('button', { name: 'Chưa nhận được mã? Gửi lại' }));
    expect(await screen.findByText(/một mã mới đang được gửi tới/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Mã gồm 6 chữ số'), '482 913');
    await user.click(screen.getByRole('button', { name: 'Xác minh' }));

    expect(await screen.findByText('Đã xác minh số điện thoại. Hãy đăng nhập.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dang-nhap');
    const confirm = api.requests.find((r) => r.path === '/api/v1/auth/phone-verification/confirm');
    expect(confirm?.body).toEqual({ phone: '0912345678', code: '482913' });
  });

  it('shows the server message for a wrong code', async () => {
    mockApi({
      'POST /api/v1/auth/phone-verification/confirm': () =>
        problem(
          400,
          'invalid_verification_code',
          'Mã xác minh không đúng, đã hết hạn hoặc đã nhập sai quá nhiều lần. Hãy yêu cầu mã mới.',
        ),
    });
    const user = userEvent.setup();
    renderApp('/xac-minh-so-dien-thoai');
    await user.type(await screen.findByLabelText('Số điện thoại'), '0912345678');
    await user.type(screen.getByLabelText('Mã gồm 6 chữ số'), '000000');
    await user.click(screen.getByRole('button', { name: 'Xác minh' }));
    expect(await screen.findByText(/Mã xác minh không đúng/)).toBeInTheDocument();
  });
});
