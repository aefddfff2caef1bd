import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImportGraph, cycles, upwardImports } from './import-graph';

describe('the import graph check', () => {
  it('finds cycles, and imports against the flow', () => {
    const graph = new Map([
      [path.join('lib', 'a.ts'), [path.join('lib', 'b.ts')]],
      [path.join('lib', 'b.ts'), [path.join('lib', 'a.ts'), path.join('components', 'C.tsx')]],
      [path.join('components', 'C.tsx'), [path.join('lib', 'c.ts')]],
      [path.join('lib', 'c.ts'), []],
      [path.join('entrypoints', 'popup', 'App.tsx'), [path.join('components', 'C.tsx')]],
    ]);
    expect(cycles(graph)).toEqual([[path.join('lib', 'a.ts'), path.join('lib', 'b.ts')]]);
    expect(upwardImports(graph)).toEqual([`${path.join('lib', 'b.ts')} → ${path.join('components', 'C.tsx')}`]);
  });

  it('passes on this project', () => {
    expect(checkImportGraph(path.resolve(import.meta.dirname, '..')).problems).toEqual([]);
  });
});
