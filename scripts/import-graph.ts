/**
 * The import graph of the extension's own code (entrypoints/, components/, lib/), read from its
 * import statements: it must flow one way — entrypoints → components → lib — with no cycles.
 * `npm test` runs `checkImportGraph()`; `npx tsx scripts/import-graph.ts` prints the findings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['entrypoints', 'components', 'lib'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.startsWith('test-') ? [full] : [];
  });
}

function resolve(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Type-only imports are part of the graph too: a cycle of types is still a knot to untie. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolve(root, file, m[1] ?? '')).filter((t): t is string => t !== null);
    graph.set(path.relative(root, file), [...new Set(targets.map((t) => path.relative(root, t)))]);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

/** Files outside the roots (the message catalogs in locales/) are data beneath everything. */
const LAYER = (file: string) => {
  const layer = ROOTS.indexOf(file.split(path.sep)[0] ?? '');
  return layer === -1 ? ROOTS.length : layer;
};

/** Imports against the flow: lib → components or entrypoints, components → entrypoints. */
export function upwardImports(graph: Map<string, string[]>): string[] {
  return [...graph].flatMap(([file, targets]) => targets.filter((target) => LAYER(target) < LAYER(file)).map((target) => `${file} → ${target}`));
}

export function checkImportGraph(root: string): { ok: boolean; problems: string[] } {
  const graph = importGraph(root);
  const problems = [...cycles(graph).map((cycle) => `cycle: ${cycle.join(' ⇄ ')}`), ...upwardImports(graph).map((edge) => `against the flow: ${edge}`)];
  return { ok: problems.length === 0, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems } = checkImportGraph(path.resolve(import.meta.dirname, '..'));
  console.log(problems.length ? problems.join('\n') : 'The import graph flows one way, with no cycles.');
  process.exit(problems.length ? 1 : 0);
}
