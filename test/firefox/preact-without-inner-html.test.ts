// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  preactWithoutInnerHtml,
  withoutInnerHtmlSink,
} from '../../scripts/build/preact-without-inner-html';

const preactDist = join(
  dirname(createRequire(import.meta.url).resolve('preact/package.json')),
  'dist',
);
/** `x.innerHTML = <anything but a string literal>`: what Mozilla's linter reports. */
const UNSAFE_ASSIGNMENT = /\.innerHTML\s*=\s*(?![`'"])/;

describe.each(['preact.module.js', 'preact.mjs'])('Preact’s %s', (file) => {
  const code = readFileSync(join(preactDist, file), 'utf8');

  it('has its one innerHTML sink replaced by an error', () => {
    expect(code).toMatch(UNSAFE_ASSIGNMENT);
    const safe = withoutInnerHtmlSink(code);
    expect(safe).not.toMatch(UNSAFE_ASSIGNMENT);
    expect(safe).toContain('dangerouslySetInnerHTML is not supported');
  });

  it('is what the plugin transforms, and nothing else is', () => {
    const plugin = preactWithoutInnerHtml();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(code, join(preactDist, file))?.code).not.toMatch(UNSAFE_ASSIGNMENT);
    expect(transform('el.innerHTML = html.__html', '/work/src/popup/main.tsx')).toBeNull();
  });
});

it('fails loudly when Preact changed shape', () => {
  expect(() => withoutInnerHtmlSink('export {}')).toThrow(/expected one innerHTML sink/);
});
