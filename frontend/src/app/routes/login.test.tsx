import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REFRESH_KEY } from '@/lib/auth/token-store';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { learnerProfile } from '@/testing/profiles';
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
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem(401, 'invalid_credentials', 'Số điện thoại/email hoặc mật khẩu không đúng.'),
    });
    await logIn('0912345678', 'sai-mat-khau');
    expect(await screen.findByRole('alert')).toHaveTextContent('Số điện thoại/email hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('');
  });

  it('says how many seconds to wait after too many attempts', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem(
          429,
          'too_many_attempts',
          'Bạn đã nhập sai quá nhiều lần.',
          { retryAfterSeconds: 300 },
          { 'Retry-After': '300' },
        ),
    });
    await logIn('0912345678', 'sai-mat-khau');
    expect(await screen.findByRole('alert')).toHaveTextContent('Vui lòng thử lại sau 300 giây.');
  });

  it('does not blame the password when the limit of a shared address is reached', async () => {
    const detail = 'Có quá nhiều yêu cầu từ địa chỉ hoặc tài khoản này. Vui lòng thử lại sau 36 giây.';
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem(429, 'too_many_requests', detail, { retryAfterSeconds: 36 }, { 'Retry-After': '36' }),
    });
    await logIn('0912345678', 'mat-khau-dung-2026');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(detail);
    expect(alert).not.toHaveTextContent('nhập sai');
  });

  it('sends a logged-out visitor of the account page to login, and back after logging in', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        reply('TokenResponse', {
          accessToken: 'a',
          tokenType: 'Bearer',
          expiresIn: 900,
          refreshToken: 'r',
          refreshExpiresIn: 1,
        }),
      'GET /api/v1/me': () => json(learnerProfile({ fullName: 'Trần Văn Nam' })),
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

  describe('on a shared device ("Không ghi nhớ đăng nhập")', () => {
    const tokens = {
      accessToken: 'a',
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: 'r-tab',
      refreshExpiresIn: 1,
    };
    const me = learnerProfile({ fullName: 'Trần Văn Nam' });

    it('keeps the session in this tab only, and logging out leaves no answer, position or queued progress on the device', async () => {
      const api = mockApi({
        'POST /api/v1/auth/login': () => json(tokens),
        'GET /api/v1/me': () => json(me),
        'POST /api/v1/auth/logout': () => json(null, 204),
      });
      const user = userEvent.setup();
      const { router } = renderApp('/tai-khoan');
      await user.type(await screen.findByLabelText('Số điện thoại hoặc email'), '0912345678');
      await user.type(screen.getByLabelText('Mật khẩu'), 'nam-tinh-khe-2025');
      const shared = screen.getByRole('checkbox', { name: 'Không ghi nhớ đăng nhập (máy dùng chung)' });
      expect(shared).not.toBeChecked();
      expect(shared).toHaveAccessibleDescription(/đóng thẻ này là tự đăng xuất/);
      await user.click(shared);
      await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
      expect(await screen.findByText('Trần Văn Nam', { selector: 'dd' })).toBeInTheDocument();

      // the tab's storage only: a new tab, or this one reopened, has no session
      expect(sessionStorage.getItem(REFRESH_KEY)).toBe('r-tab');
      expect(localStorage.getItem(REFRESH_KEY)).toBeNull();

      // what the learner left on the device while studying (as the quiz, the lesson and the queue write it)
      sessionStorage.setItem('hocvuso.quiz.att-1', JSON.stringify({ q1: 'o2' }));
      sessionStorage.setItem('hocvuso.video.les-5', '93');
      sessionStorage.setItem('hocvuso.progress.queue', '[]');
      localStorage.setItem('hocvuso.quiz.att-0', JSON.stringify({ q9: 'o1' })); // from before, on this device
      localStorage.setItem('hocvuso.lang', 'vi');
      localStorage.setItem('hocvuso.textSize', 'large');

      await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/'));

      expect(api.requests.find((r) => r.path === '/api/v1/auth/logout')?.body).toEqual({ refreshToken: 'r-tab' });
      const left = [...Object.keys(sessionStorage), ...Object.keys(localStorage)].sort();
      // the device's own settings stay; nothing of the learner does
      expect(left).toEqual(['hocvuso.lang', 'hocvuso.textSize']);
    });

    it('is off by default: the session is remembered on the device', async () => {
      mockApi({
        'POST /api/v1/auth/login': () => json({ ...tokens, refreshToken: 'r-device' }),
        'GET /api/v1/me': () => json(me),
      });
      await logIn('0912345678', 'nam-tinh-khe-2025');
      await waitFor(() => expect(localStorage.getItem(REFRESH_KEY)).toBe('r-device'));
      expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull();
    });
  });
});
