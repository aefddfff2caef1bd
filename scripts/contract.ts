/**
 * `npm run contract -- <path or URL of an OpenAPI document>`
 * Lists what Sume Capture relies on that the document lacks or types differently.
 * Exit code 0: nothing that would break; 1: something would break; 2: the document could not be read.
 */
import { readFile } from 'node:fs/promises';
import { checkContract, formatFindings } from '../lib/api/contract';

async function load(source: string): Promise<unknown> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${source} answered HTTP ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(source, 'utf8'));
}

const [source, ...flags] = process.argv.slice(2);
if (!source) {
  console.error('Usage: npm run contract -- <path or URL of an OpenAPI JSON document> [--json]');
  console.error('Example: npm run contract -- https://www.sume.so/api/v1/openapi.json');
  process.exit(2);
}
try {
  const findings = checkContract(await load(source));
  console.log(flags.includes('--json') ? JSON.stringify(findings, null, 2) : formatFindings(findings));
  process.exit(findings.some((f) => !f.optional) ? 1 : 0);
} catch (error) {
  console.error(`Could not check ${source}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
