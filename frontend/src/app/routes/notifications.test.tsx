import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { learnerProfile } from '@/testing/profiles';
import { renderApp } from '@/testing/render';

const profile = learnerProfile();
const message = {
  id: 'n1',
  kind: 'CERTIFICATE_ISSUED',
  subject: 'Chúc mừng! Bạn đã được cấp Giấy chứng nhận',
  body: 'Chúc mừng Nguyễn Thị Hoa! Xem và tải Giấy chứng nhận tại: https://hocvuso.invalid/chung-nhan/HVS-1',
  createdAt: '2026-11-30T20:41:00Z',
  readAt: null,
};

/** Logs Hoa in through the login page; she lands on her account page. */
async function logIn() {
  const user = userEvent.setup();
  renderApp('/dang-nhap');
  await user.type(await screen.findByLabelText('Số điện thoại hoặc email'), '0912345678');
  await user.type(screen.getByLabelText('Mật khẩu'), 'hoa-tinh-khe-2025');
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  return user;
}

const tokens = () =>
  json({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', refreshExpiresIn: 1 });

describe('notifications', () => {
  it('shows the unread count in the header and marks a message read on its page', async () => {
    let read = false;
    const api = mockApi({
      'POST /api/v1/auth/login': tokens,
      'GET /api/v1/me': () => json(profile),
      'GET /api/v1/me/notifications/unread-count': () => json({ unread: read ? 0 : 1 }),
      'GET /api/v1/me/notifications': () =>
        json({
          items: [{ ...message, readAt: read ? '2026-12-01T01:00:00Z' : null }],
          page: 1,
          size: 20,
          totalItems: 1,
          totalPages: 1,
        }),
      'POST /api/v1/me/notifications/n1/read': () => {
        read = true;
        return json(null, 204);
      },
    });
    const user = await logIn();

    const bell = await screen.findByRole('link', { name: 'Thông báo, 1 chưa đọc' });
    await user.click(bell);
    const list = await screen.findByRole('list', { name: 'Thông báo của tôi' });
    expect(within(list).getByText(/Chúc mừng! Bạn đã được cấp Giấy chứng nhận/)).toBeInTheDocument();
    expect(within(list).getByText(/chung-nhan\/HVS-1/)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Đánh dấu đã đọc' }));

    expect(await screen.findByRole('link', { name: 'Thông báo' })).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/me/notifications/n1/read')).toBe(true);
  });
});

describe('notification settings', () => {
  it('offers the channels that are on and reach the person, and saves an opt-out', async () => {
    const settings = {
      language: 'vi',
      channels: [
        { channel: 'IN_APP', enabled: true, reachable: true },
        { channel: 'EMAIL', enabled: false, reachable: false },
        { channel: 'SMS', enabled: true, reachable: true },
        { channel: 'ZALO_ZNS', enabled: true, reachable: true },
      ],
      kinds: [
        { kind: 'PASSWORD_RESET_CODE', optional: false, channels: ['EMAIL', 'SMS', 'ZALO_ZNS'] },
        { kind: 'CERTIFICATE_ISSUED', optional: true, channels: ['EMAIL', 'IN_APP', 'SMS', 'ZALO_ZNS'] },
      ],
      optOuts: [],
    };
    const api = mockApi({
      'GET /api/v1/me': () => json(profile),
      'POST /api/v1/auth/login': tokens,
      'GET /api/v1/me/notification-settings': () => json(settings),
      'PUT /api/v1/me/notification-settings': (request) => json({ ...settings, ...(request.body as object) }),
    });
    const user = await logIn();

    const form = await screen.findByRole('form', { name: 'Nhận thông báo' });
    const group = within(form).getByRole('group', { name: 'Khi được cấp Giấy chứng nhận' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Tin nhắn SMS', 'Zalo']);
    expect(within(form).getByText(/chưa bật các kênh: Email/)).toBeInTheDocument();
    await user.click(within(group).getByLabelText('Tin nhắn SMS'));
    await user.click(within(form).getByRole('button', { name: 'Lưu cài đặt thông báo' }));
    expect(await within(form).findByText('Đã lưu cài đặt thông báo.')).toBeInTheDocument();
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ language: 'vi', optOuts: [{ kind: 'CERTIFICATE_ISSUED', channel: 'SMS' }] });
  });
});
