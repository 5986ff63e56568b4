// openapi.yaml as the fuzzer reads it: its operations, and a check of an answer against what the
// operation declares (status, media type, problem+json for errors, the body's schema, closed).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const SCHEMAS = '#/components/schemas/';

export class Contract {
  constructor(file) {
    this.doc = parse(readFileSync(file, 'utf8'));
    // OpenAPI 3.0 schemas are not JSON Schema: nullable, example, and (for this contract) closed
    // objects. The components are converted once into one JSON Schema document the answers refer to.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    const definitions = {};
    for (const [name, schema] of Object.entries(this.doc.components?.schemas ?? {})) {
      definitions[name] = toJsonSchema(schema);
    }
    this.ajv.addSchema({ $id: 'contract', definitions });
    this.validators = new Map();
  }

  /** The node a $ref points to, followed until it is not one. */
  resolve(node) {
    let current = node;
    while (current && current.$ref) {
      current = current.$ref.slice(2).split('/')
        .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce((object, key) => object?.[key], this.doc);
    }
    return current;
  }

  /** Every operation: where, its parameters, its request bodies by media type, its answers by status. */
  operations() {
    const operations = [];
    for (const [template, item] of Object.entries(this.doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => this.resolve(p));
        const requestBody = this.resolve(op.requestBody);
        const bodies = Object.entries(requestBody?.content ?? {}).map(([type, media]) => ({
          type,
          schema: media.schema,
          example: media.example,
        }));
        const responses = {};
        for (const [status, ref] of Object.entries(op.responses ?? {})) {
          const response = this.resolve(ref);
          responses[status] = {
            content: Object.fromEntries(Object.entries(response.content ?? {}).map(([type, media]) => [type, media.schema])),
            headers: Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()),
          };
        }
        const security = op.security ?? this.doc.security ?? [];
        operations.push({
          id: op.operationId, method, template, parameters, bodies, responses,
          anonymous: security.length === 0 || security.some((s) => Object.keys(s).length === 0),
        });
      }
    }
    return operations;
  }

  /**
   * What is wrong with an answer to the operation, or null if it keeps the contract:
   * { status, headers (lower-case names), body (Buffer) }.
   */
  check(operation, answer) {
    const { status } = answer;
    if (status >= 500) return `${status} (a server error) ${shorten(answer.body.toString('utf8'))}`;
    const declared = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`]
      ?? operation.responses.default;
    if (!declared) {
      return `${status}, a status the operation does not declare (it declares ${Object.keys(operation.responses).join(', ')}) `
        + shorten(answer.body.toString('utf8'));
    }
    const type = (answer.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const types = Object.keys(declared.content);
    const media = types.find((t) => t === type || t === '*/*' || (t.endsWith('/*') && type.startsWith(t.slice(0, -1))));
    // Every error is problem+json, save where the contract names another type for it (the OAuth token
    // endpoint's RFC 6749 errors are application/json).
    if (status >= 400 && !(media && type)) {
      return `${status} as '${type || 'no content type'}', not application/problem+json: ${shorten(answer.body.toString('utf8'))}`;
    }
    if (declared.headers.includes('retry-after') && answer.headers['retry-after'] === undefined) {
      return `${status} without the Retry-After header its contract promises`;
    }
    if (types.length === 0) {
      return answer.body.length === 0 ? null
        : `${status} with a body (${type}) where the contract declares none: ${shorten(answer.body.toString('utf8'))}`;
    }
    if (!media) return `${status} as '${type}', not one of the declared ${types.join(', ')}`;
    if (!/[/+]json$/.test(media)) return null; // a file: its type was the promise
    let body;
    try {
      body = JSON.parse(answer.body.toString('utf8'));
    } catch {
      return `${status} ${type} that is not JSON: ${shorten(answer.body.toString('utf8'))}`;
    }
    const schema = declared.content[media];
    if (!schema) return null;
    const validate = this.validator(`${operation.id} ${status} ${media}`, schema);
    if (validate(body)) return null;
    const errors = validate.errors.slice(0, 5)
      .map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ''}`);
    return `${status} ${type} breaking its schema: ${errors.join('; ')}: ${shorten(JSON.stringify(body))}`;
  }

  validator(key, schema) {
    if (!this.validators.has(key)) this.validators.set(key, this.ajv.compile(toJsonSchema(schema)));
    return this.validators.get(key);
  }
}

/**
 * An OpenAPI 3.0 schema as JSON Schema: `nullable` as a null type (and null in an enum), references
 * into the converted components, and every object schema that does not say otherwise closed
 * (`additionalProperties: false`), as the Java tests' validator reads the contract.
 */
export function toJsonSchema(schema) {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  if (schema.$ref) {
    const ref = schema.$ref.startsWith(SCHEMAS) ? `contract#/definitions/${schema.$ref.slice(SCHEMAS.length)}` : schema.$ref;
    return schema.nullable ? { anyOf: [{ $ref: ref }, { type: 'null' }] } : { $ref: ref };
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples' || key === 'nullable' || key === 'xml' || key === 'externalDocs') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toJsonSchema(s)]));
    } else if (key === 'enum' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (schema.nullable) {
    if (out.type) out.type = [out.type, 'null'];
    if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  const isObject = out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object')) || out.properties;
  if (isObject && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

export function shorten(text, max = 300) {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} characters)` : text;
}
