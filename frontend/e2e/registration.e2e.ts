import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectAccessible, launchBrowser, newVisitor, tabTo, uniquePhone, WEB_URL } from './support';

const PASSWORD = 'hoc-ky-nang-moi-ngay-2025';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function visit(page: Page, path: string) {
  await page.goto(`${WEB_URL}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function chooseTinhKhe(page: Page) {
  const combobox = page.getByRole('combobox', { name: /Xã, phường/ });
  await combobox.fill('tinh khe');
  await page.getByRole('option', { name: /Xã Tịnh Khê/ }).click();
  await expect.poll(() => combobox.inputValue()).toBe('Xã Tịnh Khê');
}

describe('a citizen registers, logs out and logs in again', () => {
  it('works end to end in Vietnamese, on a 360 px phone', async () => {
    const { context, page } = await newVisitor(browser);
    const phone = uniquePhone();
    const name = `Nguyễn Thị Thử ${phone.slice(-4)}`;

    await visit(page, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await checkPage(page, 'home');

    await page.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' }).waitFor();
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Số điện thoại di động').fill(`${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
    await page.getByLabel('Người dân').check();
    await chooseTinhKhe(page);
    await checkPage(page, 'register-filled');
    await page.getByRole('button', { name: 'Đăng ký' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    const details = page.locator('dl.details');
    await expect.poll(() => details.textContent()).toContain(name);
    expect(await details.textContent()).toContain('Xã Tịnh Khê');
    expect(await details.textContent()).toContain('Người dân');
    await checkPage(page, 'account');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).first().waitFor();
    expect(await page.evaluate(() => localStorage.getItem('hocvuso.refresh'))).toBeNull();

    await visit(page, '/dang-nhap');
    await checkPage(page, 'login');
    await page.getByLabel('Số điện thoại hoặc email').fill(`+84${phone.slice(1)}`);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    await expect.poll(() => details.textContent()).toContain(name);

    // a reload restores the session from the refresh token
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    await expect.poll(() => details.textContent()).toContain(name);
    await context.close();
  });

  it('shows the Vietnamese error for a wrong password', async () => {
    const { context, page } = await newVisitor(browser);
    await visit(page, '/dang-nhap');
    await page.getByLabel('Số điện thoại hoặc email').fill(uniquePhone());
    await page.getByLabel('Mật khẩu', { exact: true }).fill('khong-phai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/không đúng/);
    await expectAccessible(page, 'login-error');
    await context.close();
  });

  it('shows field errors and an error summary for an invalid form', async () => {
    const { context, page } = await newVisitor(browser);
    await visit(page, '/dang-ky');
    await page.getByLabel('Số điện thoại di động').fill('12345');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Vui lòng sửa' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Số điện thoại di động không hợp lệ');
    expect(await page.getByLabel('Số điện thoại di động').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Họ và tên').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'register-errors');
    await context.close();
  });

  it('can register with the keyboard alone', async () => {
    const { context, page } = await newVisitor(browser);
    const phone = uniquePhone();
    await visit(page, '/dang-ky');
    const type = (text: string) => page.keyboard.type(text);

    await tabTo(page, '#register-fullName');
    await type(`Trần Văn Phím ${phone.slice(-4)}`);
    await tabTo(page, '#register-phone');
    await type(phone);
    await tabTo(page, '#register-password');
    await type(PASSWORD);
    await tabTo(page, '#register-confirmPassword');
    await type(PASSWORD);
    await tabTo(page, 'input[name="learnerGroup"]');
    await page.keyboard.press('Space'); // the first choice: Người dân
    expect(await page.getByLabel('Người dân').isChecked()).toBe(true);
    await tabTo(page, '#register-unit');
    await type('tinh khe');
    await page.getByRole('option', { name: /Xã Tịnh Khê/ }).waitFor();
    // arrow down to Xã Tịnh Khê (the search may find other units too)
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('ArrowDown');
      const active = await page.locator('#register-unit').getAttribute('aria-activedescendant');
      if (active && (await page.locator(`#${active}`).textContent())?.startsWith('Xã Tịnh Khê')) break;
    }
    await page.keyboard.press('Enter');
    expect(await page.locator('#register-unit').inputValue()).toBe('Xã Tịnh Khê');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    await context.close();
  });

  it('has an accessible not-found page', async () => {
    const { context, page } = await newVisitor(browser);
    await visit(page, '/khong-co-trang-nay');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không tìm thấy trang');
    await checkPage(page, 'not-found');
    await context.close();
  });
});
