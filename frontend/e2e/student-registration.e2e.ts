import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newVisitor, queryE2eDb, screenshots, uniquePhone, WEB_URL } from './support';

const PASSWORD = 'hoc-ky-nang-moi-ngay-2025';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A school and a village of Xã Tịnh Khê, made in the database (the tree's and the villages' pages are other
 * parts' tests); the stamp keeps their names apart from those of other runs.
 */
function newPlaces(): { stamp: string; school: { id: string; name: string }; village: { id: string; name: string } } {
  const stamp = String(Date.now());
  const schoolName = `Trường THCS Tịnh Khê Thử ${stamp}`;
  const villageName = `Thôn Cổ Lũy Thử ${stamp}`;
  const [[schoolId]] = queryE2eDb(
    `INSERT INTO agency (name, kind, school_level, unit_code) VALUES ('${schoolName}', 'SCHOOL', 'LOWER_SECONDARY', '21211') RETURNING id`,
  );
  const [[villageId]] = queryE2eDb(
    `INSERT INTO village (unit_code, name, kind) VALUES ('21211', '${villageName}', 'THON') RETURNING id`,
  );
  return { stamp, school: { id: schoolId, name: schoolName }, village: { id: villageId, name: villageName } };
}

async function chooseTinhKhe(page: Page) {
  const combobox = page.getByRole('combobox', { name: /Xã, phường/ });
  await combobox.fill('tinh khe');
  await page.getByRole('option', { name: /Xã Tịnh Khê/ }).click();
  await expect.poll(() => combobox.inputValue()).toBe('Xã Tịnh Khê');
}

describe('a student registers in their school', () => {
  it('finds the school without accents, gives a class and a village, and the profile shows them', async () => {
    const { stamp, school, village } = newPlaces();
    const { context, page } = await newVisitor(browser);
    const phone = uniquePhone();
    const name = `Lê Thị Học Sinh ${phone.slice(-4)}`;
    try {
      await page.goto(`${WEB_URL}/dang-ky`);
      await page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' }).waitFor();
      await page.getByLabel('Họ và tên').fill(name);
      await page.getByLabel('Số điện thoại di động').fill(phone);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
      await page.getByLabel('Học sinh, sinh viên').check();
      await chooseTinhKhe(page);
      await page.getByRole('combobox', { name: /Thôn, tổ dân phố nơi bạn sống/ }).fill(`co luy thu ${stamp}`);
      await page.getByRole('option', { name: village.name }).click();

      // typed without accents, chosen with the keyboard
      const picker = page.getByRole('combobox', { name: /Trường nơi bạn học/ });
      await picker.fill(`truong thcs tinh khe thu ${stamp}`);
      const option = page.getByRole('option', { name: new RegExp(school.name) });
      await option.waitFor();
      expect(await option.textContent()).toContain('Trung học cơ sở');
      await expectAccessible(page, 'the school picker, open');
      await screenshots(page, 'register-school-picker');
      await picker.press('ArrowDown');
      await picker.press('Enter');
      await expect.poll(() => picker.inputValue()).toBe(school.name);
      await page.getByLabel(/^Lớp/).fill('9A2');
      await expectAccessible(page, 'registration of a student, filled');
      await page.getByRole('button', { name: 'Đăng ký' }).click();

      await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
      const details = page.locator('dl.details');
      await expect.poll(() => details.textContent()).toContain(school.name);
      expect(await details.textContent()).toContain('9A2');
      expect(await page.getByRole('combobox', { name: /Trường nơi bạn học/ }).inputValue()).toBe(school.name);
      await expectAccessible(page, 'the account of a student');

      expect(
        queryE2eDb(
          `SELECT full_name, learner_group, class_name, village_id, unit_code FROM app_user WHERE agency_id = ${school.id}`,
        ),
      ).toEqual([[name, 'STUDENT', '9A2', village.id, '21211']]);
    } finally {
      await context.close();
    }
  });
});
