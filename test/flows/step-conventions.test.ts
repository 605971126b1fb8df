// @vitest-environment node
// Every step of both flows is one module with its words, its samples and its
// practice page (refined-github's convention test): adding a step without one
// of them fails here, by name. How to add a step: docs/ARCHITECTURE.md.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOWS, FLOW_IDS } from '../../src/flows/flows';
import { PROTECTED_CONTEXT } from '../../src/flows/protected-context';
import type { FlowId, Step } from '../../src/flows/types';
import { LOOK_ALIKES } from '../../src/practice/pages/look-alikes';
import { PAGES, pageMessageKey } from '../../src/practice/practice-pages';
import { STEP_SAMPLES, samplesPath } from '../../harness/fixtures/expectations';
import { messagesOfStep, STEP_FILES, stepFile } from './step-modules';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const LANGUAGES = ['en', 'es'] as const;
const MESSAGES = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(
      readFileSync(join(ROOT, 'public/_locales', language, 'messages.json'), 'utf8'),
    ) as Record<string, unknown>,
  ]),
);
const SAMPLES_FOLDER = join(ROOT, 'harness/fixtures/steps');

const STEPS: [string, FlowId, Step][] = FLOW_IDS.flatMap((flow) =>
  FLOWS[flow].steps.map((step) => [`${flow}/${step.id}`, flow, step] as [string, FlowId, Step]),
);

describe.each(STEPS)('step %s', (_name, flow, step) => {
  it(`is the module src/flows/steps/${flow}/${step.id}.ts, with its page and what it protects`, () => {
    const file = stepFile(flow, step.id);
    expect(file, 'no module').toBeDefined();
    expect(file?.module.step).toBe(step);
    expect(file?.module.page.trim().length).toBeGreaterThan(5);
    expect(Array.isArray(file?.module.protects)).toBe(true);
    // The overlay finds what a step protects by its id, whatever the flow.
    expect(PROTECTED_CONTEXT[step.id]).toEqual(file?.module.protects);
  });

  it('has samples: saved pages recognised as it, and none recognised as another step', () => {
    const file = STEP_SAMPLES.find((entry) => entry.flow === flow && entry.step === step.id);
    const samples = file?.samples;
    expect(samples, `no harness/fixtures/${samplesPath(flow, step.id)}`).toBeTruthy();
    const own = samples?.filter((sample) => sample.expect.step === step.id) ?? [];
    expect(own.length, 'no page recognised as this step').toBeGreaterThan(0);
    for (const sample of samples ?? []) {
      expect([step.id, null], sample.file).toContain(sample.expect.step);
      expect([flow, null], sample.file).toContain(sample.expect.flow);
    }
  });

  it.each(LANGUAGES)('has every message it shows in %s', (language) => {
    const page = PAGES.find((entry) => entry.flow === flow && entry.step === step.id);
    const wanted = [...messagesOfStep(flow, step), ...(page ? [pageMessageKey(page.id)] : [])];
    expect(wanted.filter((key) => !(key in (MESSAGES[language] ?? {})))).toEqual([]);
  });

  it('has a practice page that imitates it', () => {
    const page = PAGES.find((entry) => entry.flow === flow && entry.step === step.id);
    expect(page, 'no practice page').toBeDefined();
    const lookAlike = page ? LOOK_ALIKES[page.id] : undefined;
    expect(lookAlike, `no look-alike for ${page?.id} in src/practice/pages/`).toBeDefined();
    expect(typeof lookAlike?.render).toBe('function');
    expect(typeof lookAlike?.url).toBe('function');
    // What recognition must give on it is in the step's samples (living-fixtures.test.ts tries it).
    const file = STEP_SAMPLES.find((entry) => entry.flow === flow && entry.step === step.id);
    expect(file?.practice, `no \`practice\` in harness/fixtures/${file?.path}`).toBeTruthy();
  });
});

describe('the steps folders', () => {
  it('hold the modules of the flows’ steps, and nothing else', () => {
    const inFlows = STEPS.map(([name]) => name).sort();
    expect(STEP_FILES.map((file) => `${file.flow}/${file.id}`).sort()).toEqual(inFlows);
  });

  it('hold the samples of the flows’ steps, and nothing else', () => {
    const files = readdirSync(SAMPLES_FOLDER, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\\/g, '/').replace(/\.samples\.ts$/, ''));
    expect(files.sort()).toEqual(STEPS.map(([name]) => name).sort());
  });
});
