import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, checkPage, launchBrowser, newVisitor, WEB_URL } from './support';

/** The province administrator of the demo accounts (AccountBootstrap). */
const ADMIN = '0900000004';
const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? '';

let browser: Browser;

beforeAll(async () => {
  if (!DEMO_PASSWORD) throw new Error('E2E_DEMO_PASSWORD is not set: run the tests through scripts/e2e.sh.');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function logIn(page: Page) {
  await page.goto(`${WEB_URL}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(ADMIN);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

interface Found {
  items: { id: number; name: string; parentId: number | null; closedOn: string | null; schoolLevel: string | null }[];
}

describe('the organisation tree', () => {
  it('is browsed, grown and pruned by an administrator, each page accessible', async () => {
    const token = await apiLogin(ADMIN, DEMO_PASSWORD);
    const n = Date.now() % 1_000_000;
    const department = `Sở thử nghiệm e2e ${n}`;
    const school = `Trường THPT thử nghiệm e2e ${n}`;
    const { context, page } = await newVisitor(browser, { width: 1280 });
    await logIn(page);
    await page.goto(`${WEB_URL}/quan-tri/to-chuc`);
    await page.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
    // the seeded departments are the top level
    await page.getByRole('button', { name: 'Xem các đơn vị trực thuộc “Sở Y tế”' }).waitFor();
    await checkPage(page, 'admin-organisations');

    await page.getByRole('button', { name: 'Thêm tổ chức' }).click();
    await page.getByLabel('Tên tổ chức').fill(department);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: `Xem các đơn vị trực thuộc “${department}”` }).click();
    await page.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' }).getByText(department).waitFor();

    await page.getByRole('button', { name: 'Thêm tổ chức' }).click();
    await page.getByLabel('Tên tổ chức').fill(school);
    await page.getByLabel('Loại', { exact: true }).selectOption('SCHOOL');
    await page.getByLabel('Cấp học').selectOption('UPPER_SECONDARY');
    await page.getByLabel(/Mã xã, phường, đặc khu/).fill('21211');
    await checkPage(page, 'admin-organisation-form');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: `Sửa “${school}”` }).waitFor();

    const created = await apiCall<Found>('GET', `/api/v1/admin/organisations?q=${encodeURIComponent(school)}`, token);
    expect(created.items[0]?.schoolLevel).toBe('UPPER_SECONDARY');
    expect(created.items[0]?.parentId).not.toBeNull();
    // open at registration
    const offered = await apiCall<Found>('GET', `/api/v1/organisations?q=${encodeURIComponent(school)}`, null);
    expect(offered.items).toHaveLength(1);

    await page.getByRole('button', { name: `Giải thể hoặc sáp nhập “${school}”` }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await checkPage(page, 'admin-organisation-close');
    await dialog.getByRole('button', { name: 'Giải thể', exact: true }).click();
    await page
      .getByRole('button', { name: `Mở lại “${school}”` })
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await expect
      .poll(
        async () =>
          (await apiCall<Found>('GET', `/api/v1/organisations?q=${encodeURIComponent(school)}`, null)).items.length,
      )
      .toBe(0);
    await context.close();
  });
});
