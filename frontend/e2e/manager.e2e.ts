import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, checkPage, launchBrowser, newVisitor, uniquePhone, WEB_URL } from './support';

/** Demo accounts (AccountBootstrap): the unit manager of Xã Tịnh Khê and the province administrator. */
const UNIT_MANAGER = '0900000002';
const ADMIN = '0900000004';
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

/** A citizen of Xã Tịnh Khê, registered through the API (the registration page has its own test). */
async function registerCitizen(name: string): Promise<{ phone: string; token: string }> {
  const phone = uniquePhone();
  await apiCall('POST', '/api/v1/auth/register', null, {
    fullName: name,
    phone,
    password: LEARNER_PASSWORD,
    learnerGroup: 'CITIZEN',
    unitCode: '21211',
  });
  return { phone, token: await apiLogin(phone, LEARNER_PASSWORD) };
}

async function logIn(page: Page, login: string, password: string) {
  await page.goto(`${WEB_URL}/dang-nhap`);
  await page.getByLabel('Số điện thoại hoặc email').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
}

async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${WEB_URL}${path}`);
  // a reload restores the session from the refresh token first
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Takes a new learner through every lesson and the final test with the right answers; returns the certificate code. */
async function certify(token: string, adminToken: string): Promise<string> {
  const courses = await apiCall<{ items: { id: string }[] }>('GET', '/api/v1/courses', token);
  const courseId = courses.items[0]!.id;
  const enrollment = await apiCall<{ id: string }>('POST', '/api/v1/enrollments', token, { courseId });
  const outline = await apiCall<{ modules: { lessons: { id: string }[] }[] }>(
    'GET',
    `/api/v1/courses/${courseId}`,
    token,
  );
  for (const lesson of outline.modules.flatMap((m) => m.lessons)) {
    await apiCall('PUT', `/api/v1/enrollments/${enrollment.id}/lessons/${lesson.id}/progress`, token, {
      eventId: randomUUID(),
      percent: 100,
      positionSeconds: null,
    });
  }
  const attempt = await apiCall<{ id: string; questions: { questionId: string }[] }>(
    'POST',
    `/api/v1/enrollments/${enrollment.id}/quiz-attempts`,
    token,
  );
  const correct = new Map<string, string>();
  for (let page = 1; ; page++) {
    const bank = await apiCall<{ items: { id: string; correctOption: string }[]; totalPages: number }>(
      'GET',
      `/api/v1/admin/courses/${courseId}/questions?size=100&page=${page}`,
      adminToken,
    );
    bank.items.forEach((q) => correct.set(q.id, q.correctOption));
    if (page >= bank.totalPages) break;
  }
  await apiCall('PUT', `/api/v1/quiz-attempts/${attempt.id}/answers`, token, {
    answers: attempt.questions.map((q) => ({ questionId: q.questionId, optionId: correct.get(q.questionId) ?? null })),
  });
  const result = await apiCall<{ certificateCode: string | null }>(
    'POST',
    `/api/v1/quiz-attempts/${attempt.id}/submit`,
    token,
  );
  if (!result.certificateCode) throw new Error('the learner did not pass');
  return result.certificateCode;
}

describe('a unit manager', () => {
  it('sees a citizen of their commune in its figures and cannot open another unit', async () => {
    const name = `Đặng Thị Thử ${Date.now() % 10000}`;
    await registerCitizen(name);
    const { context, page } = await newVisitor(browser);
    await logIn(page, UNIT_MANAGER, DEMO_PASSWORD);

    await page.getByRole('link', { name: 'Quản lý', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bảng điều khiển quản lý' }).waitFor();
    await page.getByRole('heading', { name: 'Số liệu tổng hợp' }).waitFor();
    const table = page.getByRole('table', { name: 'Kết quả theo xã, phường, đặc khu' });
    await table.getByRole('link', { name: 'Xã Tịnh Khê' }).waitFor();
    await checkPage(page, 'manager-dashboard');

    await table.getByRole('link', { name: 'Xã Tịnh Khê' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xã Tịnh Khê' }).waitFor();
    const citizens = page.getByRole('table', { name: 'Theo đối tượng' }).getByRole('row', { name: /Người dân/ });
    expect(Number((await citizens.getByRole('cell').first().textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(
      1,
    );
    await checkPage(page, 'manager-unit');

    await page.getByRole('link', { name: 'Thôn, tổ dân phố' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Thôn, tổ dân phố' }).waitFor();
    await checkPage(page, 'manager-villages');
    // The figures by village as they stood at the end of yesterday (the API keeps the villages' changes by day).
    const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Số liệu tính đến ngày').fill(yesterday);
    await page.getByText(/23:59/).waitFor();
    await page.getByRole('table', { name: 'Số liệu theo thôn, tổ dân phố' }).waitFor();
    // A file checked before it is imported: one new village, one row of an unknown kind; nothing is written.
    const villageFile = `Tên thôn/tổ dân phố,Loại\r\nThôn Thử Nhập ${Date.now() % 10000},thôn\r\nThôn Thử Lỗi,phường\r\n`;
    await page.getByLabel('Tệp bảng tính').setInputFiles({
      name: 'thon.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${villageFile}`, 'utf8'),
    });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByText(/Kết quả kiểm tra: 1 thôn, tổ dân phố sẽ được thêm.*1 dòng lỗi/).waitFor();
    await page.getByRole('table', { name: 'Các dòng lỗi' }).getByRole('rowheader', { name: '3' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nhập tệp' }).isDisabled()).toBe(true);
    await checkPage(page, 'manager-villages-import');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Xã Tịnh Khê' }).waitFor();

    await page.getByRole('link', { name: 'Danh sách cần đôn đốc' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Người cần đôn đốc' }).waitFor();
    await page.getByLabel('Tìm theo tên, số điện thoại hoặc email').fill(name);
    await page.getByRole('rowheader', { name }).waitFor();
    await checkPage(page, 'manager-follow-up');

    await open(page, '/quan-ly/don-vi/21205', 'Bạn không có quyền xem trang này');
    await checkPage(page, 'forbidden');
    await context.close();
  });
});

describe('the public dashboard', () => {
  it('shows the province figures without a login', async () => {
    const { context, page } = await newVisitor(browser);
    await open(page, '/thong-ke', /Bình dân học vụ số/);
    await page.getByRole('heading', { name: 'Số liệu tổng hợp' }).waitFor();
    // the ranking shows twenty units a page; the search finds any of the province's
    await page.getByRole('navigation', { name: 'Các trang của bảng xếp hạng' }).waitFor();
    await page.getByLabel('Tìm xã, phường trong bảng').fill('tinh khe');
    await page
      .getByRole('table', { name: /Xếp hạng các xã/ })
      .getByRole('rowheader', { name: 'Xã Tịnh Khê' })
      .waitFor();
    // the ranking chart below the first screen: its place is kept, and it is drawn when scrolled to
    const ranking = page.getByRole('figure', { name: '10 đơn vị dẫn đầu' });
    const before = await ranking.boundingBox();
    await ranking.scrollIntoViewIfNeeded();
    await ranking.getByRole('img').waitFor();
    expect((await ranking.boundingBox())?.height).toBe(before?.height);
    // plan 368's targets for the province, each with where it stands; the students' and the workers' say
    // they have no denominator yet rather than 0 %
    for (const name of [
      'Hơn 500.000 người trưởng thành được cấp chứng nhận kỹ năng số cơ bản năm 2025',
      '80% cán bộ, công chức, viên chức toàn tỉnh có kỹ năng số cơ bản năm 2025',
      '100% học sinh trung học, sinh viên toàn tỉnh có kỹ năng số cơ bản năm 2025',
      '80% người lao động trong doanh nghiệp toàn tỉnh có kỹ năng số cơ bản năm 2025',
      '100% người trưởng thành toàn tỉnh có kỹ năng số cơ bản năm 2026',
    ]) {
      await page.getByRole('heading', { name }).waitFor();
    }
    const students = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^100% học sinh trung học, sinh viên toàn tỉnh/ }) });
    await students.getByText('Chưa có mẫu số', { exact: true }).waitFor();
    await checkPage(page, 'public-dashboard');
    await context.close();
  });
});

describe('an administrator', () => {
  it('edits a lesson and revokes a certificate', async () => {
    const adminToken = await apiLogin(ADMIN, DEMO_PASSWORD);
    const learner = await registerCitizen(`Võ Văn Chứng ${Date.now() % 10000}`);
    const code = await certify(learner.token, adminToken);

    const { context, page } = await newVisitor(browser);
    await logIn(page, ADMIN, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Quản trị', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' }).waitFor();
    await checkPage(page, 'admin-home');

    await page.getByRole('link', { name: 'Khóa học, bài học và câu hỏi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Khóa học, bài học và câu hỏi' }).waitFor();
    await page.locator('.course-list a').first().click();
    await page.locator('.lesson-list a').first().waitFor();
    await checkPage(page, 'admin-course');
    await page.locator('.lesson-list a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Sửa bài học' }).waitFor();
    const body = page.getByLabel('Nội dung bài học (Markdown)');
    const added = `Ghi chú của quản trị viên ${Date.now()}`;
    await body.fill(`${await body.inputValue()}\n\n**${added}**`);
    await page.getByRole('tab', { name: 'Xem trước' }).click();
    await page.getByRole('tabpanel', { name: 'Xem trước' }).locator('strong', { hasText: added }).waitFor();
    await checkPage(page, 'admin-lesson-editor');
    await page.getByRole('button', { name: 'Lưu bài học' }).click();
    await page.getByText('Đã lưu.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sửa bài học' }).waitFor();
    await expect.poll(() => page.getByLabel('Nội dung bài học (Markdown)').inputValue()).toContain(added);

    await open(page, '/quan-tri/chung-nhan', 'Thu hồi giấy chứng nhận');
    await page.getByLabel('Mã giấy chứng nhận').fill(code);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText('Còn hiệu lực').waitFor();
    await page.getByLabel('Lý do thu hồi').fill('Cấp nhầm do lỗi nhập liệu (kiểm thử)');
    await page.getByRole('button', { name: 'Thu hồi giấy chứng nhận' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await checkPage(page, 'admin-revoke-confirm');
    await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await page.getByText('Đã thu hồi giấy chứng nhận.').waitFor();
    const verification = await apiCall<{ status: string }>('GET', `/api/v1/certificates/${code}`, null);
    expect(verification.status).toBe('REVOKED');

    for (const [path, heading, name] of [
      ['/quan-tri/lo-trinh', 'Lộ trình học', 'admin-paths'],
      ['/quan-tri/chi-tieu', 'Chỉ tiêu của tỉnh', 'admin-targets'],
      ['/quan-tri/mau-so', 'Mẫu số', 'admin-denominators'],
      ['/quan-tri/phan-quyen', 'Phân quyền quản lý', 'admin-roles'],
    ] as const) {
      await open(page, path, heading);
      await page
        .locator('.spinner-block')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => {});
      await checkPage(page, name);
    }
    await context.close();
  });

  it("makes someone a school's manager and sets a village's population, through the admin pages", async () => {
    const adminToken = await apiLogin(ADMIN, DEMO_PASSWORD);
    const n = Date.now() % 1_000_000;
    const school = await apiCall<{ id: number; name: string }>('POST', '/api/v1/admin/organisations', adminToken, {
      name: `Trường THCS Phân Quyền ${n}`,
      kind: 'SCHOOL',
      schoolLevel: 'LOWER_SECONDARY',
      unitCode: '21211',
    });
    const village = await apiCall<{ id: number; name: string }>('POST', '/api/v1/unit-villages/21211', adminToken, {
      name: `Thôn Mẫu Số ${n}`,
      kind: 'THON',
    });
    const principal = `Nguyễn Thị Hiệu Trưởng ${n}`;
    const { phone } = await registerCitizen(principal);

    const { context, page } = await newVisitor(browser, { width: 1280 });
    await logIn(page, ADMIN, DEMO_PASSWORD);
    await open(page, '/quan-tri/phan-quyen', 'Phân quyền quản lý');
    await page.getByLabel('Tìm tài khoản').fill(phone);
    await page.getByRole('button', { name: `Phân quyền ${principal}` }).click();
    await page.getByLabel('Vai trò').selectOption('AGENCY_MANAGER');
    // found without accents, as an administrator types on a phone
    await page.getByRole('combobox', { name: /được quản lý/ }).fill(`truong thcs phan quyen ${n}`);
    await page.getByRole('option', { name: new RegExp(school.name) }).click();
    await page.getByRole('button', { name: 'Giao quyền', exact: true }).click();
    await page.getByText(/Đã giao quyền\./).waitFor();
    await page
      .getByRole('button', {
        name: `Thu hồi quyền Quản lý cơ quan, trường học, doanh nghiệp (${school.name} (Trường học))`,
      })
      .waitFor();
    await checkPage(page, 'admin-roles-organisation');
    // their next login reaches the school
    const managerToken = await apiLogin(phone, LEARNER_PASSWORD);
    const figures = await apiCall<{ organisation: { id: number } }>(
      'GET',
      `/api/v1/stats/organisations/${school.id}`,
      managerToken,
    );
    expect(figures.organisation.id).toBe(school.id);

    await open(page, '/quan-tri/mau-so', 'Mẫu số');
    await page.getByRole('radio', { name: 'Thôn, tổ dân phố' }).check();
    await page.getByRole('combobox', { name: /Xã, phường, đặc khu/ }).fill('tinh khe');
    await page.getByRole('option', { name: /Xã Tịnh Khê/ }).click();
    const row = page.getByRole('row', { name: new RegExp(village.name) });
    await row.getByText('Chưa có số liệu.').waitFor();
    await row.getByRole('button', { name: `Nhập số liệu ${village.name}` }).click();
    await page.getByRole('heading', { name: `Số liệu của ${village.name}` }).waitFor();
    await page.getByLabel('Áp dụng từ ngày').fill('2026-01-01');
    await page.getByLabel(/^Dân số/).fill('3120');
    await page.getByLabel(/^Số người trưởng thành/).fill('2240');
    await page.getByLabel('Nguồn số liệu').fill('UBND xã Tịnh Khê, số liệu dân cư thôn năm 2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu.').waitFor();
    await row.getByText('3.120').waitFor();
    await checkPage(page, 'admin-denominators-villages');
    const stored = await apiCall<{ items: { validFrom: string; population: number; adultPopulation: number }[] }>(
      'GET',
      `/api/v1/admin/villages/${village.id}/denominators`,
      adminToken,
    );
    expect(stored.items).toMatchObject([{ validFrom: '2026-01-01', population: 3120, adultPopulation: 2240 }]);
    await context.close();
  });
});
