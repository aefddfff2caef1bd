/**
 * Compares what lib/api relies on (ENDPOINTS) with an OpenAPI 3.x document and lists every path,
 * method, query parameter, request field and response field the document lacks or types
 * differently. Pure: the CLI (scripts/contract.ts) reads the document and prints the findings.
 */
import { ENDPOINTS, type EndpointContract, type FieldType } from './endpoints';

export interface ContractFinding {
  endpoint: string;
  where: 'operation' | 'query' | 'request' | 'response';
  field?: string;
  problem: 'missing' | 'type';
  expected?: FieldType;
  actual?: string;
  /** The field is one we read when present; its absence degrades, it does not break. */
  optional: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(doc: Json, node: unknown, depth = 0): Json {
  if (!isObject(node) || depth > 32) return {};
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#/')) return {};
  let target: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return resolve(doc, target, depth + 1);
}

/** Properties of a schema, merged across allOf/oneOf/anyOf (a field in any branch counts). */
function properties(doc: Json, schema: Json, depth = 0): Map<string, Json> {
  const out = new Map<string, Json>();
  if (depth > 16) return out;
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) out.set(name, resolve(doc, sub));
  }
  for (const combinator of ['allOf', 'oneOf', 'anyOf'] as const) {
    const branches = schema[combinator];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      for (const [name, sub] of properties(doc, resolve(doc, branch), depth + 1)) if (!out.has(name)) out.set(name, sub);
    }
  }
  return out;
}

function typesOf(doc: Json, schema: Json, depth = 0): Set<string> {
  const types = new Set<string>();
  if (Array.isArray(schema.type)) {
    for (const t of schema.type) if (typeof t === 'string') types.add(t);
  } else if (typeof schema.type === 'string') types.add(schema.type);
  if (depth < 16) {
    for (const combinator of ['allOf', 'oneOf', 'anyOf'] as const) {
      const branches = schema[combinator];
      if (Array.isArray(branches)) for (const b of branches) for (const t of typesOf(doc, resolve(doc, b), depth + 1)) types.add(t);
    }
  }
  if (types.size === 0 && (schema.properties || schema.additionalProperties)) types.add('object');
  if (types.size === 0 && schema.items) types.add('array');
  types.delete('null');
  return types;
}

function compatible(expected: FieldType, actual: Set<string>): boolean {
  if (actual.size === 0) return true; // an untyped schema accepts anything
  if (actual.has(expected)) return true;
  return (expected === 'number' && actual.has('integer')) || (expected === 'integer' && actual.has('number'));
}

/** Finds `a.b`, `data[].x` in a schema; undefined when absent. */
function lookup(doc: Json, root: Json, path: string): Json | undefined {
  let node: Json | undefined = root;
  for (const segment of path.split('.')) {
    if (!node) return undefined;
    const isArray = segment.endsWith('[]');
    const name = isArray ? segment.slice(0, -2) : segment;
    const prop: Json | undefined = properties(doc, node).get(name);
    if (!prop) return undefined;
    node = isArray ? resolve(doc, prop.items) : prop;
  }
  return node;
}

function checkFields(
  doc: Json,
  schema: Json | undefined,
  fields: Record<string, FieldType>,
  base: Omit<ContractFinding, 'field' | 'problem' | 'optional'>,
): ContractFinding[] {
  const findings: ContractFinding[] = [];
  for (const [spec, expected] of Object.entries(fields)) {
    const optional = spec.endsWith('?');
    const alternatives = spec.replace(/\?$/, '').split('|');
    const found = alternatives.map((alt) => lookup(doc, schema ?? {}, alt)).find((f) => f !== undefined);
    const field = alternatives.join(' or ');
    if (!found) findings.push({ ...base, field, problem: 'missing', expected, optional });
    else if (!compatible(expected, typesOf(doc, found))) {
      findings.push({ ...base, field, problem: 'type', expected, actual: [...typesOf(doc, found)].join('|'), optional });
    }
  }
  return findings;
}

const templateKey = (path: string) => path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';

/** The doc's paths keyed without parameter names and without the servers' base path. */
function pathIndex(doc: Json): Map<string, Json> {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const serverUrl = isObject(servers[0]) && typeof servers[0].url === 'string' ? servers[0].url : '';
  const basePath = new URL(serverUrl, 'http://base.invalid').pathname.replace(/\/+$/, '');
  const index = new Map<string, Json>();
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const relative = basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path;
    index.set(templateKey(relative), item);
  }
  return index;
}

function jsonSchemaOf(doc: Json, holder: unknown): Json | undefined {
  const content = resolve(doc, holder).content;
  if (!isObject(content)) return undefined;
  const media = Object.entries(content).find(([type]) => type.includes('json'))?.[1];
  return isObject(media) ? resolve(doc, media.schema) : undefined;
}

export function checkContract(doc: unknown, endpoints: Record<string, EndpointContract> = ENDPOINTS): ContractFinding[] {
  if (!isObject(doc)) throw new Error('The OpenAPI document is not a JSON object.');
  const index = pathIndex(doc);
  const findings: ContractFinding[] = [];
  for (const contract of Object.values(endpoints)) {
    const endpoint = `${contract.method} ${contract.path}`;
    const item = index.get(templateKey(contract.path));
    const operation = item ? resolve(doc, item[contract.method.toLowerCase()]) : undefined;
    if (!item || !operation || Object.keys(operation).length === 0) {
      findings.push({ endpoint, where: 'operation', problem: 'missing', optional: false });
      continue;
    }
    const parameters = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(operation.parameters) ? operation.parameters : [])].map(
      (p) => resolve(doc, p),
    );
    for (const [name, expected] of Object.entries(contract.query ?? {})) {
      const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
      if (!parameter) findings.push({ endpoint, where: 'query', field: name, problem: 'missing', expected, optional: false });
      else if (!compatible(expected, typesOf(doc, resolve(doc, parameter.schema)))) {
        findings.push({
          endpoint,
          where: 'query',
          field: name,
          problem: 'type',
          expected,
          actual: [...typesOf(doc, resolve(doc, parameter.schema))].join('|'),
          optional: false,
        });
      }
    }
    if (contract.request) findings.push(...checkFields(doc, jsonSchemaOf(doc, operation.requestBody), contract.request, { endpoint, where: 'request' }));
    const responses = isObject(operation.responses) ? operation.responses : {};
    const success = Object.entries(responses)
      .filter(([code]) => /^2\d\d$|^2XX$/i.test(code))
      .map(([, r]) => jsonSchemaOf(doc, r))
      .find(Boolean);
    findings.push(...checkFields(doc, success, contract.response, { endpoint, where: 'response' }));
  }
  return findings;
}

/** The report `npm run contract` prints for developers (in English, like the rest of the tooling). */
export function formatFindings(findings: ContractFinding[]): string {
  // ui-literal: not user-facing (a developer CLI report)
  if (findings.length === 0) return 'No differences: the document has every path, method and field Sume Capture relies on.';
  const lines = findings.map((f) => {
    // ui-literal: not user-facing (a developer CLI report)
    const what = f.where === 'operation' ? 'operation' : `${f.where} field "${f.field}"`;
    // ui-literal: not user-facing (a developer CLI report)
    const problem = f.problem === 'missing' ? 'is missing' : `is ${f.actual || 'untyped'}, expected ${f.expected}`;
    return `${f.optional ? '  (optional) ' : '  '}${f.endpoint}: ${what} ${problem}`;
  });
  const required = findings.filter((f) => !f.optional).length;
  // ui-literal: not user-facing (a developer CLI report)
  return [`${findings.length} difference(s), ${required} that would break Sume Capture:`, ...lines].join('\n');
}
