import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall,
  apiLogin,
  expectAccessible,
  launchBrowser,
  newVisitor,
  queryE2eDb,
  uniquePhone,
  WEB_URL,
} from './support';

/** The demo unit manager of Xã Tịnh Khê (AccountBootstrap). */
const UNIT_MANAGER = '0900000002';
const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? '';
const LEARNER_PASSWORD = 'hoc-ky-nang-moi-ngay-2025';

let browser: Browser;

beforeAll(async () => {
  if (!DEMO_PASSWORD) throw new Error('E2E_DEMO_PASSWORD is not set: run the tests through scripts/e2e.sh.');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function logIn(page: Page, login: string, password: string) {
  await page.goto(`${WEB_URL}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

describe('a unit manager messages the people of the follow-up list', () => {
  it('counts, confirms the count and sends; the people find it in their inbox', async () => {
    // Two people of Xã Tịnh Khê who have not enrolled yet.
    const phones = [uniquePhone(), uniquePhone()];
    for (const [i, phone] of phones.entries()) {
      await apiCall('POST', '/api/v1/auth/register', null, {
        fullName: `Người nhận tin ${i + 1}`,
        phone,
        password: LEARNER_PASSWORD,
        learnerGroup: 'CITIZEN',
        unitCode: '21211',
      });
    }
    const { context, page } = await newVisitor(browser, { width: 1280, height: 900 });
    await logIn(page, UNIT_MANAGER, DEMO_PASSWORD);
    await page.goto(`${WEB_URL}/quan-ly/don-vi/21211/hoc-vien`);
    await page.getByRole('heading', { level: 1, name: 'Người cần đôn đốc' }).waitFor();

    await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gửi tin nhắn cho người trong danh sách' });
    await dialog.waitFor();
    // The list "not enrolled" and the invitation are chosen first; the count is the list's own.
    expect(await dialog.getByLabel('Gửi cho những người').inputValue()).toBe('NOT_ENROLLED');
    await dialog.getByTestId('bulk-count').waitFor();
    const countText = await dialog.getByTestId('bulk-count').textContent();
    const count = Number((countText ?? '').replace(/\D/g, ''));
    const [[listed]] = queryE2eDb(`SELECT count(*) FROM app_user u WHERE u.unit_code = '21211'
        AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.user_id = u.id AND e.course_id = '0195a6b0-0000-7000-8000-000000000001')`);
    expect(count).toBe(Number(listed));
    await dialog.getByText(/Hôm nay đơn vị còn được gửi cho/).waitFor();
    await expectAccessible(page, 'bulk message dialog');

    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    await dialog.getByText(/Bạn sắp gửi “Lời mời tham gia khóa học \(từ xã, phường\)”/).waitFor();
    await expectAccessible(page, 'bulk message confirmation');
    await dialog.getByRole('button', { name: /^Gửi cho .* người$/ }).click();
    await dialog.getByText('Đã xếp hàng gửi tin nhắn').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();

    // Each of them has it in the app (the sender delivers in the background: wait for the bell's count first).
    for (const phone of phones) {
      const token = await apiLogin(phone, LEARNER_PASSWORD);
      for (let i = 0; i < 60; i++) {
        const { unread } = await apiCall<{ unread: number }>('GET', '/api/v1/me/notifications/unread-count', token);
        if (unread > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const learner = await newVisitor(browser);
      await logIn(learner.page, phone, LEARNER_PASSWORD);
      await learner.page.goto(`${WEB_URL}/thong-bao`);
      await learner.page.getByText('Mời tham gia khóa học kỹ năng số').first().waitFor();
      await learner.context.close();
    }
  });
});
