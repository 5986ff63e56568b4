import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compactVerify, createLocalJWKSet, createRemoteJWKSet, flattenedVerify, type JSONWebKeySet } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolAndStudy, logInPage, newLearner } from './learning-steps';
import {
  API_URL,
  apiCall,
  apiLogin,
  attemptKey,
  checkPage,
  expectAccessible,
  launchBrowser,
  newVisitor,
  WEB_URL,
} from './support';

/** The demo province administrator (AccountBootstrap), who revokes. */
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

/** A new citizen who passes the seeded course through the API; their phone, token and certificate code. */
async function certified(name: string) {
  const learner = await newLearner(name);
  const enrollmentId = await enrolAndStudy(learner.token, learner.courseId, learner.lessons);
  const attempt = await apiCall<{ id: string }>(
    'POST',
    `/api/v1/enrollments/${enrollmentId}/quiz-attempts`,
    learner.token,
  );
  const answers = attemptKey(attempt.id).map((q) => ({ questionId: q.questionId, optionId: q.correct }));
  await apiCall('PUT', `/api/v1/quiz-attempts/${attempt.id}/answers`, learner.token, { answers });
  const result = await apiCall<{ certificateCode: string | null }>(
    'POST',
    `/api/v1/quiz-attempts/${attempt.id}/submit`,
    learner.token,
  );
  if (!result.certificateCode) throw new Error('the learner did not pass');
  return { ...learner, code: result.certificateCode };
}

async function credentialJwt(token: string, code: string): Promise<string> {
  const response = await fetch(`${API_URL}/api/v1/me/certificates/${code}/credential?format=jwt`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/vc+jwt' },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/**
 * What a third party does with nothing of ours but the `jose` library and what the portal publishes: the
 * signature against the DID document's keys and against the JWK Set, then the credential's bit in the signed
 * status list (GZIP, base64url, multibase "u").
 */
async function independentlyVerified(jwt: string): Promise<{ name: string; revoked: boolean }> {
  const did = (await (await fetch(`${API_URL}/.well-known/did.json`)).json()) as {
    id: string;
    verificationMethod: { id: string; publicKeyJwk: JSONWebKeySet['keys'][number] }[];
  };
  const fromDid = createLocalJWKSet({ keys: did.verificationMethod.map((m) => ({ ...m.publicKeyJwk, kid: m.id })) });
  const fromJwks = createRemoteJWKSet(new URL(`${API_URL}/api/v1/credentials/jwks`));
  const options = { algorithms: ['ES256'] };
  const { payload, protectedHeader } = await compactVerify(jwt, fromDid, options);
  expect(protectedHeader.typ).toBe('vc+jwt');
  expect((await compactVerify(jwt, fromJwks, options)).payload).toEqual(payload);
  const credential = JSON.parse(new TextDecoder().decode(payload));
  expect(credential.type).toContain('OpenBadgeCredential');
  expect(credential.issuer.id).toBe(did.id);

  const { statusListCredential, statusListIndex, statusPurpose } = credential.credentialStatus;
  expect(statusPurpose).toBe('revocation');
  const listJwt = await (await fetch(statusListCredential.replace(/^https?:\/\/[^/]+/, API_URL))).text();
  const list = JSON.parse(new TextDecoder().decode((await compactVerify(listJwt, fromJwks, options)).payload));
  expect(list.type).toContain('BitstringStatusListCredential');
  const encoded: string = list.credentialSubject.encodedList;
  expect(encoded.startsWith('u')).toBe(true);
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  expect(bits.length).toBe(16_384);
  const index = Number(statusListIndex);
  return {
    name: credential.credentialSubject.identifier[0].identityHash,
    revoked: (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0,
  };
}

/**
 * The national platform's check of a page of the results feed, with jose alone: the detached JWS in JWS-Signature
 * (unencoded payload, RFC 7797) over the bytes as received, against the published JWK Set; the page's lines.
 */
async function signedFeedPage(token: string, body?: (bytes: Uint8Array) => Uint8Array): Promise<string[]> {
  const response = await fetch(`${API_URL}/api/v1/national-results?limit=10000`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const received = new Uint8Array(await response.arrayBuffer());
  const [protectedHeader, empty, signature] = (response.headers.get('JWS-Signature') ?? '').split('.');
  expect(empty).toBe('');
  const payload = body ? body(received) : received;
  const jwks = createRemoteJWKSet(new URL(`${API_URL}/api/v1/credentials/jwks`));
  await flattenedVerify({ protected: protectedHeader!, payload, signature: signature! }, jwks, {
    algorithms: ['ES256'],
  });
  return new TextDecoder().decode(received).trim().split('\n');
}

describe('a certificate as a verifiable credential', () => {
  it('is downloaded by its holder, verified by an independent library, checked on the page and revoked', async () => {
    const holder = await certified('Nguyễn Thị Thu Trang');
    const bystander = await certified('Lê Văn Sáu');

    // The holder downloads it from their certificate.
    const { context, page } = await newVisitor(browser, { acceptDownloads: true });
    await logInPage(page, holder.phone);
    await page.goto(`${WEB_URL}/chung-nhan-cua-toi/${holder.code}`);
    await page.getByRole('heading', { name: 'Chứng nhận số (Open Badges 3.0)' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải chứng nhận số (Open Badges 3.0)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`chung-nhan-so-${holder.code}.json`);
    const file = readFileSync((await download.path())!, 'utf8');
    const jwt = JSON.parse(file).id.replace('data:application/vc+jwt,', '');
    expect(jwt).toBe(await credentialJwt(holder.token, holder.code));
    await page.getByRole('button', { name: 'Hiện mã QR chứng nhận số' }).click();
    await page.getByRole('img', { name: /Mã QR chứa chứng nhận số/ }).waitFor();
    await checkPage(page, 'learner-credential');
    await context.close();

    // Anyone: the signature and the status list, with jose alone.
    expect(await independentlyVerified(jwt)).toEqual({ name: 'Nguyễn Thị Thu Trang', revoked: false });

    // The public page checks the file as it was downloaded.
    const visitor = await newVisitor(browser);
    await visitor.page.goto(`${WEB_URL}/chung-nhan`);
    await visitor.page.getByRole('heading', { name: 'Kiểm tra chứng nhận số' }).waitFor();
    await visitor.page.getByLabel('Tệp chứng nhận số').setInputFiles({
      name: `chung-nhan-so-${holder.code}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await visitor.page.getByRole('button', { name: 'Kiểm tra chứng nhận số' }).click();
    await visitor.page.getByText('Chứng nhận số hợp lệ', { exact: true }).waitFor();
    expect(await visitor.page.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Chữ ký số khớp với khóa công khai của đơn vị cấp.')]),
    );
    await checkPage(visitor.page, 'verify-credential');

    // Revoked by the administrator: the bit is set for it alone, and the page says so.
    const admin = await apiLogin(ADMIN, DEMO_PASSWORD);
    await apiCall('POST', `/api/v1/admin/certificates/${holder.code}/revoke`, admin, {
      reason: 'Cấp nhầm do lỗi nhập liệu',
    });
    expect(await independentlyVerified(jwt)).toEqual({ name: 'Nguyễn Thị Thu Trang', revoked: true });
    expect((await independentlyVerified(await credentialJwt(bystander.token, bystander.code))).revoked).toBe(false);

    await visitor.page.getByLabel('Hoặc dán nội dung chứng nhận số').fill(jwt);
    await visitor.page.getByRole('button', { name: 'Kiểm tra chứng nhận số' }).click();
    await visitor.page.getByText('Chứng nhận số đã bị thu hồi', { exact: true }).waitFor();
    await expectAccessible(visitor.page, 'verify-credential-revoked');

    // The national platform's page of results is signed: it verifies with jose alone, and holds the revocation;
    // a byte changed in transit and it does not.
    const lines = await signedFeedPage(admin);
    expect(lines.map((line) => JSON.parse(line) as { credentialId: string; status: string })).toContainEqual(
      expect.objectContaining({ credentialId: holder.code, status: 'REVOKED' }),
    );
    await expect(signedFeedPage(admin, (bytes) => bytes.map((byte, i) => (i === 0 ? byte ^ 1 : byte)))).rejects.toThrow(
      /signature verification failed/,
    );

    // A changed credential is refused with the reason.
    const [header, payload, signature] = jwt.split('.');
    const changed = Buffer.from(
      Buffer.from(payload!, 'base64url').toString('utf8').replace('Nguyễn Thị Thu Trang', 'Nguyễn Thị Thu Trâm'),
    ).toString('base64url');
    await visitor.page.getByLabel('Hoặc dán nội dung chứng nhận số').fill(`${header}.${changed}.${signature}`);
    await visitor.page.getByRole('button', { name: 'Kiểm tra chứng nhận số' }).click();
    await visitor.page.getByText('Chứng nhận số không hợp lệ', { exact: true }).waitFor();
    await visitor.page.getByText(/chứng nhận đã bị sửa đổi sau khi cấp/).waitFor();
    await visitor.context.close();
  });
});
