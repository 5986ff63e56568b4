import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { json, mockApi, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { signIn } from '@/testing/tokens';

type Schemas = components['schemas'];

const helper = {
  userId: '0b0d5c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
  fullName: 'Trần Văn Bình',
  phone: '+84•••••4321',
  unitCode: '21211',
  grantedAt: '2026-11-20T02:00:00Z',
} satisfies Schemas['Helper'];

const empty = { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 };

describe("a unit's helpers page", () => {
  it('asks for the person’s phone or e-mail before making them a helper, then sends it trimmed', async () => {
    signIn(['UNIT_MANAGER'], { units: ['21211'] });
    const api = mockApi({
      'GET /api/v1/unit-helpers/21211': () => reply('HelperPage', empty),
      'GET /api/v1/unit-helpers/21211/activity': () => reply('HelperActivityPage', empty),
      'POST /api/v1/unit-helpers/21211': () => json(helper, 201),
    });
    const user = userEvent.setup();
    renderApp('/quan-ly/don-vi/21211/ho-tro');

    const login = await screen.findByLabelText(
      /Số điện thoại hoặc email tài khoản của người đó/,
      {},
      { timeout: 10_000 },
    );
    expect(login).toHaveAttribute('autocomplete', 'off');
    await user.click(screen.getByRole('button', { name: 'Giao quyền hỗ trợ' }));
    expect((await screen.findAllByText('Vui lòng nhập số điện thoại hoặc email.')).length).toBeGreaterThan(0);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(login, ' 0900000031 ');
    await user.click(screen.getByRole('button', { name: 'Giao quyền hỗ trợ' }));
    expect(await screen.findByText(/Trần Văn Bình đã là người hỗ trợ/)).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ login: '0900000031' });
    expect(login).toHaveValue('');
  });
});
