import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, reply } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { CredentialCheck } from './CredentialCheck';

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJ0eXBlIjoiT3BlbkJhZGdlQ3JlZGVudGlhbCJ9.c2lnbmF0dXJl';

const revoked = {
  valid: false,
  outcome: 'REVOKED' as const,
  message: 'Chứng nhận số này là thật nhưng đã bị thu hồi: không còn giá trị.',
  checks: [
    { check: 'FORMAT' as const, passed: true, message: 'Đúng định dạng chứng nhận số (VC-JOSE, ký ES256).' },
    { check: 'SIGNATURE' as const, passed: true, message: 'Chữ ký số khớp với khóa công khai của đơn vị cấp.' },
    { check: 'ISSUER' as const, passed: true, message: 'Đơn vị cấp là Sở Khoa học và Công nghệ tỉnh Quảng Ngãi.' },
    { check: 'VALIDITY' as const, passed: true, message: 'Chứng nhận đang trong thời hạn hiệu lực.' },
    {
      check: 'STATUS' as const,
      passed: false,
      message: 'Chứng nhận đã bị thu hồi (theo danh sách trạng thái của Học vụ số).',
    },
  ],
  credential: {
    id: 'https://hocvuso.quangngai.gov.vn/chung-nhan/HVS-7K3M-9QXD-4TPR',
    holderName: 'Nguyễn Thị Hoa',
    achievementName: 'Kỹ năng số cơ bản',
    issuerId: 'did:web:api.hocvuso.quangngai.gov.vn',
    issuerName: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    validFrom: '2026-11-30T13:41:00Z',
    validUntil: null,
    keyId: 'did:web:api.hocvuso.quangngai.gov.vn#key',
    statusList: 1,
    statusIndex: 4127,
  },
};

function setup() {
  const api = mockApi({ 'POST /api/v1/credentials/verify': () => reply('CredentialVerification', revoked) });
  renderWithProviders(<CredentialCheck />);
  return { api, user: userEvent.setup() };
}

describe('checking a digital credential', () => {
  it('sends a downloaded file as it is and shows each check in plain words', async () => {
    const { api, user } = setup();
    const file = JSON.stringify({
      '@context': 'https://www.w3.org/ns/credentials/v2',
      id: `data:application/vc+jwt,${JWT}`,
      type: 'EnvelopedVerifiableCredential',
    });
    await user.upload(screen.getByLabelText('Tệp chứng nhận số'), new File([file], 'chung-nhan-so.json'));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra chứng nhận số' }));

    expect(await screen.findByText('Chứng nhận số đã bị thu hồi')).toBeVisible();
    expect(screen.getByText('Nguyễn Thị Hoa')).toBeVisible();
    expect(screen.getByText(/Chứng nhận đã bị thu hồi \(theo danh sách/)).toBeVisible();
    expect(api.requests.at(-1)?.body).toEqual(JSON.parse(file));
  });

  it('wraps a pasted JWT, and asks for something when nothing was given', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra chứng nhận số' }));
    expect(screen.getByText('Vui lòng chọn tệp hoặc dán nội dung chứng nhận số.')).toBeVisible();
    expect(api.requests).toHaveLength(0);

    await user.type(screen.getByLabelText('Hoặc dán nội dung chứng nhận số'), JWT);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra chứng nhận số' }));
    await screen.findByText('Chứng nhận số đã bị thu hồi');
    expect(api.requests.at(-1)?.body).toEqual({ credential: JWT });
  });
});
