// axe-core over the guide (its shadow root included) or over a whole extension
// page: no serious or critical violation.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

const BLOCKING = new Set(['serious', 'critical']);

/** The serious and critical violations axe finds, one readable line each. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs in the page itself, without opening a helper page per check.
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} (${violation.help}) at ` +
        violation.nodes.map((node) => JSON.stringify(node.target)).join(', '),
    );
}

/** Fails with every serious or critical violation in the guide on `page`. */
export async function expectAccessibleGuide(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page, 'pacer-link-guide');
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
