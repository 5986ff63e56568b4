import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, problem, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { signIn } from '@/testing/tokens';

describe("a helper's page", () => {
  it('registers a person only once they tick the consent box, and sends the words they agreed to', async () => {
    signIn(['LEARNER', 'HELPER'], { helperUnits: ['21211'] });
    const api = mockApi({
      'POST /api/v1/assisted/registrations': () =>
        reply(
          'AssistedAccount',
          {
            id: '0196f1a2-0000-7000-8000-000000000009',
            fullName: 'Đinh Văn Lộc',
            unitCode: '21211',
            codeSentTo: 'PHONE',
          },
          201,
        ),
    });
    const user = userEvent.setup();
    renderApp('/ho-tro');
    await screen.findByRole('heading', { level: 1, name: 'Hỗ trợ người dân' });
    await user.type(screen.getByLabelText('Họ và tên của người được hỗ trợ'), 'Đinh Văn Lộc');
    await user.type(screen.getByLabelText(/Số điện thoại của người được hỗ trợ/), '0912 345 678');
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect((await screen.findAllByText('Người được hỗ trợ cần tự đánh dấu ô đồng ý.')).length).toBeGreaterThan(0);
    expect(api.requests.some((r) => r.path === '/api/v1/assisted/registrations')).toBe(false);

    const consent = screen.getByLabelText(/Tôi đồng ý để người hỗ trợ tạo tài khoản/);
    await user.click(consent);
    await user.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await screen.findByText(/Đã tạo tài khoản cho Đinh Văn Lộc/)).toBeInTheDocument();
    const sent = api.requests.find((r) => r.path === '/api/v1/assisted/registrations');
    expect(sent?.body).toMatchObject({
      fullName: 'Đinh Văn Lộc',
      phone: '0912 345 678',
      unitCode: '21211',
      consent: true,
    });
    expect((sent?.body as { consentText: string }).consentText).toBe(
      consent.closest('.checkbox')?.querySelector('label')?.textContent,
    );
  });

  it('starts a reset and says where the code went, never the code', async () => {
    signIn(['LEARNER', 'HELPER'], { helperUnits: ['21211'] });
    mockApi({
      'POST /api/v1/assisted/password-resets': (request) =>
        (request.body as { login: string }).login === '0900000009'
          ? problem(404, 'user_not_found', 'Không tìm thấy tài khoản.')
          : reply('AssistedReset', { codeSentTo: 'PHONE' }, 202),
    });
    const user = userEvent.setup();
    renderApp('/ho-tro');
    const login = await screen.findByLabelText(/Số điện thoại hoặc email của người đó/);
    await user.type(login, '0900000009');
    await user.click(screen.getByRole('button', { name: 'Gửi mã cho người đó' }));
    expect(await screen.findByText('Không tìm thấy tài khoản.')).toBeInTheDocument();
    await user.clear(login);
    await user.type(login, '0912345678');
    await user.click(screen.getByRole('button', { name: 'Gửi mã cho người đó' }));
    expect(await screen.findByText(/Mã đang được gửi tới điện thoại của người đó/)).toBeInTheDocument();
  });

  it('is closed to a learner who is not a helper', async () => {
    signIn(['LEARNER']);
    mockApi({});
    renderApp('/ho-tro');
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Hỗ trợ người dân');
  });
});
