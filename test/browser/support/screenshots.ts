// Screenshots of each step, numbered in walking order, for the README and for
// a reviewer to see where the ring and the bubble landed.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from '../../../harness/browser/paths';

export class StepScreenshots {
  readonly folder: string;
  private count = 0;

  constructor(walk: string) {
    this.folder = join(SCREENSHOTS, walk);
    rmSync(this.folder, { recursive: true, force: true });
    mkdirSync(this.folder, { recursive: true });
  }

  async take(page: Page, step: string): Promise<string> {
    this.count += 1;
    const path = join(this.folder, `${String(this.count).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path });
    return path;
  }

  /** Prints where the screenshots are, so that a run says where to look. */
  report(): void {
    if (this.count > 0) console.log(`${this.count} screenshots in ${this.folder}`);
  }
}
