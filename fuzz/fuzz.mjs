// The contract fuzzer (make test-fuzz; scripts/fuzz.sh starts the packaged API it runs against).
//
// For every operation of openapi.yaml, fast-check draws requests from the operation's own schemas:
// valid ones and ones with a wrong type, a missing or an extra field, odd Unicode, NUL bytes, a huge
// string, a number out of range, malformed JSON, the wrong content type, or a malformed path, query or
// header parameter; sent as every kind of caller (anonymous, a learner, the manager of unit 21211, an
// administrator, a service account with every scope) over real HTTP. A run fails on any 5xx, any
// status the operation does not declare, any error that is not problem+json, any answer breaking its
// schema (closed: a field the contract does not name fails) and any request not answered within 20 s.
// The first failing request of an operation is shrunk by fast-check to the smallest one that still
// fails, and printed as a curl command with the line that replays it.
//
// Settings (environment): FUZZ_API_URL (default http://127.0.0.1:18090), FUZZ_SEED (the run's seed;
// printed first), FUZZ_RUNS (requests per operation, default 30), FUZZ_OPERATION (one operationId
// alone), FUZZ_PATH (fast-check's path of a counterexample, to replay it exactly), FUZZ_SHRINK_SECONDS
// (time given to shrinking one failure, default 30), FUZZ_JWT_KEY (default ../.secrets/jwt/private.pem).
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { callers as makeCallers } from './callers.mjs';
import { Contract } from './contract.mjs';
import { close, send } from './http.mjs';
import { build, curl, plans } from './requests.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const env = process.env;
const base = env.FUZZ_API_URL ?? 'http://127.0.0.1:18090';
const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : randomInt(2 ** 31);
const runs = Number(env.FUZZ_RUNS ?? 30);
const only = env.FUZZ_OPERATION ?? '';
const shrinkSeconds = Number(env.FUZZ_SHRINK_SECONDS ?? 30);

/** Each operation draws from its own seed, so FUZZ_OPERATION replays one alone with the run's seed. */
function seedOf(operationId) {
  let hash = 0;
  for (const c of operationId) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  return (seed ^ hash) | 0;
}

async function main() {
  console.log(`fuzz: seed ${seed} (replay with FUZZ_SEED=${seed}), ${runs} requests per operation, against ${base}`);
  const contract = new Contract(env.FUZZ_CONTRACT ?? here('../openapi.yaml'));
  const operations = contract.operations().filter((o) => !only || o.id === only);
  if (operations.length === 0) throw new Error(`no operation '${only}' in the contract`);
  const callers = await makeCallers(base, env.FUZZ_JWT_KEY ?? here('../.secrets/jwt/private.pem'));
  const names = Object.keys(callers);
  const started = Date.now();
  const failures = [];
  const accepted = []; // privileged writes that carried a mutation and were taken anyway: reported, not failed
  const unsent = [];
  let sent = 0;
  for (const operation of operations) {
    let shrinkUntil = 0;
    let last;
    const property = fc.asyncProperty(plans(contract, operation, names), async (plan) => {
      // Once the first failure is found, shrinking gets a time budget: past it every smaller candidate
      // "passes" without being sent, so fast-check ends with the smallest failing request found so far.
      if (shrinkUntil && Date.now() > shrinkUntil) return true;
      const request = build(operation, plan, callers);
      if (!request) return true;
      const answer = await send(base, request);
      sent++;
      if (answer.unsent) {
        unsent.push(`${operation.id}: ${answer.unsent}: ${curl(base, request)}`);
        return true;
      }
      const failure = answer.error ?? contract.check(operation, answer);
      if (failure) {
        shrinkUntil ||= Date.now() + shrinkSeconds * 1000;
        last = { request, failure };
        throw new Error(failure);
      }
      if (request.mustBeRefused && answer.status < 300) {
        accepted.push(`${operation.id}: ${answer.status} ${curl(base, request)}`);
      }
      return true;
    });
    const details = await fc.check(property, { seed: seedOf(operation.id), numRuns: runs, path: env.FUZZ_PATH || undefined });
    if (details.failed) {
      // the counterexample is the smallest plan; send it once more to print its request and answer
      const request = build(operation, details.counterexample[0], callers);
      const answer = request ? await send(base, request) : undefined;
      const failure = answer ? (answer.error ?? contract.check(operation, answer)) : undefined;
      const shown = failure ? { request, failure } : last;
      failures.push(operation.id);
      console.log(`\nFAIL ${operation.id} (${operation.method.toUpperCase()} ${operation.template})`
        + `\n  ${curl(base, shown.request)}\n  → ${shown.failure}`
        + `\n  replay: FUZZ_SEED=${seed} FUZZ_OPERATION=${operation.id} FUZZ_PATH=${details.counterexamplePath} make test-fuzz`
        + ` (shrunk in ${details.numShrinks} steps${failure ? '' : '; the smallest request passed when sent again: the larger one above failed'})`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (accepted.length) {
    console.log(`\nfuzz: ${accepted.length} mutated writes by privileged callers were accepted (the contract allows it; listed for review):`);
    accepted.slice(0, 20).forEach((a) => console.log(`  ${a}`));
  }
  if (unsent.length) console.log(`\nfuzz: ${unsent.length} requests Node could not build (not sent): ${unsent.slice(0, 3).join(' | ')}`);
  console.log(`\nfuzz: ${sent} requests to ${operations.length} operations in ${seconds} s, seed ${seed}`);
  console.log(`fuzz: ${operations.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) console.log(`fuzz: failing operations: ${failures.join(', ')} (replay with FUZZ_SEED=${seed})`);
  close();
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(`fuzz: ${e.stack ?? e}`);
  close();
  process.exitCode = 2;
});
