import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary, FormMessages, TextField } from '@/components/ui';
import { problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { networkError, toApiError } from './api/problem';
import { useApiForm } from './use-api-form';

interface Values {
  fullName: string;
  unit: string;
}

/** A form as the app's forms are built: its own check, the error summary, the message, two fields. */
function NameForm({ send }: { send: (values: Values) => Promise<unknown> }) {
  const form = useApiForm<Values, keyof Values>({
    initial: { fullName: '', unit: '' },
    fields: ['fullName', 'unit'],
    fieldId: (name) => `test-${name}`,
    fieldOf: { unitCode: 'unit' },
    validate: ({ fullName }) => (fullName.trim() ? {} : { fullName: { key: 'validation.fullNameRequired' } }),
  });
  return (
    <form noValidate onSubmit={form.submit(send)} aria-label="Thử">
      <ErrorSummary items={form.summary} focusKey={form.submitCount} />
      <FormMessages form={form} />
      <TextField {...form.field('fullName')} label="Họ và tên" />
      <TextField {...form.field('unit')} label="Xã, phường" />
      <button type="submit">Gửi</button>
    </form>
  );
}

async function refusal(violations: { field: string; code: string; message: string }[]) {
  const response = problem(400, 'validation_failed', 'Dữ liệu gửi lên chưa hợp lệ.', { violations });
  return toApiError(response, await response.json());
}

describe('useApiForm', () => {
  it('checks the rules before sending: the message on the field and in the summary, which takes the focus', async () => {
    const send = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    renderWithProviders(<NameForm send={send} />);
    await user.click(screen.getByRole('button', { name: 'Gửi' }));

    expect(screen.getByLabelText('Họ và tên')).toHaveAccessibleDescription(/Vui lòng nhập họ và tên\./);
    const summary = screen.getByRole('alert', { name: 'Vui lòng sửa 1 lỗi dưới đây' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Vui lòng nhập họ và tên.' })).toHaveAttribute('href', '#test-fullName');
    expect(send).not.toHaveBeenCalled();

    // correcting the field takes its error away before the next submit
    await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Hoa');
    expect(screen.getByLabelText('Họ và tên')).not.toHaveAccessibleDescription();
  });

  it("puts the API's violations on the fields they name (in the form's names) and the others above the form", async () => {
    const error = await refusal([
      { field: 'unitCode', code: 'unit_not_found', message: 'Không tìm thấy xã, phường này.' },
      { field: 'agencyId', code: 'agency_not_found', message: 'Không tìm thấy cơ quan này.' },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<NameForm send={() => Promise.reject(error)} />);
    await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Gửi' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Xã, phường')).toHaveAccessibleDescription(/Không tìm thấy xã, phường này\./),
    );
    expect(screen.getByText('Không tìm thấy cơ quan này.')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).not.toHaveAccessibleDescription();
  });

  it('says so when the server cannot be reached, and sends once while a submit is under way', async () => {
    let fail: (reason: unknown) => void = () => undefined;
    const send = vi.fn(() => new Promise((_, reject) => (fail = reject)));
    const user = userEvent.setup();
    renderWithProviders(<NameForm send={send} />);
    await user.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(send).toHaveBeenCalledTimes(1);

    fail(networkError(new TypeError('Failed to fetch')));
    expect(
      await screen.findByText('Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.'),
    ).toBeInTheDocument();
  });
});
