// An access token signed like the API's own (RS256 with the development key of scripts/keys.sh), for the
// load drivers that act as learners.
import { createSign } from 'node:crypto';

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function learnerToken(key, userId) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT' });
  const body = b64({ iss: 'https://hocvuso.quangngai.gov.vn', aud: 'hocvuso-api', sub: userId, upn: userId,
    groups: ['LEARNER'], iat: now, exp: now + 3600 });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
  return `${head}.${body}.${signature}`;
}
