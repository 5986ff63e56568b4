// The fuzzer's own checks, run before it (node --test): that its verdicts can fail, on answers whose
// fault is known, and that a privileged caller's write always carries a mutation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Contract } from './contract.mjs';
import { build, plans } from './requests.mjs';

const contract = new Contract(fileURLToPath(new URL('../openapi.yaml', import.meta.url)));
const operation = (id) => contract.operations().find((o) => o.id === id);
const answer = (status, type, body, headers = {}) => ({
  status, headers: { 'content-type': type, ...headers }, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
});
const unit = () => structuredClone(contract.doc.paths['/api/v1/units/{code}'].get.responses['200'].content['application/json'].example);
const problem = (status, code) => ({ type: `https://hocvuso.quangngai.gov.vn/problems/${code}`, title: 'x', status, code, detail: 'x' });

test('the contract\'s own example keeps the contract', () => {
  assert.equal(contract.check(operation('getUnit'), answer(200, 'application/json', unit())), null);
  assert.equal(contract.check(operation('getUnit'), answer(200, 'application/json', { ...unit(), population: null })), null);
});

test('an answer breaking its schema fails: a field the contract does not name, a wrong type, a missing field', () => {
  assert.match(contract.check(operation('getUnit'), answer(200, 'application/json', { ...unit(), secret: 1 })), /additional properties 'secret'/);
  assert.match(contract.check(operation('getUnit'), answer(200, 'application/json', { ...unit(), population: 'many' })), /population/);
  const { name, ...nameless } = unit();
  assert.ok(name);
  assert.match(contract.check(operation('getUnit'), answer(200, 'application/json', nameless)), /required property 'name'/);
});

test('a server error, an undeclared status and an error that is not problem+json fail', () => {
  assert.match(contract.check(operation('getUnit'), answer(500, 'application/problem+json', problem(500, 'internal_error'))), /server error/);
  assert.match(contract.check(operation('getUnit'), answer(409, 'application/problem+json', problem(409, 'conflict'))), /does not declare/);
  assert.match(contract.check(operation('getUnit'), answer(404, 'text/html', '<h1>Not found</h1>')), /not application\/problem\+json/);
  assert.equal(contract.check(operation('getUnit'), answer(404, 'application/problem+json', problem(404, 'unit_not_found'))), null);
  const tooMany = { ...problem(429, 'too_many_requests'), retryAfterSeconds: 60 };
  assert.match(contract.check(operation('issueClientToken'), answer(429, 'application/problem+json', tooMany)), /Retry-After/);
  assert.equal(contract.check(operation('issueClientToken'), answer(429, 'application/problem+json', tooMany, { 'retry-after': '60' })), null);
});

test('the token endpoint\'s RFC 6749 errors are the application/json the contract declares for them', () => {
  const refused = { error: 'invalid_client', error_description: 'Sai client_id hoặc client_secret.' };
  assert.equal(contract.check(operation('issueClientToken'), answer(401, 'application/json', refused)), null);
  assert.match(contract.check(operation('issueClientToken'), answer(401, 'text/plain', 'no')), /not application\/problem\+json/);
});

test('a privileged caller\'s write always carries a mutation; an anonymous one may be valid', () => {
  const callers = { anonymous: { privileged: false }, admin: { token: 't', privileged: true } };
  const create = operation('adminCreateCourse');
  fc.assert(fc.property(plans(contract, create, ['admin']), (plan) => build(create, plan, callers).mutation !== 'NONE'), { numRuns: 200 });
  const mutations = fc.sample(plans(contract, create, ['anonymous']), { numRuns: 200, seed: 1 }).map((p) => build(create, p, callers).mutation);
  assert.ok(mutations.includes('NONE'));
});
