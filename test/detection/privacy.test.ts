// @vitest-environment node
// Recognition locates the credential fields but never reads what is typed in them.
import { detectPage } from '../../src/detection/detect-page';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { loadFixture } from '../support/load-fixture';

const SENTINEL = 'S3ntinel-Pa55word!';
const withFields = FIXTURES.filter((fixture) =>
  /type=["']?password/i.test(loadFixture(fixture.file, fixture.url).documentElement.outerHTML),
);

describe.each(withFields.map((fixture) => [fixture.file, fixture] as const))(
  '%s',
  (_file, fixture) => {
    it('never reads any field’s value, and reports nothing typed', () => {
      const document = loadFixture(fixture.file, fixture.url);
      const window = document.defaultView as Window & typeof globalThis;
      for (const input of document.querySelectorAll('input')) {
        if (['text', 'password', ''].includes(input.type)) input.value = SENTINEL;
      }
      const descriptor = Object.getOwnPropertyDescriptor(
        window.HTMLInputElement.prototype,
        'value',
      );
      let reads = 0;
      Object.defineProperty(window.HTMLInputElement.prototype, 'value', {
        ...descriptor,
        get(this: HTMLInputElement) {
          reads += 1;
          return descriptor?.get?.call(this) as string;
        },
      });

      const detection = detectPage(new URL(fixture.url), document);

      expect(reads).toBe(0);
      const { highlight, ...data } = detection;
      expect(JSON.stringify(data)).not.toContain(SENTINEL);
      expect(highlight.map((candidate) => candidate.id)).not.toContain(SENTINEL);
    });
  },
);

it('has pages with password fields to check', () => {
  expect(withFields.length).toBeGreaterThanOrEqual(3);
});
