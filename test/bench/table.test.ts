// @vitest-environment node
import { formatTable, missedBudgets, row } from '../../scripts/bench/table';

describe('the bench table', () => {
  const rows = [
    row('Gate, gzipped', '0.6 KB', '≤ 2 KB', true),
    row('Popup first render', '142.8 ms', '≤ 100 ms', false),
    row('  floor', '80.6 ms'),
    row('  over the floor, same run', '62.2 ms', '≤ 25 ms', false),
  ];

  it('marks each budget met or MISSED, and explanatory rows neither', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines[2]).toMatch(/\| met\s+\|$/);
    expect(lines[3]).toMatch(/\| MISSED \|$/);
    expect(lines[4]).toMatch(/\|\s+\|$/);
  });

  it('lists what fell short, each with its figure and budget', () => {
    expect(missedBudgets(rows)).toEqual([
      'Popup first render: 142.8 ms (≤ 100 ms)',
      'over the floor, same run: 62.2 ms (≤ 25 ms)',
    ]);
    expect(missedBudgets(rows.filter((entry) => entry.met !== false))).toEqual([]);
  });
});
