// The five kinds of caller the fuzzer sends requests as. Tokens of staff are signed with the
// development key in .secrets/jwt, as the API's own tests sign them (Tokens.java); the learner and the
// service account are made through the API itself, as a person and an integrator get theirs.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT, importPKCS8 } from 'jose';
import { send } from './http.mjs';

const ISSUER = process.env.FUZZ_JWT_ISSUER ?? 'https://hocvuso.quangngai.gov.vn';
const AUDIENCE = 'hocvuso-api';
export const PASSWORD = 'Hoc-vu-so-2026!';

async function signer(keyFile) {
  const key = await importPKCS8(readFileSync(keyFile, 'utf8'), 'RS256');
  return (groups, units = []) => {
    const subject = randomUUID();
    return new SignJWT({ upn: subject, groups, units, agencies: [] })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer(ISSUER).setAudience(AUDIENCE).setSubject(subject).setJti(randomUUID())
      .setIssuedAt().setExpirationTime('1h')
      .sign(key);
  };
}

async function call(base, method, path, body, headers = {}) {
  const json = typeof body === 'string' ? undefined : body;
  const answer = await send(base, {
    method, path,
    headers: { accept: 'application/json', 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded', ...headers },
    body: Buffer.from(json ? JSON.stringify(json) : body, 'utf8'),
  });
  if (answer.error || answer.status >= 300) {
    throw new Error(`${method} ${path} for the fuzzer's callers: ${answer.error ?? `${answer.status} ${answer.body}`}`);
  }
  return JSON.parse(answer.body.toString('utf8'));
}

/** name → { token (undefined for anonymous), privileged }; the names in the order fast-check shrinks to. */
export async function callers(base, keyFile) {
  const sign = await signer(keyFile);
  const phone = `097${String(Date.now() % 10_000_000).padStart(7, '0')}`;
  await call(base, 'POST', '/api/v1/auth/register',
    { fullName: 'Nguyễn Thị Hoa', phone, password: PASSWORD, learnerGroup: 'CITIZEN', unitCode: '21211' });
  const learner = (await call(base, 'POST', '/api/v1/auth/login', { login: phone, password: PASSWORD })).accessToken;
  const admin = await sign(['LEARNER', 'ADMIN']);
  const account = await call(base, 'POST', '/api/v1/admin/service-accounts', {
    name: `Hệ thống thử của fuzzer ${Date.now()}`, scopes: ['stats:read', 'rosters:write', 'webhooks:manage', 'denominators:write'],
    unitCodes: [], agencyIds: [],
  }, { authorization: `Bearer ${admin}` });
  const service = (await call(base, 'POST', '/api/v1/auth/token', new URLSearchParams({
    grant_type: 'client_credentials', client_id: account.clientId, client_secret: account.clientSecret,
  }).toString())).access_token;
  return {
    anonymous: { token: undefined, privileged: false },
    learner: { token: learner, privileged: false },
    'unit manager': { token: await sign(['LEARNER', 'UNIT_MANAGER'], ['21211']), privileged: true },
    admin: { token: admin, privileged: true },
    'service account': { token: service, privileged: true },
  };
}
