// One operation's requests: a fast-check arbitrary of "plans" (caller, mutation, parameter values,
// body) and the concrete HTTP request a plan stands for. Plans hold only generated values, so
// fast-check can shrink a failing one down to the smallest request that still fails.
import fc from 'fast-check';
import { Raw, badParameter, hugeRepeats, hugeText, json, odd, outOfRange, text, valid } from './arbitraries.mjs';
import { shorten } from './contract.mjs';

export const MUTATIONS = ['NONE', 'BAD_PARAMETER', 'WRONG_TYPE', 'MISSING_FIELD', 'EXTRA_FIELD', 'ODD_STRING',
  'NUL_BYTES', 'HUGE_STRING', 'OUT_OF_RANGE', 'MALFORMED_JSON', 'WRONG_CONTENT_TYPE'];
const WRITES = ['post', 'put', 'patch', 'delete'];
const WRONG_TYPES = ['text/plain', 'application/xml', 'application/json', 'text/csv', 'application/x-www-form-urlencoded'];
const FILE = 'Họ và tên,Số điện thoại\nNguyễn Thị Hoa,0912345678\n';

/** The mutations that make sense for the operation (the body ones only where there is a body). */
export function mutationsOf(operation) {
  return MUTATIONS.filter((m) => (m === 'NONE') || (m === 'BAD_PARAMETER' ? operation.parameters.length > 0 : operation.bodies.length > 0));
}

/** The arbitrary of plans for one operation; callers are named, the first is the simplest (anonymous). */
export function plans(contract, operation, callerNames) {
  const parameter = (p) => fc.record({
    include: fc.boolean(),
    example: p.example !== undefined ? fc.boolean() : fc.constant(false),
    value: valid(contract, p.schema),
    bad: badParameter(p.in === 'path'),
  });
  const body = (b) => (b.example !== undefined ? fc.oneof(fc.constant(b.example), valid(contract, b.schema)) : valid(contract, b.schema));
  return fc.record({
    caller: fc.constantFrom(...callerNames),
    mutation: fc.constantFrom(...mutationsOf(operation)),
    alternative: fc.nat(), // the mutation a privileged write gets instead of NONE
    parameters: fc.tuple(...operation.parameters.map(parameter)),
    badParameter: fc.nat(),
    bodyType: fc.nat(),
    bodies: fc.tuple(...operation.bodies.map(body)),
    object: fc.nat(), // which object of the body the mutation touches
    field: fc.nat(), // and which of its fields
    odd,
    huge: hugeRepeats,
    outOfRange,
    otherType: fc.nat({ max: 6 }),
    extraField: fc.stringMatching(/^[a-z]{1,8}$/),
    malformed: fc.nat({ max: 3 }),
    wrongType: fc.constantFrom(...WRONG_TYPES),
  });
}

/**
 * The request a plan stands for: { caller, mutation, method, path, headers, body (Buffer|undefined),
 * mustBeRefused }, or null when the plan cannot make a request worth sending (a privileged write
 * needs a mutation, and the operation has none).
 */
export function build(operation, plan, callers) {
  const caller = callers[plan.caller];
  const mustBeRefused = caller.privileged && WRITES.includes(operation.method);
  let { mutation } = plan;
  if (mustBeRefused && mutation === 'NONE') {
    // A privileged caller's write could change what every later request sees: it always carries a
    // mutation, so that it must be refused and write nothing (as in the Java fuzzer before it).
    const others = mutationsOf(operation).filter((m) => m !== 'NONE');
    if (others.length === 0) return null;
    mutation = others[plan.alternative % others.length];
  }
  const headers = { accept: accept(operation) };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  let path = operation.template;
  const query = [];
  const bad = mutation === 'BAD_PARAMETER' ? plan.badParameter % operation.parameters.length : -1;
  operation.parameters.forEach((p, i) => {
    const drawn = plan.parameters[i];
    if (i !== bad && !p.required && p.in !== 'path' && !drawn.include) return;
    const value = i === bad ? drawn.bad : text(drawn.example ? p.example : drawn.value);
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encode(value));
    else if (p.in === 'query') query.push(`${p.name}=${encode(value)}`);
    else if (p.in === 'header') headers[p.name.toLowerCase()] = value.replace(/[^\x20-\x7e]/g, '?'); // what HTTP can carry
  });
  if (query.length) path += `?${query.join('&')}`;
  let body;
  if (operation.bodies.length) {
    ({ body, type: headers['content-type'] } = requestBody(operation, plan, mutation));
    if (headers['content-type'] === undefined) delete headers['content-type'];
  }
  return { caller: plan.caller, mutation, method: operation.method.toUpperCase(), path, headers, body, mustBeRefused };
}

function requestBody(operation, plan, mutation) {
  const index = plan.bodyType % operation.bodies.length;
  const { type } = operation.bodies[index];
  if (mutation === 'WRONG_CONTENT_TYPE') {
    const wrong = WRONG_TYPES.filter((t) => !operation.bodies.some((b) => b.type === t));
    return { type: wrong.includes(plan.wrongType) ? plan.wrongType : wrong[0], body: Buffer.from('{"a":1}') };
  }
  if (!type.includes('json') && !type.includes('form')) { // an uploaded file: bytes of any kind
    const file = mutation === 'NONE' ? FILE : `${plan.odd}\n${plan.odd}`;
    return { type, body: Buffer.from(file, 'utf8') };
  }
  const value = clone(plan.bodies[index]);
  if (mutation === 'MALFORMED_JSON') {
    const whole = type.includes('multipart') ? multipart(value).body.toString('utf8') : json(value);
    const broken = [whole.slice(0, Math.max(1, Math.floor(whole.length / 2))), `${whole}}`, '{"a": nul', plan.odd][plan.malformed];
    const sentType = type.includes('json') ? 'application/json' : type.includes('multipart') ? multipart(value).type : type;
    return { type: sentType, body: Buffer.from(broken, 'utf8') };
  }
  const mutated = mutate(value, mutation, plan);
  if (type.includes('multipart')) return multipart(mutated);
  if (type.includes('form-urlencoded')) {
    const form = new URLSearchParams();
    if (mutated !== null && typeof mutated === 'object' && !Array.isArray(mutated)) {
      for (const [k, v] of Object.entries(mutated)) form.append(k, text(v));
    } else {
      form.append('value', text(mutated));
    }
    return { type, body: Buffer.from(form.toString(), 'utf8') };
  }
  return { type: 'application/json', body: mutated === undefined ? Buffer.alloc(0) : Buffer.from(json(mutated), 'utf8') };
}

/** Applies the mutation to one field of one object inside the body (or to the body itself if it has none). */
function mutate(body, mutation, plan) {
  const objects = [];
  collectObjects(body, objects);
  const replacement = {
    WRONG_TYPE: () => otherType(plan, objects.length ? undefined : body),
    ODD_STRING: () => plan.odd,
    NUL_BYTES: () => 'Nguyễn\u0000Thị Hoa',
    HUGE_STRING: () => hugeText(plan.huge),
    OUT_OF_RANGE: () => plan.outOfRange,
  }[mutation];
  if (mutation === 'NONE' || mutation === 'BAD_PARAMETER') return body;
  if (objects.length === 0) {
    if (mutation === 'EXTRA_FIELD') return { [`fuzz_${plan.extraField}`]: plan.odd };
    if (mutation === 'MISSING_FIELD') return undefined;
    return replacement();
  }
  const target = objects[plan.object % objects.length];
  const fields = Object.keys(target);
  const field = fields.length ? fields[plan.field % fields.length] : 'fuzz';
  switch (mutation) {
    case 'WRONG_TYPE': target[field] = otherType(plan, target[field]); break;
    case 'MISSING_FIELD': delete target[field]; break;
    case 'EXTRA_FIELD': target[`fuzz_${plan.extraField}`] = plan.odd; break;
    default: target[field] = replacement();
  }
  return body;
}

function otherType(plan, value) {
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : v instanceof Raw ? 'number' : typeof v);
  const candidates = [plan.odd, plan.outOfRange, true, [1, 2], { a: 1 }, null, 1.5].filter((c) => kind(c) !== kind(value));
  return candidates[plan.otherType % candidates.length];
}

function collectObjects(node, into) {
  if (node === null || typeof node !== 'object' || node instanceof Raw) return;
  if (!Array.isArray(node)) into.push(node);
  Object.values(node).forEach((child) => collectObjects(child, into));
}

function clone(value) {
  if (value === null || typeof value !== 'object' || value instanceof Raw) return value;
  if (Array.isArray(value)) return value.map(clone);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
}

/** A multipart/form-data body: each field a part, a binary field as a small file. */
function multipart(value) {
  const boundary = 'fuzz-boundary-7MA4YWxkTrZu0gW';
  const parts = [];
  const fields = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [['value', value]];
  for (const [name, field] of fields) {
    const isFile = typeof field === 'string' && name.toLowerCase().includes('file');
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${isFile ? '; filename="fuzz.bin"' : ''}\r\n`
      + `${isFile ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n${text(field)}\r\n`);
  }
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8') };
}

function accept(operation) {
  const success = Object.entries(operation.responses).find(([status, r]) => status.startsWith('2') && Object.keys(r.content).length);
  return `${success ? Object.keys(success[1].content)[0] : 'application/json'}, application/problem+json;q=0.9`;
}

function encode(value) {
  // encodeURIComponent refuses lone surrogates: they go as the UTF-8 of U+FFFD, as a browser sends them
  return encodeURIComponent(value.toWellFormed());
}

/** The request as a curl command line (the token named by its caller, long bodies shortened). */
export function curl(base, request) {
  const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;
  const parts = [`curl -sS -X ${request.method} ${quote(base + request.path)}`];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push(`-H ${quote(`${name}: ${name === 'authorization' ? `Bearer $${request.caller.toUpperCase().replaceAll(' ', '_')}_TOKEN` : value}`)}`);
  }
  if (request.body !== undefined) {
    const body = request.body.toString('utf8');
    // bash's $'…' quoting reads the escapes JSON writes (\n, \t, \uXXXX)
    parts.push(`--data-binary $'${shorten(JSON.stringify(body).slice(1, -1).replaceAll("'", "\\'"), 400)}'`);
  }
  return `${parts.join(' ')}   # as ${request.caller}, ${request.mutation}`;
}
