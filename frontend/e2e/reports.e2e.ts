import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_URL,
  apiCall,
  apiLogin,
  expectAccessible,
  launchBrowser,
  newVisitor,
  readDocx,
  readPdf,
  screenshots,
  WEB_URL,
} from './support';

/** Demo accounts (AccountBootstrap): the unit manager of Xã Tịnh Khê and the province administrator. */
const UNIT_MANAGER = '0900000002';
const ADMIN = '0900000004';
const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? '';
/** A report is made in the background: a few seconds on this machine, given a minute beside other builds. */
const MADE = { timeout: 60_000 };

let browser: Browser;

beforeAll(async () => {
  if (!DEMO_PASSWORD) throw new Error('E2E_DEMO_PASSWORD is not set: run the tests through scripts/e2e.sh.');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function logIn(page: Page, login: string) {
  await page.goto(`${WEB_URL}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

/** Today in Vietnam as the API writes a day, and as the page and the documents show it. */
function today(): { iso: string; shown: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [year, month, day] = iso.split('-');
  return { iso, shown: `${day}/${month}/${year}` };
}

/** A count as the province's documents write it: 119.285. */
const vietnamese = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** Makes a report with the form as it stands and waits for its download button in the list. */
async function makeReport(page: Page, item: string) {
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await page.getByText(/^Đã nhận yêu cầu lập/).waitFor();
  const card = page.getByRole('listitem', { name: item }).first();
  await card.waitFor();
  await card.getByRole('button', { name: /^Tải về/ }).waitFor(MADE);
  return card;
}

/** Clicks the card's download button; returns the file's name and bytes as the browser saved them. */
async function download(page: Page, card: ReturnType<Page['getByRole']>) {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /^Tải về/ }).click(),
  ]);
  return { name: saved.suggestedFilename(), bytes: readFileSync((await saved.path())!) };
}

describe('reports', () => {
  it("lets an administrator make the province's notice as of a day, watch it finish and download it, as DOCX and PDF", async () => {
    const day = today();
    const adminToken = await apiLogin(ADMIN, DEMO_PASSWORD);
    // the province's certified count the API gives for that day: what the notice must say
    const summary = await apiCall<{ counts: { learners: number; certified: number } }>(
      'GET',
      `/api/v1/stats/summary?asOf=${day.iso}`,
      adminToken,
    );
    const certified = vietnamese(summary.counts.certified);
    // and its learners (the demo learner at least: a count that is not zero)
    const learners = vietnamese(summary.counts.learners);
    expect(summary.counts.learners).toBeGreaterThan(0);

    const { context, page } = await newVisitor(browser, { acceptDownloads: true });
    try {
      await logIn(page, ADMIN);
      // from the administration's home, where officers look for it
      await page.goto(`${WEB_URL}/quan-tri`);
      await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
      const kinds = page.getByRole('group', { name: 'Loại báo cáo' });
      expect(await kinds.getByRole('radio').count()).toBe(4);
      expect(await kinds.getByRole('radio', { name: /^Thông báo của tỉnh/ }).isChecked()).toBe(true);
      await page.getByLabel('Số liệu tính đến hết ngày').fill(day.iso);
      await expectAccessible(page, 'the reports page');

      // the notice as a Word document: a zip whose document holds the count
      let card = await makeReport(page, `Thông báo của tỉnh (DOCX), số liệu đến ${day.shown}`);
      expect(await card.getByText('Đã xong').count()).toBe(1);
      const docx = await download(page, card);
      expect(docx.name).toBe(`thong-bao-${day.iso}.docx`);
      const text = readDocx(docx.bytes).replace(/\s+/g, ' ');
      expect(text).toContain(`Tính đến hết ngày ${day.shown}`);
      expect(text).toContain(`được cấp chứng nhận: ${certified} người`);
      expect(text).toContain(`tổng số tài khoản học viên tham gia là ${learners} học viên`);

      // and as a PDF, read by pdf.js
      await page.getByRole('radio', { name: /^PDF/ }).check();
      card = await makeReport(page, `Thông báo của tỉnh (PDF), số liệu đến ${day.shown}`);
      const pdf = await download(page, card);
      expect(pdf.name).toBe(`thong-bao-${day.iso}.pdf`);
      const read = await readPdf(pdf.bytes);
      expect(read.pages).toBeGreaterThan(0);
      const pdfText = read.text.replace(/\s+/g, ' ');
      expect(pdfText).toContain(`được cấp chứng nhận: ${certified} người`);
      expect(pdfText).toContain(`tổng số tài khoản học viên tham gia là ${learners} học viên`);
      await expectAccessible(page, 'the reports made');
      await screenshots(page, 'admin-reports');

      // the templates the notice is made from
      await page.getByRole('link', { name: 'Sửa mẫu báo cáo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mẫu báo cáo' }).waitFor();
      const notice = page.getByRole('region', { name: 'Thông báo của tỉnh' });
      await notice.getByLabel('Nội dung', { exact: true }).waitFor();
      await expectAccessible(page, 'the report templates');
      await screenshots(page, 'admin-report-template');
      // an edit saved, then the built-in text restored after a confirmation
      const body = notice.getByLabel('Nội dung', { exact: true });
      const builtIn = await body.inputValue();
      await body.press('Control+End');
      await body.press('Enter');
      await notice.getByRole('button', { name: 'Chèn {{ngaySoLieu}} vào nội dung' }).click();
      await notice.getByRole('button', { name: 'Lưu mẫu' }).click();
      await notice.getByText('Đã lưu mẫu. Các báo cáo lập từ nay dùng mẫu này.').waitFor();
      expect(await body.inputValue()).toMatch(/\n\{\{ngaySoLieu\}\}$/);
      await notice.getByRole('button', { name: 'Khôi phục mẫu mặc định' }).click();
      await page
        .getByRole('alertdialog', { name: 'Khôi phục mẫu mặc định của “Thông báo của tỉnh”?' })
        .getByRole('button', { name: 'Khôi phục' })
        .click();
      await page.getByText('Đã khôi phục mẫu mặc định.').waitFor();
      expect(
        await page
          .getByRole('region', { name: 'Thông báo của tỉnh' })
          .getByLabel('Nội dung', { exact: true })
          .inputValue(),
      ).toBe(builtIn);
    } finally {
      await context.close();
    }
  });

  it("lets a unit manager make their commune's appendix, and no other commune's", async () => {
    const day = today();
    const { context, page } = await newVisitor(browser, { acceptDownloads: true });
    try {
      await logIn(page, UNIT_MANAGER);
      await page.goto(`${WEB_URL}/quan-ly`);
      await page.getByRole('link', { name: 'Lập phụ lục báo cáo của xã, phường' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
      // one kind, said not offered; their unit chosen for them, no picker of another
      expect(await page.getByRole('group', { name: 'Loại báo cáo' }).count()).toBe(0);
      await page.getByText('Xã Tịnh Khê', { exact: true }).first().waitFor();
      expect(await page.getByRole('combobox').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Sửa mẫu báo cáo' }).count()).toBe(0);
      await expectAccessible(page, "a unit manager's reports page");

      const card = await makeReport(page, `Phụ lục báo cáo của xã, phường (DOCX), số liệu đến ${day.shown}`);
      const docx = await download(page, card);
      expect(docx.name).toMatch(/\.docx$/);
      expect(readDocx(docx.bytes)).toContain('Xã Tịnh Khê');
      await screenshots(page, 'unit-manager-reports');

      // nor through the API: another commune's appendix is refused
      const token = await apiLogin(UNIT_MANAGER, DEMO_PASSWORD);
      const refused = await fetch(`${API_URL}/api/v1/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ kind: 'COMMUNE_APPENDIX', format: 'DOCX', asOf: day.iso, unitCode: '21205' }),
      });
      expect(refused.status).toBe(403);
    } finally {
      await context.close();
    }
  });
});
