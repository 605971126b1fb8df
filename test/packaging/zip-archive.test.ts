// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZip } from '../../scripts/zip-archive';
import { readZip } from './read-zip';

const ENTRIES = [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify({ name: 'x' }).repeat(50)) },
  { name: 'assets/noise.bin', data: randomBytes(4096) },
  { name: 'empty.txt', data: Buffer.alloc(0) },
  { name: '_locales/es/año.json', data: Buffer.from('{"título": "sí"}') },
];

describe('createZip', () => {
  it('gives back every file byte for byte, sorted, deflating only what shrinks', () => {
    const read = readZip(createZip(ENTRIES));
    expect(read.map((entry) => entry.name)).toEqual([
      '_locales/es/año.json',
      'assets/noise.bin',
      'empty.txt',
      'manifest.json',
    ]);
    for (const entry of ENTRIES) {
      expect(read.find((found) => found.name === entry.name)?.data.equals(entry.data)).toBe(true);
    }
    const method = (name: string) => read.find((entry) => entry.name === name)?.method;
    expect(method('manifest.json')).toBe(8);
    expect(method('assets/noise.bin')).toBe(0);
    expect(method('empty.txt')).toBe(0);
    expect(read.every((entry) => entry.mode === 0o100644)).toBe(true);
  });

  it('is reproducible: the same files in any order give the same bytes', () => {
    expect(createZip(ENTRIES).equals(createZip([...ENTRIES].reverse()))).toBe(true);
  });

  it('writes an empty archive that readers accept', () => {
    expect(readZip(createZip([]))).toEqual([]);
  });

  it.each([
    '',
    '/etc/passwd',
    '../outside.js',
    'a/../../b',
    'a//b',
    'a\\b.js',
    'C:/x.js',
    './a.js',
  ])('refuses the unsafe name %j', (name) => {
    expect(() => createZip([{ name, data: Buffer.alloc(1) }])).toThrow(/not a safe zip entry name/);
  });

  it('refuses two files of the same name', () => {
    const twice = [ENTRIES[0]!, { ...ENTRIES[0]!, data: Buffer.from('other') }];
    expect(() => createZip(twice)).toThrow(/duplicate zip entry: manifest.json/);
  });

  const unzip = spawnSync('unzip', ['-v']).status === 0;
  it.skipIf(!unzip)('passes Info-ZIP’s own integrity test', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zip-archive-')), 'test.zip');
    writeFileSync(file, createZip(ENTRIES));
    const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(result.stdout).toContain('No errors detected');
    expect(result.status).toBe(0);
  });
});
