/** What every bench section receives and returns, so `scripts/bench.ts` can run, print and save them alike. */
export interface BenchEnv {
  /** Project root. */
  root: string;
  /** A private copy of the fresh production build (`.output/chrome-mv3`), loaded by the browser sections. */
  extensionDir: string;
}

export interface Table {
  headers: string[];
  rows: (string | number)[][];
}

export interface SectionResult {
  title: string;
  tables: Table[];
  /** How to read the figures: method, caveats, verdicts. */
  notes: string[];
  /** The same figures, machine-readable, for `.tmp/bench.json`. */
  data: unknown;
}

export interface BenchSection {
  id: string;
  run(env: BenchEnv): Promise<SectionResult>;
}
