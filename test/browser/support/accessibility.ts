// axe-core over the guide (its shadow root included) or over a whole extension
// page: no serious or critical violation.
//
// The guide's shadow root is closed, and axe finds shadow roots through
// `element.shadowRoot`. So axe runs in the tests' own world in the page
// (guide-shadow.ts), where the host's `shadowRoot` is given the closed root:
// a property of that world's wrapper of the host, which the page never sees.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../harness/browser/extension-browser';
import { guideObjects } from '../../../harness/browser/guide-shadow';

interface Violation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: unknown }[];
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const BLOCKING = new Set(['serious', 'critical']);

function describe(violations: readonly Violation[]): string[] {
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} (${violation.help}) at ` +
        violation.nodes.map((node) => JSON.stringify(node.target)).join(', '),
    );
}

/** The serious and critical violations axe finds in a whole page, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode runs in the page itself, without opening a helper page per check.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return describe(results.violations);
}

/** The serious and critical violations axe finds in the guide; fails when the page has none. */
export async function guideViolations(page: Page): Promise<string[]> {
  const guide = await guideObjects(page);
  if (!guide) throw new Error(`no guide on ${page.url()} for axe to check`);
  const { session, contextId, root } = guide;
  const { result: loaded } = await session.send('Runtime.evaluate', {
    expression: 'typeof axe',
    contextId,
    returnByValue: true,
  });
  if (loaded.value !== 'object')
    await session.send('Runtime.evaluate', { expression: AXE_SOURCE, contextId });
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: root,
    functionDeclaration: `async function () {
      const host = this.host;
      Object.defineProperty(host, 'shadowRoot', { value: this, configurable: true });
      const results = await axe.run(host, { resultTypes: ['violations'] });
      // Proof that axe saw inside the closed root, when it shows anything: a node in it has
      // a path through the host.
      const inside = [...results.passes, ...results.incomplete, ...results.violations].some(
        ({ nodes }) => nodes.some(({ target }) => Array.isArray(target[0])),
      );
      if (!inside && this.querySelector('button')) throw new Error('axe checked no element inside the guide');
      return results.violations.map(({ id, impact, help, nodes }) =>
        ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
    }`,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) {
    throw new Error(
      `axe failed on the guide: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
    );
  }
  return describe(result.value as Violation[]);
}

/** Fails with every serious or critical violation in the guide on `page`. */
export async function expectAccessibleGuide(page: Page, where: string): Promise<void> {
  const violations = await guideViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `The guide on ${where} has accessibility violations:\n${violations.join('\n')}`,
    );
  }
}

export async function expectAccessiblePage(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) {
    throw new Error(`${where} has accessibility violations:\n${violations.join('\n')}`);
  }
}

/** Opens the popup as it stands and fails with every serious or critical violation in it. */
export async function expectAccessiblePopup(browser: ExtensionBrowser): Promise<void> {
  const popup = await browser.openPopup();
  try {
    await expectAccessiblePage(popup, 'The popup');
  } finally {
    await popup.close();
  }
}
