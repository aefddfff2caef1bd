import type { OpenApiDocument, SchemaOrRef } from './openapi/types';

/**
 * A deliberately small JSON Schema checker for the subset openapi/ uses, so tests can prove
 * that live responses match the published document. Returns human-readable problems.
 */

function resolve(doc: OpenApiDocument, schema: SchemaOrRef): Exclude<SchemaOrRef, { $ref: string }> {
  if (!('$ref' in schema)) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components.schemas[name];
  if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
  return target;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function check(doc: OpenApiDocument, schemaOrRef: SchemaOrRef, value: unknown, at = '$'): string[] {
  const schema = resolve(doc, schemaOrRef);
  if (schema.anyOf) {
    const fits = schema.anyOf.some((option) => check(doc, option, value, at).length === 0);
    return fits ? [] : [`${at}: matches none of anyOf`];
  }
  const problems: string[] = [];
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!allowed.includes(actual as never) && !(actual === 'integer' && allowed.includes('number'))) {
      return [`${at}: expected ${allowed.join('|')}, got ${actual}`];
    }
  }
  if (schema.const !== undefined && value !== schema.const) problems.push(`${at}: expected ${String(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value as never)) problems.push(`${at}: ${String(value)} not in enum`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => {
      problems.push(...check(doc, schema.items as SchemaOrRef, item, `${at}[${i}]`));
    });
  }
  if (typeOf(value) === 'object' && schema.properties) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${at}.${name}: missing`);
    for (const [name, item] of Object.entries(record)) {
      const property = schema.properties[name];
      if (property) problems.push(...check(doc, property, item, `${at}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${name}: not in the schema`);
    }
  }
  return problems;
}
