import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newVisitor, queryE2eDb, screenshots, uniquePhone, WEB_URL } from './support';

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

/** A school of Xã Tịnh Khê (the organisation tree's pages are another part's: it is made in the database). */
function newSchool(): { id: string; name: string } {
  const name = `Trường THPT Thử nghiệm ${Date.now()}`;
  const [[id]] = queryE2eDb(
    `INSERT INTO agency (name, kind, school_level, unit_code) VALUES ('${name}', 'SCHOOL', 'UPPER_SECONDARY', '21211') RETURNING id`,
  );
  return { id, name };
}

async function signIn(page: Page) {
  await page.goto(`${WEB_URL}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(ADMIN);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

describe("a school's roster", () => {
  it('is checked row by row, then imported: its students are in the school with their classes', async () => {
    const school = newSchool();
    const [first, second] = [uniquePhone(), uniquePhone()];
    const file =
      'Họ và tên,Số điện thoại,Email,Lớp,Mã xã/phường,Mã học sinh\r\n' +
      `Trần Thị Bình,${first},,10A1,,\r\n` +
      `Nguyễn Văn Cường,${second},,10A2,,\r\n` +
      'Lê Văn Sai,0123,,10A1,,\r\n';
    const { context, page } = await newVisitor(browser);
    try {
      await signIn(page);
      await page.goto(`${WEB_URL}/quan-ly/danh-sach`);
      await page
        .getByRole('heading', { level: 1, name: 'Nhập danh sách theo cơ quan, trường học, doanh nghiệp' })
        .waitFor();
      // the administrator searches the school without accents and picks it in the list
      const picker = page.getByRole('combobox', { name: /Cơ quan, trường học hoặc doanh nghiệp/ });
      await picker.fill(`truong thpt thu nghiem ${school.name.split(' ').at(-1)}`);
      await page.getByRole('option', { name: new RegExp(school.name) }).click();
      await expect.poll(() => picker.inputValue()).toBe(school.name);
      // a school imports its students (first, with the class column) or its staff, never workers
      expect(await page.getByRole('radio', { name: /Học sinh, sinh viên của trường/ }).isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: 'Người lao động của doanh nghiệp' }).count()).toBe(0);
      await page.getByRole('list', { name: 'Các cột của tệp' }).getByText('Lớp').waitFor();
      await expectAccessible(page, 'the roster page');

      await page.getByLabel('Tệp danh sách (Excel .xlsx hoặc .csv)').setInputFiles({
        name: 'lop-10.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(file, 'utf8'),
      });
      await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
      await page.getByText('3 dòng: 2 người sẽ được tạo tài khoản').waitFor();
      await page
        .getByRole('table', { name: 'Các dòng có lỗi' })
        .getByText('Số điện thoại "0123" không hợp lệ')
        .waitFor();
      await expectAccessible(page, "the roster's check");
      await screenshots(page, 'roster-dry-run');
      expect(queryE2eDb(`SELECT count(*) FROM app_user WHERE agency_id = ${school.id}`)).toEqual([['0']]);

      await page.getByRole('button', { name: 'Nhập danh sách' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Nhập danh sách này?' });
      await dialog.getByRole('button', { name: 'Nhập danh sách' }).click();
      await page.getByText('Đã tạo 2, cập nhật 0, không thay đổi 0, lỗi 1.').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Tải tệp kết quả' }).waitFor();
      await expectAccessible(page, "the roster's import");
      await screenshots(page, 'roster-imported');

      expect(
        queryE2eDb(
          `SELECT learner_group, class_name, unit_code FROM app_user WHERE agency_id = ${school.id} ORDER BY class_name`,
        ),
      ).toEqual([
        ['STUDENT', '10A1', '21211'],
        ['STUDENT', '10A2', '21211'],
      ]);
      expect(
        queryE2eDb(`SELECT learners FROM stat_learners WHERE agency_id = ${school.id} AND learner_group = 'STUDENT'`),
      ).toEqual([['2']]);
    } finally {
      await context.close();
    }
  });
});
