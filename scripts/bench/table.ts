// The bench's one table: each measure, its median, its budget, and whether it is met.
export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly budget: string;
  /** null for a row that only explains the one above it. */
  readonly met: boolean | null;
}

export function row(measure: string, value: string, budget = '', met: boolean | null = null): Row {
  return { measure, value, budget, met };
}

export function formatTable(rows: readonly Row[]): string {
  const verdict = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');
  const header = row('Measure', 'Median', 'Budget');
  const cells = [header, ...rows].map((entry, index) => [
    entry.measure,
    entry.value,
    entry.budget,
    index === 0 ? 'Result' : verdict(entry.met),
  ]);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...cells.map((line) => (line[column] ?? '').length)),
  );
  const lines = cells.map(
    (line) => `| ${line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`,
  );
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [lines[0], rule, ...lines.slice(1)].join('\n');
}

/** Each missed row as `measure: value (budget)`, for the bench's last line and bench.json. */
export function missedBudgets(rows: readonly Row[]): string[] {
  return rows
    .filter((entry) => entry.met === false)
    .map((entry) => `${entry.measure.trim()}: ${entry.value} (${entry.budget})`);
}
