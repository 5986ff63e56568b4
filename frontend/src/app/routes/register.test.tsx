import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  anKy,
  json,
  kyXuyen,
  mockApi,
  openOrganisations,
  organisationSearch,
  problem,
  tinhKhe,
  unitPage,
  villageOptions,
} from '@/testing/mock-api';
import { learnerProfile } from '@/testing/profiles';
import { renderApp } from '@/testing/render';

const profile = learnerProfile();
const tokens = { accessToken: 'a', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', refreshExpiresIn: 2592000 };

const baseHandlers = {
  'GET /api/v1/units': () => json(unitPage([tinhKhe])),
  'GET /api/v1/organisations': organisationSearch(openOrganisations),
  'GET /api/v1/units/21211/villages': () => villageOptions([anKy, kyXuyen]),
};

/** The API that takes the registration: it creates the account, logs the person in and gives their profile. */
const accepting = {
  'POST /api/v1/auth/register': () => json(profile, 201),
  'POST /api/v1/auth/login': () => json(tokens),
  'GET /api/v1/me': () => json(profile),
};

/** Opens the registration page once it shows, the API answering `handlers` beside the lookups the form makes. */
async function openRegister(handlers: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({ ...baseHandlers, ...handlers });
  const user = userEvent.setup();
  renderApp('/dang-ky');
  await screen.findByRole('form', { name: 'Đăng ký tài khoản' });
  return { api, user };
}

async function fillValidForm(user: UserEvent) {
  await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Hoa');
  await user.type(screen.getByLabelText('Số điện thoại di động'), '0912 345 678');
  await user.type(screen.getByLabelText('Mật khẩu'), 'hoa-tinh-khe-2025');
  await user.type(screen.getByLabelText('Nhập lại mật khẩu'), 'hoa-tinh-khe-2025');
  await user.click(screen.getByLabelText('Người dân'));
  await user.type(screen.getByRole('combobox', { name: /Xã, phường/ }), 'tinh khe');
  await user.click(await screen.findByRole('option', { name: /Xã Tịnh Khê/ }));
}

function submit(user: UserEvent) {
  return user.click(screen.getByRole('button', { name: 'Đăng ký' }));
}

describe('registration form', () => {
  it('lists every missing answer in Vietnamese on submit and links each error to its field', async () => {
    const { user } = await openRegister();

    await submit(user);

    const summary = screen.getByRole('alert', { name: 'Vui lòng sửa 5 lỗi dưới đây' });
    expect(summary).toHaveFocus();
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Vui lòng nhập họ và tên.',
      'Vui lòng nhập số điện thoại hoặc email.',
      'Vui lòng nhập mật khẩu.',
      'Vui lòng chọn đối tượng của bạn.',
      'Vui lòng chọn xã, phường nơi bạn sống hoặc làm việc.',
    ]);
    const name = screen.getByLabelText('Họ và tên');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Lỗi: Vui lòng nhập họ và tên\./);

    // following a link puts the cursor in the field
    await user.click(within(summary).getByRole('link', { name: 'Vui lòng nhập số điện thoại hoặc email.' }));
    expect(screen.getByLabelText('Số điện thoại di động')).toHaveFocus();
  });

  it('checks the phone number, the password rules and the confirmation like the server does', async () => {
    const { api, user } = await openRegister();

    await user.type(screen.getByLabelText('Số điện thoại di động'), '0255 382 212');
    await user.type(screen.getByLabelText('Email'), 'hoa@');
    await user.type(screen.getByLabelText('Mật khẩu'), 'abc12345');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu'), 'abc1234');
    await submit(user);

    expect(screen.getByLabelText('Số điện thoại di động')).toHaveAccessibleDescription(
      /Số điện thoại di động không hợp lệ/,
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/Địa chỉ email không hợp lệ/);
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription(/Mật khẩu này quá phổ biến/);
    expect(screen.getByLabelText('Nhập lại mật khẩu')).toHaveAccessibleDescription(/Hai mật khẩu chưa giống nhau/);
    expect(api.requests.some((r) => r.path === '/api/v1/auth/register')).toBe(false);

    // the error goes away as soon as the field is corrected
    await user.clear(screen.getByLabelText('Số điện thoại di động'));
    await user.type(screen.getByLabelText('Số điện thoại di động'), '0912345678');
    expect(screen.getByLabelText('Số điện thoại di động')).not.toHaveAttribute('aria-invalid');
  });

  it('puts the server violations on their fields', async () => {
    const { user } = await openRegister({
      'POST /api/v1/auth/register': () =>
        problem(400, 'validation_failed', 'Dữ liệu gửi lên chưa hợp lệ.', {
          violations: [
            { field: 'password', code: 'password_common', message: 'Mật khẩu này quá phổ biến (máy chủ).' },
            { field: 'unitCode', code: 'unit_not_found', message: 'Không tìm thấy xã, phường có mã 21211.' },
          ],
        }),
    });
    await fillValidForm(user);
    await submit(user);

    await waitFor(() =>
      expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription(/Mật khẩu này quá phổ biến \(máy chủ\)\./),
    );
    expect(screen.getByRole('combobox', { name: /Xã, phường/ })).toHaveAccessibleDescription(
      /Không tìm thấy xã, phường có mã 21211\./,
    );
    expect(screen.getByRole('alert', { name: 'Vui lòng sửa 2 lỗi dưới đây' })).toBeInTheDocument();
  });

  it('shows "phone already used" on the phone field', async () => {
    const { user } = await openRegister({
      'POST /api/v1/auth/register': () =>
        problem(409, 'phone_taken', 'Số điện thoại này đã được dùng cho một tài khoản khác.'),
    });
    await fillValidForm(user);
    await submit(user);

    await waitFor(() =>
      expect(screen.getByLabelText('Số điện thoại di động')).toHaveAccessibleDescription(
        /Số điện thoại này đã được dùng cho một tài khoản khác\./,
      ),
    );
  });

  it('asks a student for a school, a worker for an enterprise, a public servant for an agency or school, a citizen for none', async () => {
    const { user } = await openRegister();
    expect(screen.queryByRole('combobox', { name: /Trường nơi bạn học/ })).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Học sinh, sinh viên'));
    const school = await screen.findByRole('combobox', { name: /Trường nơi bạn học.*không bắt buộc/ });
    await user.type(school, 'pham van dong');
    await user.click(await screen.findByRole('option', { name: /Trường Đại học Phạm Văn Đồng/ }));

    // another group asks again, for its own kind: the school is not kept
    await user.click(screen.getByLabelText('Người lao động trong doanh nghiệp'));
    const enterprise = await screen.findByRole('combobox', { name: /Doanh nghiệp nơi bạn làm việc/ });
    expect(enterprise).toHaveValue('');
    await user.type(enterprise, 'truong');
    await waitFor(() => expect(screen.getByText(/Không tìm thấy nơi nào phù hợp/)).toBeInTheDocument());

    await user.click(screen.getByLabelText('Cán bộ, công chức, viên chức'));
    const agency = await screen.findByRole('combobox', { name: /Cơ quan, trường học nơi bạn công tác/ });
    await user.type(agency, 'so khoa hoc');
    expect(await screen.findByRole('option', { name: /Sở Khoa học và Công nghệ/ })).toBeInTheDocument();

    await user.click(screen.getByLabelText('Người dân'));
    expect(screen.queryByRole('combobox', { name: /Cơ quan, trường học/ })).not.toBeInTheDocument();
  });

  it('registers a worker in an enterprise of their commune', async () => {
    const { api, user } = await openRegister(accepting);
    await fillValidForm(user);
    await user.click(screen.getByLabelText('Người lao động trong doanh nghiệp'));
    await user.type(await screen.findByRole('combobox', { name: /Doanh nghiệp nơi bạn làm việc/ }), 'det may');
    await user.click(await screen.findByRole('option', { name: /Công ty TNHH Dệt may Quảng Ngãi/ }));
    await submit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.path === '/api/v1/auth/register')?.body).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      phone: '0912 345 678',
      password: 'hoa-tinh-khe-2025',
      learnerGroup: 'WORKER',
      unitCode: '21211',
      organisationId: 2051,
    });
    // the enterprises of the chosen commune were asked for first
    expect(api.requests.some((r) => r.path === '/api/v1/organisations' && r.search.get('unitCode') === '21211')).toBe(
      true,
    );
  });

  it('creates the account, logs in with the same details and opens the account page', async () => {
    const { api, user } = await openRegister(accepting);
    await fillValidForm(user);
    await submit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeInTheDocument();
    expect(screen.getAllByText('Nguyễn Thị Hoa').length).toBeGreaterThan(0);
    const register = api.requests.find((r) => r.path === '/api/v1/auth/register');
    expect(register?.body).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      phone: '0912 345 678',
      password: 'hoa-tinh-khe-2025',
      learnerGroup: 'CITIZEN',
      unitCode: '21211',
    });
    expect(api.requests.find((r) => r.path === '/api/v1/auth/login')?.body).toEqual({
      login: '0912 345 678',
      password: 'hoa-tinh-khe-2025',
    });
  });

  it('offers the villages of the chosen unit, skippable, and a school and a class to students', async () => {
    const { api, user } = await openRegister(accepting);
    expect(screen.queryByLabelText(/Thôn, tổ dân phố/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Lớp/)).not.toBeInTheDocument();

    await fillValidForm(user);
    const village = await screen.findByRole('combobox', { name: /Thôn, tổ dân phố nơi bạn sống/ });
    // typed without accents, in another order: the unit's villages are filtered as the server searches
    await user.type(village, 'xuyen ky');
    await user.click(await screen.findByRole('option', { name: 'Thôn Kỳ Xuyên' }));

    await user.click(screen.getByLabelText('Học sinh, sinh viên'));
    await user.type(await screen.findByRole('combobox', { name: /Trường nơi bạn học/ }), 'tran quoc tuan');
    await user.click(await screen.findByRole('option', { name: /Trường THPT Trần Quốc Tuấn/ }));
    await user.type(await screen.findByLabelText(/^Lớp/), ' 11A2 ');
    await submit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.path === '/api/v1/auth/register')?.body).toMatchObject({
      learnerGroup: 'STUDENT',
      unitCode: '21211',
      villageId: 102,
      organisationId: 1042,
      className: '11A2',
    });
  });
});
