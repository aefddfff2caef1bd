import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const layout = readme.slice(readme.indexOf('## Project layout'));
const table = layout.slice(0, layout.indexOf('\n\n', layout.indexOf('| Path')));
/** The paths in the first column of the layout table. */
const listed = table
  .split('\n')
  .slice(2)
  .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').replace(/\/$/, '')));

describe('the README’s layout table', () => {
  it('names only paths that exist', () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((entry) => !existsSync(path.join(root, entry)))).toEqual([]);
  });

  it('names every folder of lib/', () => {
    const folders = readdirSync(path.join(root, 'lib')).filter((name) => statSync(path.join(root, 'lib', name)).isDirectory());
    expect(folders.filter((name) => !listed.includes(`lib/${name}`))).toEqual([]);
  });
});
