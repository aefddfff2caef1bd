/** Plain-text tables for the terminal: numbers right-aligned, text left-aligned. */
import type { Table } from './types';

export function formatTable({ headers, rows }: Table): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = headers.map((_, column) => rows.every((row) => /^$|^(≤ )?[-+]?\d|^n\/a/.test(String(row[column] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map((row) => line(row.map(String)))].join('\n');
}
