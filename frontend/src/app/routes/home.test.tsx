import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('home page', () => {
  it('speaks Vietnamese first and offers to register or log in', async () => {
    mockApi({});
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Học kỹ năng số, miễn phí, ngay trên điện thoại' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng ký tài khoản' })).toHaveAttribute('href', '/dang-ky');
    expect(screen.getByRole('link', { name: 'Tôi đã có tài khoản – Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English and remembers the choice', async () => {
    mockApi({});
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn digital skills, free, on your phone' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('hocvuso.lang')).toBe('en');
  });

  it('has a page for unknown addresses', async () => {
    mockApi({});
    renderApp('/khong-co');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toBeInTheDocument();
  });
});
