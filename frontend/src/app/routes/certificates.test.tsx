import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '@/lib/auth/session';
import { myCertificate, page } from '@/testing/learning-fixtures';
import { json, mockApi, problem, reply } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const CODE = 'HVS-7K3M-9QXD-4TPR';

describe('my certificates', () => {
  it('says plainly when there is none yet', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({ 'GET /api/v1/me/certificates': () => json(page([])) });
    renderApp('/chung-nhan-cua-toi');
    expect(await screen.findByText(/Bạn chưa có giấy chứng nhận nào/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đến khóa học' })).toHaveAttribute('href', '/');
  });

  it('lists them and opens one with its PDF and its verification link', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({ 'GET /api/v1/me/certificates': () => json(page([myCertificate()])) });
    const user = userEvent.setup();
    renderApp('/chung-nhan-cua-toi');
    await user.click(await screen.findByRole('link', { name: 'Kỹ năng số cơ bản' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Giấy chứng nhận' })).toBeInTheDocument();
    expect(screen.getByText('Nguyễn Thị Hoa')).toBeInTheDocument();
    expect(screen.getByText('Còn hiệu lực')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở để xem hoặc in' })).toHaveAttribute(
      'href',
      `http://localhost:8080/api/v1/certificates/${CODE}/pdf`,
    );
    expect(
      screen.getByRole('link', { name: `https://hocvuso.quangngai.gov.vn/chung-nhan/${CODE}` }),
    ).toBeInTheDocument();
  });

  it('offers the digital credential of a certificate of the portal, not of a national platform result', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    const national = myCertificate({
      code: 'HVS-2Q8W-7ZKD-M4TR',
      source: 'NATIONAL',
      externalId: 'BDHVS-2025-000123',
      pdfUrl: null,
      scorePercent: null,
      credentialUrl: null,
    });
    mockApi({ 'GET /api/v1/me/certificates': () => json(page([myCertificate(), national])) });
    const user = userEvent.setup();
    renderApp('/chung-nhan-cua-toi');
    await user.click((await screen.findAllByRole('link', { name: 'Kỹ năng số cơ bản' }))[0]!);
    expect(await screen.findByRole('button', { name: 'Tải chứng nhận số (Open Badges 3.0)' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Chứng nhận của tôi|Quay lại/ }));
    await user.click((await screen.findAllByRole('link', { name: 'Kỹ năng số cơ bản' }))[1]!);
    expect(await screen.findByText('Nguyễn Thị Hoa')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải chứng nhận số (Open Badges 3.0)' })).not.toBeInTheDocument();
  });

  it('saves exactly the PDF the API serves, named after the code, asking for the PDF or a problem', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    // bytes that are not UTF-8 (0xC4 0xE2 0xFF): the kind a text decoder on the way would have replaced
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xc4, 0xe2, 0xff, 0x0a]);
    const api = mockApi({
      'GET /api/v1/me/certificates': () => json(page([myCertificate()])),
      [`GET /api/v1/certificates/${CODE}/pdf`]: () =>
        new Response(pdf, { headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(pdf.byteLength) } }),
    });
    let saved: Blob | undefined;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: vi.fn((blob: Blob) => {
          saved = blob;
          return 'blob:chung-nhan';
        }),
        revokeObjectURL: vi.fn(),
      }),
    );
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderApp(`/chung-nhan-cua-toi/${CODE}`);
    await user.click(await screen.findByRole('button', { name: 'Tải giấy chứng nhận (PDF)' }));

    await waitFor(() => expect(names).toEqual([`chung-nhan-${CODE}.pdf`]));
    expect(new Uint8Array(await saved!.arrayBuffer())).toEqual(pdf);
    const request = api.requests.find((r) => r.path === `/api/v1/certificates/${CODE}/pdf`)!;
    expect(request.headers.get('Accept')).toBe('application/pdf, application/problem+json');
  });

  it('says why when the PDF cannot be downloaded', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({
      'GET /api/v1/me/certificates': () => json(page([myCertificate()])),
      [`GET /api/v1/certificates/${CODE}/pdf`]: () =>
        problem(404, 'certificate_not_found', 'Không tìm thấy giấy chứng nhận.'),
    });
    const user = userEvent.setup();
    renderApp(`/chung-nhan-cua-toi/${CODE}`);
    await user.click(await screen.findByRole('button', { name: 'Tải giấy chứng nhận (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy giấy chứng nhận.');
  });

  it('copies the verification link where the phone cannot share', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({ 'GET /api/v1/me/certificates': () => json(page([myCertificate()])) });
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderApp(`/chung-nhan-cua-toi/${CODE}`);
    await user.click(await screen.findByRole('button', { name: 'Sao chép đường dẫn' }));
    expect(writeText).toHaveBeenCalledWith(`https://hocvuso.quangngai.gov.vn/chung-nhan/${CODE}`);
    expect(await screen.findByText('Đã sao chép đường dẫn.')).toBeInTheDocument();
  });

  it('shows the error when the list cannot be loaded', async () => {
    tokenStore.setTokens({ accessToken: 'a', refreshToken: 'r' });
    mockApi({ 'GET /api/v1/me/certificates': () => Promise.reject(new TypeError('Failed to fetch')) });
    renderApp('/chung-nhan-cua-toi');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được với máy chủ');
  });
});

describe('public verification', () => {
  /** The page at a certificate's QR code address, the API finding it valid unless `changes` say otherwise. */
  function openVerification(changes: { status?: 'VALID' | 'REVOKED'; revokedAt?: string } = {}) {
    mockApi({
      [`GET /api/v1/certificates/${CODE}`]: () =>
        reply('CertificateVerification', {
          code: CODE,
          status: 'VALID',
          holderName: 'Nguyễn Thị Hoa',
          courseTitle: 'Kỹ năng số cơ bản',
          issuedAt: '2026-11-30T20:41:00Z',
          revokedAt: null,
          source: 'PORTAL',
          ...changes,
        }),
    });
    renderApp(`/chung-nhan/${CODE}`);
  }

  it('shows a valid certificate at the address of its QR code, to anyone', async () => {
    openVerification();
    expect(await screen.findByText('Giấy chứng nhận hợp lệ')).toBeInTheDocument();
    expect(screen.getByText('Nguyễn Thị Hoa')).toBeInTheDocument();
    expect(screen.getByText('30 tháng 11, 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem bản PDF của giấy chứng nhận' })).toHaveAttribute(
      'href',
      `http://localhost:8080/api/v1/certificates/${CODE}/pdf`,
    );
  });

  it('shows a revoked certificate with its date', async () => {
    openVerification({ status: 'REVOKED', revokedAt: '2026-12-02T08:00:00Z' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Giấy chứng nhận này đã bị thu hồi ngày 2 tháng 12, 2026',
    );
  });

  it('says when no certificate has the code typed in the form', async () => {
    const api = mockApi({
      'GET /api/v1/certificates/hvs-0000-0000-0000': () => problem(404, 'certificate_not_found', 'Không tìm thấy.'),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/chung-nhan');
    await user.click(await screen.findByRole('button', { name: 'Tra cứu' }));
    expect(screen.getByLabelText('Mã chứng nhận')).toHaveAccessibleDescription(/Vui lòng nhập mã chứng nhận\./);
    await user.type(screen.getByLabelText('Mã chứng nhận'), '  hvs-0000-0000-0000 ');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Không tìm thấy giấy chứng nhận')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/chung-nhan/hvs-0000-0000-0000');
    await waitFor(() =>
      expect(api.requests.some((r) => r.path === '/api/v1/certificates/hvs-0000-0000-0000')).toBe(true),
    );
  });
});
