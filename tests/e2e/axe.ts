/**
 * The accessibility gate: axe-core (a dev dependency, run inside the page under test) must find
 * nothing, of any impact, in light and in dark. Evaluated through the DevTools protocol, so the
 * extension pages' CSP does not need to allow it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** What axe finds in this page or frame, as one line per rule and node. */
export async function axeFindings(target: Page | Frame): Promise<AxeFinding[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Runs axe in light and in dark (the page's own `prefers-color-scheme`): nothing may be found. */
export async function expectNoAxeViolations(page: Page, where: string, frame?: Frame): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const findings = await axeFindings(frame ?? page);
    expect(findings, `axe on ${where} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}
