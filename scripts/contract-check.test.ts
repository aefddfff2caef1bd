import { describe, expect, it } from 'vitest';
import { checkContract, formatFindings } from '../lib/api/contract';
import { openApiDocument } from '../tests/sandbox/openapi';

const sandboxDoc = () => structuredClone(openApiDocument('http://127.0.0.1:8787')) as unknown as Record<string, any>;

/** Follows a `$ref` inside the document so a test can change the schema it points to. */
function deref(doc: Record<string, any>, node: any): any {
  return node?.$ref
    ? node.$ref
        .slice(2)
        .split('/')
        .reduce((n: any, p: string) => n[p], doc)
    : node;
}

function responseSchema(doc: Record<string, any>, path: string, method: string, status: string): any {
  const response = deref(doc, doc.paths[path][method].responses[status]);
  return deref(doc, response.content['application/json'].schema);
}

describe('the contract check', () => {
  it('finds nothing missing in the sandbox’s own document', () => {
    const findings = checkContract(sandboxDoc());
    expect(formatFindings(findings)).toBe('No differences: the document has every path, method and field Sume Capture relies on.');
  });

  it('reports a missing path', () => {
    const doc = sandboxDoc();
    const creditsPath = Object.keys(doc.paths).find((p) => p.endsWith('/credits'))!;
    delete doc.paths[creditsPath];
    expect(checkContract(doc)).toContainEqual(expect.objectContaining({ endpoint: 'GET /credits', where: 'operation', problem: 'missing' }));
  });

  it('reports a missing method on a path that exists', () => {
    const doc = sandboxDoc();
    const path = Object.keys(doc.paths).find((p) => p.endsWith('/reference-analysis'))!;
    doc.paths[path].put = doc.paths[path].post;
    delete doc.paths[path].post;
    expect(checkContract(doc)).toContainEqual(expect.objectContaining({ endpoint: 'POST /reference-analysis', where: 'operation' }));
  });

  it('reports a renamed response field, and accepts either alternative', () => {
    const doc = sandboxDoc();
    const path = Object.keys(doc.paths).find((p) => p.endsWith('/reference-analysis'))!;
    const status = Object.keys(doc.paths[path].post.responses).find((s) => s.startsWith('2'))!;
    const schema = responseSchema(doc, path, 'post', status);
    schema.properties.jobId = schema.properties.job_id;
    delete schema.properties.job_id;
    const withJob = checkContract(doc).filter((f) => f.endpoint === 'POST /reference-analysis');
    // job.id is documented too, so the client still finds the id: no finding for it.
    const hasJobObject = 'job' in schema.properties;
    expect(withJob.some((f) => f.field === 'job_id or job.id')).toBe(!hasJobObject);
    delete schema.properties.job;
    expect(checkContract(doc)).toContainEqual(
      expect.objectContaining({ endpoint: 'POST /reference-analysis', where: 'response', field: 'job_id or job.id', problem: 'missing', optional: false }),
    );
  });

  it('reports a field typed differently', () => {
    const doc = sandboxDoc();
    const path = Object.keys(doc.paths).find((p) => p.endsWith('/reference-analysis'))!;
    const status = Object.keys(doc.paths[path].post.responses).find((s) => s.startsWith('2'))!;
    responseSchema(doc, path, 'post', status).properties.required_credits = { type: 'string' };
    expect(checkContract(doc)).toContainEqual(
      expect.objectContaining({ field: 'required_credits', problem: 'type', expected: 'number', actual: 'string', optional: true }),
    );
  });

  it('reports a missing request field and query parameter', () => {
    const doc = sandboxDoc();
    const presign = Object.keys(doc.paths).find((p) => p.endsWith('/uploads/presign'))!;
    const body = deref(doc, deref(doc, doc.paths[presign].post.requestBody).content['application/json'].schema);
    delete body.properties.size_bytes;
    const jobs = Object.keys(doc.paths).find((p) => p.endsWith('/jobs'))!;
    doc.paths[jobs].get.parameters = doc.paths[jobs].get.parameters.filter((p: any) => deref(doc, p).name !== 'cursor');
    const findings = checkContract(doc);
    expect(findings).toContainEqual(expect.objectContaining({ endpoint: 'POST /uploads/presign', where: 'request', field: 'size_bytes', problem: 'missing' }));
    expect(findings).toContainEqual(expect.objectContaining({ endpoint: 'GET /jobs', where: 'query', field: 'cursor', problem: 'missing' }));
    expect(formatFindings(findings)).toMatch(/would break Sume Capture/);
  });

  it('reports a moment’s [A] fields (timecode, note, the asset page) as optional where a document lacks them, as Sume’s own does', () => {
    const doc = sandboxDoc();
    const assets = Object.keys(doc.paths).find((p) => p.endsWith('/assets'))!;
    const body = deref(doc, deref(doc, doc.paths[assets].post.requestBody).content['application/json'].schema);
    body.properties.metadata = { type: 'object', additionalProperties: true };
    delete deref(doc, doc.components.schemas.Asset).properties.app_url;
    const findings = checkContract(doc).filter((f) => f.endpoint === 'POST /assets');
    expect(findings).toEqual([
      expect.objectContaining({ where: 'request', field: 'metadata.timecode_seconds', problem: 'missing', optional: true }),
      expect.objectContaining({ where: 'request', field: 'metadata.note', problem: 'missing', optional: true }),
      expect.objectContaining({ where: 'response', field: 'asset.app_url or app_url', problem: 'missing', optional: true }),
    ]);
  });

  it('refuses something that is not a document', () => {
    expect(() => checkContract('nope')).toThrow(/not a JSON object/);
  });
});
