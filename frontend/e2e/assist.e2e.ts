import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, checkPage, launchBrowser, newVisitor, uniquePhone, WEB_URL } from './support';

// Account recovery and assisted access in the browser. The codes travel as they would in production: the
// API sends them by SMS to the eSMS peer that scripts/e2e.sh starts (sms-peer.mjs), and the test reads
// them from there, as the person reads their phone.
const SMS_URL = process.env.E2E_SMS_URL ?? '';
const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? '';
const UNIT_MANAGER = '0900000002'; // Trần Văn Nam, unit manager of Xã Tịnh Khê (21211)
const PASSWORD = 'hoc-ky-nang-moi-ngay-2025';
let browser: Browser;

beforeAll(async () => {
  if (!SMS_URL || !DEMO_PASSWORD)
    throw new Error('E2E_SMS_URL or E2E_DEMO_PASSWORD is not set: run the tests through scripts/e2e.sh.');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The 6-digit code in the newest SMS to this national number that says `containing`. */
async function codeSentTo(phone: string, containing: string): Promise<string> {
  let code = '';
  await expect
    .poll(
      async () => {
        const response = await fetch(`${SMS_URL}/received?phone=84${phone.slice(1)}`);
        const messages = (await response.json()) as { content: string }[];
        const match = messages
          .filter((m) => m.content.includes(containing))
          .at(-1)
          ?.content.match(/\b(\d{6})\b/);
        code = match?.[1] ?? '';
        return code;
      },
      { timeout: 20_000, interval: 300 },
    )
    .toMatch(/^\d{6}$/);
  return code;
}

async function registered(fullName: string): Promise<string> {
  const phone = uniquePhone();
  await apiCall('POST', '/api/v1/auth/register', null, {
    fullName,
    phone,
    password: PASSWORD,
    learnerGroup: 'CITIZEN',
    unitCode: '21211',
  });
  return phone;
}

async function logIn(page: Page, login: string, password: string) {
  await page.goto(`${WEB_URL}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

describe('"Quên mật khẩu": a code by SMS, a new password, a login', () => {
  it('works end to end on a phone, with every page accessible', async () => {
    const phone = await registered('Phạm Thị Quên');
    const { context, page } = await newVisitor(browser);
    await page.goto(`${WEB_URL}/dang-nhap`);
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' }).waitFor();
    await checkPage(page, 'reset-ask');
    await page.getByLabel('Số điện thoại hoặc email').fill(phone);
    await page.getByRole('button', { name: 'Gửi mã' }).click();
    await page.getByLabel('Mã gồm 6 chữ số').waitFor();
    await checkPage(page, 'reset-confirm');

    const code = await codeSentTo(phone, 'Mã đặt lại mật khẩu');
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByLabel('Mã gồm 6 chữ số').fill(wrong);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi-2026');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.getByText('Mã đặt lại mật khẩu không đúng').waitFor();
    await checkPage(page, 'reset-wrong-code');

    await page.getByLabel('Mã gồm 6 chữ số').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi-2026');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.getByText('Đã đặt mật khẩu mới').waitFor();
    await checkPage(page, 'reset-done');
    await logIn(page, phone, 'mat-khau-moi-cua-toi-2026');
    await context.close();
  });
});

describe('a helper registers a person who is with them', () => {
  it('lets the manager make a helper, the helper register a person, the person set their own password', async () => {
    const helperPhone = await registered('Võ Minh Tuấn');

    // The unit's manager makes Tuấn a helper.
    const manager = await newVisitor(browser, { width: 1280 });
    await logIn(manager.page, UNIT_MANAGER, DEMO_PASSWORD);
    await manager.page.goto(`${WEB_URL}/quan-ly/don-vi/21211/ho-tro`);
    await manager.page.getByRole('heading', { level: 1, name: 'Người hỗ trợ (Đại sứ số)' }).waitFor();
    await manager.page.getByLabel('Số điện thoại hoặc email tài khoản của người đó').fill(helperPhone);
    await manager.page.getByRole('button', { name: 'Giao quyền hỗ trợ' }).click();
    await manager.page.getByText('Võ Minh Tuấn đã là người hỗ trợ').waitFor();
    await manager.page.getByRole('cell', { name: 'Võ Minh Tuấn', exact: true }).waitFor();
    await checkPage(manager.page, 'helpers-manager');

    // Tuấn logs in (the token now says HELPER) and registers Lộc, who ticks the consent box.
    const helper = await newVisitor(browser);
    await logIn(helper.page, helperPhone, PASSWORD);
    await helper.page.getByRole('link', { name: 'Hỗ trợ người dân' }).click();
    await helper.page.getByRole('heading', { level: 1, name: 'Hỗ trợ người dân' }).waitFor();
    await checkPage(helper.page, 'helper-page');
    const personPhone = uniquePhone();
    await helper.page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await helper.page.getByText('Người được hỗ trợ cần tự đánh dấu ô đồng ý.').first().waitFor();
    await checkPage(helper.page, 'helper-consent-missing');
    await helper.page.getByLabel('Họ và tên của người được hỗ trợ').fill('Đinh Văn Lộc');
    await helper.page.getByLabel('Số điện thoại của người được hỗ trợ').fill(personPhone);
    await helper.page.getByLabel(/Tôi đồng ý để người hỗ trợ tạo tài khoản/).check();
    await helper.page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await helper.page.getByText('Đã tạo tài khoản cho Đinh Văn Lộc').waitFor();
    await checkPage(helper.page, 'helper-registered');
    // The helper's page never shows a code.
    expect(await helper.page.locator('main').textContent()).not.toMatch(/\b\d{6}\b/);

    // Lộc, on his own phone: the code from the SMS, then his own password on "Quên mật khẩu".
    const code = await codeSentTo(personPhone, 'Tài khoản Học vụ số của bạn đã được tạo');
    const person = await newVisitor(browser);
    await person.page.goto(`${WEB_URL}/quen-mat-khau`);
    await person.page.getByLabel('Số điện thoại hoặc email').fill(personPhone);
    await person.page.getByRole('button', { name: 'Tôi đã có mã' }).click();
    await person.page.getByLabel('Mã gồm 6 chữ số').fill(code);
    await person.page.getByLabel('Mật khẩu mới', { exact: true }).fill('loc-tu-dat-mat-khau-2026');
    await person.page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await person.page.getByText('Đã đặt mật khẩu mới').waitFor();
    await logIn(person.page, personPhone, 'loc-tu-dat-mat-khau-2026');

    // The manager sees what the helper did.
    await manager.page.reload();
    const activity = manager.page.getByRole('region', { name: 'Việc người hỗ trợ đã làm' }).first();
    await activity.getByRole('cell', { name: 'Đinh Văn Lộc', exact: true }).waitFor();
    expect(await activity.textContent()).toContain('Tạo tài khoản');
    await checkPage(manager.page, 'helpers-activity');

    // The record the API keeps names the helper.
    const token = await apiLogin(UNIT_MANAGER, DEMO_PASSWORD);
    const page = await apiCall<{ items: { helperName: string; personName: string; action: string }[] }>(
      'GET',
      '/api/v1/unit-helpers/21211/activity',
      token,
    );
    expect(page.items[0]).toMatchObject({
      helperName: 'Võ Minh Tuấn',
      personName: 'Đinh Văn Lộc',
      action: 'helper.registered',
    });
    await Promise.all([manager.context.close(), helper.context.close(), person.context.close()]);
  });
});
