import type { Schema, SchemaOrRef } from './types';

/** Small constructors that keep the schema files readable. */

export const str = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
export const dateTime = (): Schema => ({ type: 'string', format: 'date-time' });
export const uri = (): Schema => ({ type: 'string', format: 'uri' });
export const int = (description?: string): Schema => ({ type: 'integer', ...(description ? { description } : {}) });
export const num = (): Schema => ({ type: 'number' });
export const bool = (): Schema => ({ type: 'boolean' });
export const oneOfStrings = (...values: string[]): Schema => ({ type: 'string', enum: values });
export const orNull = (schema: Schema): Schema => ({
  ...schema,
  type: [...(Array.isArray(schema.type) ? schema.type : [schema.type ?? 'string']), 'null'],
});
export const arr = (items: SchemaOrRef): Schema => ({ type: 'array', items });

/** Every listed property is required unless named in `optional`. */
export function obj(properties: Record<string, SchemaOrRef>, optional: string[] = [], extra = false): Schema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((name) => !optional.includes(name)),
    additionalProperties: extra,
  };
}
