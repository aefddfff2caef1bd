/**
 * `npm test`: everything, in the order that fails fastest — type check, lint and format (Biome), unit tests (vitest),
 * release builds with their checks (web-ext lint, manifests), then the browser tests (Playwright:
 * Chromium with the built extension, and Firefox through puppeteer-core). Ends with one
 * "N passed, N failed" line summing all of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowsers } from './browsers';
import { checkImportGraph } from './import-graph';

const root = path.resolve(import.meta.dirname, '..');
const tmp = path.join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title: string, ok: boolean): void {
  if (ok) passed++;
  else {
    failed++;
    failures.push(title);
  }
  console.log(`${ok ? '✔' : '✘'} ${title}`);
}

/** Terminal colour codes in Playwright's error messages. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what these codes start with.
const ANSI_COLOURS = /\u001b\[[0-9;]*m/g;

function firstLine(text: string | undefined): string {
  return (
    (text ?? '')
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 300) ?? ''
  );
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

// 0. The browsers the browser tests drive: installed now when this machine allows, else stop at once.
const browsers = ensureBrowsers();
if (!browsers.ok) {
  console.error(
    `\nThe browser tests need Debian's Chromium and Firefox ESR, and this machine lacks them. Install them with:\n\n  ${browsers.command}\n\nthen run npm test again.`,
  );
  process.exit(1);
}

// 1. Types.
check('typecheck (tsc --noEmit)', run('Type check', 'npx', ['tsc', '--noEmit', '-p', '.']));

// Lint and formatting (Biome): the same rules in every editor and in CI.
check('lint and format (biome check)', run('Lint and format', 'npx', ['biome', 'check', '.']));

// The import graph flows one way (entrypoints → components → lib), with no cycles.
const graph = checkImportGraph(root);
for (const problem of graph.problems) console.log(`  ${problem}`);
check('import graph: one way, no cycles (scripts/import-graph.ts)', graph.ok);

// 2. Unit tests.
const vitestJson = path.join(tmp, 'vitest.json');
const vitestOk = run('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}
const vitest = readJson<VitestReport>(vitestJson);
/** Names of the tests that failed, repeated at the very end: CI logs are often read from the tail. */
const failingTests: string[] = [];
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numFailedTests > 0 || !vitestOk) failures.push('unit tests');
  for (const file of vitest.testResults) {
    const relative = path.relative(root, file.name);
    for (const test of file.assertionResults.filter((t) => t.status === 'failed')) {
      failingTests.push(`unit: ${relative} › ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
    }
    // A file that failed to load has no tests, only a message.
    if (file.assertionResults.length === 0 && file.message) failingTests.push(`unit: ${relative}\n    ${firstLine(file.message)}`);
  }
} else check('unit tests ran', false);

// 3. Release builds and their checks.
check('release build (Chrome MV3, Firefox MV2)', run('Release builds', 'npm', ['run', 'build', '--silent']));
const lintJson = path.join(tmp, 'web-ext-lint.json');
run('Firefox lint', 'sh', ['-c', `npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output json > "${lintJson}"`]);
const lint = readJson<{ summary: { errors: number; warnings: number }; errors: { message: string }[]; warnings: { code: string; file?: string }[] }>(lintJson);
check(`web-ext lint: ${lint ? `${lint.summary.errors} errors, ${lint.summary.warnings} warnings` : 'did not run'}`, lint?.summary.errors === 0);
// The one warning allowed is Preact's own `innerHTML` assignment (its dangerouslySetInnerHTML, which
// we never use); anything else, eval above all, is ours to fix.
const foreignWarnings = new Set(['UNSAFE_VAR_ASSIGNMENT']);
const ourWarnings = (lint?.warnings ?? []).filter((warning) => !foreignWarnings.has(warning.code) || warning.file?.startsWith('content-scripts/'));
check(
  `web-ext lint: no warning of ours${ourWarnings.length ? ` (${ourWarnings.map((w) => `${w.code} in ${w.file}`).join(', ')})` : ''}`,
  lint !== undefined && ourWarnings.length === 0,
);
for (const manifestPath of ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json']) {
  const manifest = readJson<Record<string, unknown>>(path.join(root, manifestPath)) ?? {};
  const text = JSON.stringify([manifest.permissions, manifest.host_permissions]);
  check(`${manifestPath}: no loopback access in a store build`, manifest.name === '__MSG_manifest_name__' && !/127\.0\.0\.1|localhost/.test(text));
}
for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  const background = readFileSync(path.join(root, dir, 'background.js'), 'utf8');
  check(`${dir}: no test hooks in a store build`, !background.includes('__sumeTest'));
  const scripts = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  // eval(…), Function(…), new Function, or the constructor kept aside (`x = Function;`): not `Function.call`.
  const EVAL = /(?<![\w$.])(?:eval\s*\(|Function\s*\(|new\s+Function\b|=\s*Function\s*[;,)])/;
  const evaluating = scripts.filter((file) => EVAL.test(readFileSync(path.join(root, dir, file), 'utf8')));
  check(
    `${dir}: no eval or Function constructor in any bundle${evaluating.length ? ` (${evaluating.join(', ')})` : ''}`,
    scripts.length > 0 && evaluating.length === 0,
  );
}
// The page boundary in the manifests: content scripts and platform host access for exactly the
// https hosts we need, and the one frameable page reachable only from them (Chrome: dynamic URL).
interface ManifestShape {
  content_scripts?: { matches: string[] }[];
  host_permissions?: string[];
  permissions?: string[];
  web_accessible_resources?: (string | { resources: string[]; matches: string[]; use_dynamic_url?: boolean })[];
}
const PLATFORM_PAGES = ['https://www.instagram.com/*', 'https://www.tiktok.com/*'];
for (const manifestPath of ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json']) {
  const manifest = readJson<ManifestShape>(path.join(root, manifestPath)) ?? {};
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches).sort();
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])].filter((p) => /tiktok|instagram/.test(p)).sort();
  const frameable = (manifest.web_accessible_resources ?? []).map((entry) => (typeof entry === 'string' ? { resources: [entry] } : entry));
  const narrow =
    JSON.stringify(matches) === JSON.stringify(PLATFORM_PAGES) &&
    JSON.stringify(hosts) === JSON.stringify(PLATFORM_PAGES) &&
    JSON.stringify(frameable.flatMap((entry) => entry.resources)) === JSON.stringify(['confirm.html']) &&
    frameable.every(
      (entry) => !('matches' in entry) || (JSON.stringify([...entry.matches].sort()) === JSON.stringify(PLATFORM_PAGES) && entry.use_dynamic_url === true),
    );
  check(`${manifestPath}: content scripts, platform hosts and the frameable page are exactly the https hosts we need`, narrow);
}

// 4. Browser tests.
const playwrightJson = path.join(tmp, 'playwright.json');
const playwrightOk = run('Browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[];
}
const playwright = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] }>(playwrightJson);
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  if (playwright.stats.unexpected > 0 || !playwrightOk) failures.push('browser tests');
  const visit = (suite: PlaywrightSuite, titles: string[]): void => {
    const here = suite.file && suite.title === suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests.filter((t) => t.status === 'unexpected' || t.status === 'flaky')) {
        const error = test.results.find((r) => r.error)?.error?.message;
        failingTests.push(
          `${test.status === 'flaky' ? 'flaky (passed on retry)' : 'browser'}: [${test.projectName}] ${spec.file} › ${[...here, spec.title].filter(Boolean).join(' › ')}\n    ${firstLine(error?.replace(ANSI_COLOURS, ''))}`,
        );
      }
    }
    for (const child of suite.suites ?? []) visit(child, here);
  };
  for (const suite of playwright.suites ?? []) visit(suite, []);
} else check('browser tests ran', false);

if (failingTests.length) console.log(`\nFailing tests:\n${failingTests.map((line) => `  ${line}`).join('\n')}`);

console.log(failures.length ? `\nFailed: ${failures.join('; ')}` : '\nAll checks passed.');
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length === 0 ? 0 : 1);
