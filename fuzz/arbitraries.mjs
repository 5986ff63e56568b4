// fast-check arbitraries derived from the contract's schemas: valid values (the contract's examples
// half of the time, so that ids reach the seeded course and units) and the hostile ones the fuzzer
// mixes into requests (wrong type, odd Unicode, NUL bytes, huge strings, numbers out of range).
import fc from 'fast-check';

/** A number written as it is (JSON.stringify cannot write 9223372036854775808 or 1e999 exactly). */
export class Raw {
  constructor(text) {
    this.text = text;
  }
}

/** JSON text of a value that may hold Raw numbers. */
export function json(value) {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(json).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A parameter's or form field's value as text. */
export function text(value) {
  if (value instanceof Raw) return value.text;
  return value !== null && typeof value === 'object' ? json(value) : String(value);
}

const PLAIN = [...'abcdefghijklmnopqrstuvwxyzăâđêôơưạảãàáệếềểễọốồổỗ '];
export const ODD_STRINGS = ['\u0000', 'a\u0000b', '\uFEFF', 'Tie\u0302\u0301ng Vie\u0323t', '\u202Eabc', '😀👍🏽', '\uD800',
  '\uDFFFx', "'; DROP TABLE app_user; --", '<script>alert(1)</script>', '%s%n%x', '../../etc/passwd', ' ', '=1+2',
  '\t=HYPERLINK()', '\u00a0\u2028\u2029', 'null', 'true', '-0', '1e999', '\uFF1D1+1', '\u0301\u0323', '\r\n', '\\u0000',
  '{}', '[]'];
const OUT_OF_RANGE = ['-1', '0', '2147483648', '-2147483649', '9223372036854775807', '-9223372036854775808',
  '9223372036854775808', '100001', '1000000000000', '1e999', '-1e999', '1.5', '0.0000001'];

/** A hostile string: a known troublemaker, or code points of any plane and category. */
export const odd = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0x1f }), // control characters
      fc.integer({ min: 0x300, max: 0x36f }), // combining marks
      fc.integer({ min: 0x1f300, max: 0x1f5ff }), // emoji, outside the BMP
    ).map((c) => String.fromCodePoint(c)),
    minLength: 1,
    maxLength: 30,
  }),
);

/** A number out of any field's range, written as it would arrive. */
export const outOfRange = fc.oneof(
  fc.constantFrom(...OUT_OF_RANGE).map((t) => new Raw(t)),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => new Raw(String(n))),
);

/**
 * A string far past any field's limit: 15 kB to 300 kB of Vietnamese (past the 256 kB body limit too).
 * Drawn as its number of repeats and written out only when sent: plans stay small to generate and print.
 */
export const hugeRepeats = fc.integer({ min: 1_000, max: 20_000 });
export const hugeText = (repeats) => 'Nguyễn Thị Hoa '.repeat(repeats);

/** A value of another JSON type than `value`'s. */
export function otherType(value) {
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : v instanceof Raw ? 'number' : typeof v);
  const others = [
    ['string', odd], ['number', outOfRange], ['boolean', fc.constant(true)], ['array', fc.constant([1, 2])],
    ['object', fc.constant({ a: 1 })], ['null', fc.constant(null)], ['number', fc.constant(1.5)],
  ].filter(([k]) => k !== kind(value)).map(([, arb]) => arb);
  return fc.oneof(...others);
}

/** A parameter value that is not of its type; in a path never empty nor a dot segment. */
export function badParameter(inPath) {
  return fc.oneof(
    fc.constantFrom('{}', '[1,2]', '1.5', 'a\u0000b', 'not-a-uuid', 'TRUE_ISH', '-1', '0', '9223372036854775808'),
    outOfRange.map((r) => r.text),
    odd,
    fc.constant(hugeText(14).slice(0, 200)),
  ).map((t) => (inPath && (t.trim() === '' || /^\.+$/.test(t)) ? `x${t}` : t));
}

/** Values that follow the schema (its example half of the time). */
export function valid(contract, raw, depth = 0) {
  const schema = contract.resolve(raw);
  if (!schema) return fc.constant('x');
  const generated = generate(contract, schema, depth);
  return schema.example !== undefined ? fc.oneof(fc.constant(schema.example), generated) : generated;
}

function generate(contract, schema, depth) {
  if (schema.enum) {
    const values = schema.enum.filter((v) => v !== null);
    return fc.constantFrom(...values);
  }
  for (const choice of ['oneOf', 'anyOf']) {
    if (schema[choice]) return fc.oneof(...schema[choice].map((s) => valid(contract, s, depth)));
  }
  const type = schema.type ?? (schema.properties ? 'object' : 'string');
  switch (type) {
    case 'object': {
      const model = {};
      const required = new Set(schema.required ?? []);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const resolved = contract.resolve(property);
        if (resolved.readOnly) continue;
        if (depth >= 3 && !required.has(name)) continue;
        model[name] = valid(contract, resolved, depth + 1);
      }
      return fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = depth > 3 ? minLength : Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(valid(contract, schema.items, depth + 1), { minLength, maxLength });
    }
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? Math.max(min, 1000);
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? Math.max(min, 1000);
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    default:
      return string(schema);
  }
}

const DAY = 86_400_000;
const FROM = Date.UTC(2026, 0, 1);

function string(schema) {
  switch (schema.format) {
    case 'uuid': return fc.uuid({ version: 4 });
    case 'date': return fc.integer({ min: 0, max: 364 }).map((d) => new Date(FROM + d * DAY).toISOString().slice(0, 10));
    case 'date-time': return fc.integer({ min: 0, max: 31_000_000 }).map((s) => new Date(FROM + s * 1000).toISOString());
    case 'email': return fc.integer({ min: 0, max: 999_999 }).map((n) => `fuzz${n}@example.invalid`);
    case 'uri': case 'url': return fc.integer({ min: 0, max: 999 }).map((n) => `https://fuzz.example.invalid/${n}`);
    default: break;
  }
  const min = schema.minLength ?? 1;
  const max = Math.max(min, Math.min(schema.maxLength ?? 24, 24));
  if (schema.pattern) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
  }
  return fc.string({ unit: fc.constantFrom(...PLAIN), minLength: 1, maxLength: 24 }).map((s) => {
    let value = s.trim() === '' ? 'hoa' : s;
    while (value.length < min) value += value;
    return value.slice(0, max);
  });
}
