import type { z } from 'zod';
import type { SandboxContext } from './context';
import { ApiError } from './errors';

/** Reads a JSON request body the way the real API would: JSON content type, valid JSON, valid shape. */

function isJsonContentType(header: string | undefined): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** Returns the parsed body as the client sent it (idempotency fingerprints use this) and the validated data. */
export async function readJson<S extends z.ZodType>(c: SandboxContext, schema: S): Promise<{ raw: unknown; data: z.infer<S> }> {
  if (!isJsonContentType(c.req.header('content-type'))) {
    throw new ApiError(400, 'invalid_request', 'Send the request body as JSON with `Content-Type: application/json`.');
  }
  const text = await c.req.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_request', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new ApiError(400, 'invalid_request', 'The request body has missing or invalid fields.', { issues });
  }
  return { raw, data: parsed.data };
}

/** For control routes whose body is optional: an empty body reads as `{}`. */
export async function readOptionalJson<S extends z.ZodType>(c: SandboxContext, schema: S): Promise<z.infer<S>> {
  const length = c.req.header('content-length');
  const chunked = c.req.header('transfer-encoding');
  if ((length === undefined || length === '0') && !chunked) {
    const parsed = schema.safeParse({});
    if (parsed.success) return parsed.data;
  }
  return (await readJson(c, schema)).data;
}
