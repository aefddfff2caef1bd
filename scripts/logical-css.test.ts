/**
 * The extension's CSS uses logical properties (margin-inline-start, not margin-left), so a
 * right-to-left language can be added by translation alone. The in-page button's position over a
 * video is physical on purpose (it sits where the site draws its own controls) and is set in code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const PHYSICAL =
  /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?\s*:|(?:left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b)/gm;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? cssFiles(file) : entry.name.endsWith('.css') ? [file] : [];
  });
}

describe('the stylesheets', () => {
  it('use logical properties for anything that depends on the writing direction', () => {
    const physical = ['components', 'entrypoints', 'lib'].flatMap((dir) =>
      cssFiles(path.join(root, dir)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => [...line.matchAll(PHYSICAL)].map((match) => `${path.relative(root, file)}:${i + 1} ${match[1]}`)),
      ),
    );
    expect(physical).toEqual([]);
  });
});
