import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { openApiDocument } from './openapi';
import type { OpenApiDocument, Schema, SchemaOrRef } from './openapi/types';
import { DEFAULT_OPTIONS } from './options';
import { check } from './schema-check';
import { createState } from './store';
import { TIKTOK_URL, useSandbox, type Reply } from './test-helpers';

const { client } = useSandbox();

/** `/api/v1/jobs/:jobId` → `/jobs/{jobId}`, as the document writes it. */
const toDocPath = (route: string) => route.replace(/^\/api\/v1/, '').replace(/:([A-Za-z]+)/g, '{$1}');

function servedApiRoutes(): string[] {
  const app = createApp(createState({ ...DEFAULT_OPTIONS, dataDir: '/nonexistent' }));
  const routes = app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/'))
    .map((route) => `${route.method} ${toDocPath(route.path)}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

function* schemasIn(schema: SchemaOrRef): Generator<Schema> {
  if ('$ref' in schema) return;
  yield schema;
  for (const child of [...Object.values(schema.properties ?? {}), ...(schema.anyOf ?? []), ...(schema.items ? [schema.items] : [])]) {
    yield* schemasIn(child);
  }
}

describe('OpenAPI document', () => {
  it('lists exactly the routes the app serves (no drift either way)', () => {
    expect(documentedRoutes(openApiDocument())).toEqual(servedApiRoutes());
  });

  it('gives every schema a type, and every object explicit properties, and resolves every $ref', () => {
    const doc = openApiDocument();
    const json = JSON.stringify(doc);
    for (const [, name] of json.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      expect(doc.components.schemas, `missing ${name}`).toHaveProperty(name ?? '');
    }
    for (const [name, root] of Object.entries(doc.components.schemas)) {
      for (const schema of schemasIn(root)) {
        if (schema.anyOf) continue;
        expect(schema.type, `a schema inside ${name} has no type`).toBeDefined();
        if (schema.type === 'object') expect(schema.properties, `an object inside ${name} has no properties`).toBeDefined();
      }
    }
  });

  it('is served publicly at /api/v1/openapi.json with the server URL', async () => {
    const reply = await client.get('/openapi.json', { key: null });
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toBe('3.1.0');
    expect(reply.body.servers[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(Object.keys(reply.body.components.securitySchemes)).toEqual(['bearerAuth', 'apiKeyHeader']);
  });

  it('describes what the server really sends', async () => {
    const doc = openApiDocument();
    const seen: [string, string, Reply][] = [];
    const record = (method: string, path: string, reply: Reply) => {
      seen.push([method, path, reply]);
      return reply;
    };
    const created = record('post', '/reference-analysis', await client.post('/reference-analysis', { url: TIKTOK_URL }));
    const jobId = created.body.job_id;
    record('get', '/jobs/{jobId}/result', await client.get(`/jobs/${jobId}/result`));
    await client.control(`/jobs/${jobId}/complete`);
    record('get', '/jobs/{jobId}/result', await client.get(`/jobs/${jobId}/result`));
    record('get', '/jobs/{jobId}', await client.get(`/jobs/${jobId}`));
    record('get', '/jobs', await client.get('/jobs'));
    record('get', '/me', await client.get('/me'));
    record('get', '/me', await client.get('/me', { key: null }));
    record('get', '/credits', await client.get('/credits'));
    record('post', '/reference-analysis', await client.post('/reference-analysis', { url: 'https://example.com' }));
    const presign = record('post', '/uploads/presign', await client.post('/uploads/presign', { filename: 'a.mp4', content_type: 'video/mp4', size_bytes: 4 }));
    await fetch(presign.body.upload_url, { method: 'PUT', body: 'abcd', headers: presign.body.required_headers });
    const asset = record('post', '/assets', await client.post('/assets', { storage_key: presign.body.storage_key, filename: 'a.mp4' }));
    await client.control(`/jobs/${asset.body.job_id}/complete`);
    record('get', '/assets', await client.get('/assets?q=a'));
    record('get', '/assets/{assetId}', await client.get(`/assets/${asset.body.asset.id}`));
    await client.control('/credits', { remaining: 0 });
    record('post', '/reference-analysis', await client.post('/reference-analysis', { url: TIKTOK_URL }));

    for (const [method, path, reply] of seen) {
      const operation = doc.paths[path]?.[method as 'get'];
      const response = operation?.responses[String(reply.status)];
      expect(response, `${method} ${path} ${reply.status} is not documented`).toBeDefined();
      const schema = response?.content?.['application/json']?.schema;
      expect(schema && check(doc, schema, reply.body), `${method} ${path} ${reply.status}`).toEqual([]);
    }
  });
});
