// The step ids are a public contract (FLOWS.md): stored statuses, the detect
// command and tests outside the project use them. Each step has its rule, its
// hints and at least one saved page (refined-github's convention test; the
// conventions of its module, its samples and its words are step-conventions.test.ts's).
import { FLOWS, FLOW_IDS, flowsOfStep, stepNumber } from '../../src/flows/flows';
import { messageKeys } from '../../src/flows/message-keys';
import { getMessage } from '../support/fake-browser';
import type { Step, StepId } from '../../src/flows/types';
import { FIXTURES } from '../../harness/fixtures/expectations';
import { stepFile } from './step-modules';

const CONTRACT = {
  'court-link': [
    'ecf-home',
    'pacer-login',
    'ecf-main',
    'utilities',
    'release-1-1-menu',
    'link-form',
    'link-confirm',
    'link-done',
  ],
  'pacer-request': [
    'pacer-home',
    'manage-login-gate',
    'pacer-login',
    'manage-account',
    'maintenance',
    'court-select',
    'registration-type',
    'registration-details',
    'payment',
    'terms',
    'request-submitted',
    'registration-history',
  ],
} as const;

const allSteps: Step[] = FLOW_IDS.flatMap((flow) => [...FLOWS[flow].steps]);

function hintText(stepId: StepId): string {
  return allSteps
    .filter((step) => step.id === stepId)
    .flatMap((step) => step.hints.map((hint) => getMessage(messageKeys.hint(hint.id))))
    .join(' ');
}

describe('the flows', () => {
  // Stored ids never change: each step of FLOWS.md stays, in its order. A new
  // step may come between them (and into FLOWS.md with it).
  it.each(FLOW_IDS)('%s keeps every step of FLOWS.md, in order', (flow) => {
    const ids: string[] = FLOWS[flow].steps.map((step) => step.id);
    expect(ids.filter((id) => (CONTRACT[flow] as readonly string[]).includes(id))).toEqual(
      CONTRACT[flow],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers steps within their flow', () => {
    expect(stepNumber('court-link', 'ecf-home')).toBe(1);
    expect(stepNumber('court-link', 'link-done')).toBe(FLOWS['court-link'].steps.length);
    expect(stepNumber('pacer-request', 'pacer-login')).toBe(3);
    expect(stepNumber('court-link', 'terms')).toBe(0);
    expect(flowsOfStep('pacer-login')).toEqual(['court-link', 'pacer-request']);
    expect(flowsOfStep('utilities')).toEqual(['court-link']);
  });
});

describe.each(allSteps.map((step) => [step.id, step] as const))('step %s', (id, step) => {
  it('says what to do and on which page', () => {
    for (const flow of flowsOfStep(id)) {
      expect(getMessage(messageKeys.instruction(flow, id)).length).toBeGreaterThan(10);
      expect(stepFile(flow, id)?.module.page.length).toBeGreaterThan(5);
    }
  });

  it('has a rule with at least one positive signal, on known hosts', () => {
    expect(step.rule.hosts.length).toBeGreaterThan(0);
    const positive = (step.rule.all?.length ?? 0) + (step.rule.any?.length ?? 0);
    expect(positive).toBeGreaterThan(0);
    expect(step.rule.min ?? 1).toBeLessThanOrEqual(step.rule.any?.length ?? 1);
  });

  it('falls back only on first-pass rules', () => {
    for (const other of step.rule.unlessStep ?? []) {
      const target = allSteps.find((candidate) => candidate.id === other);
      expect(target, other).toBeDefined();
      expect(target?.rule.unlessStep, `${other} is itself a fallback`).toBeUndefined();
    }
  });

  it('has uniquely named hints and targets, each with a source', () => {
    const hintIds = step.hints.map((hint) => hint.id);
    expect(new Set(hintIds).size).toBe(hintIds.length);
    for (const hint of step.hints) expect(hint.source).not.toBe('');
    const targetIds = step.highlight.map((target) => target.id);
    expect(new Set(targetIds).size).toBe(targetIds.length);
    for (const target of step.highlight) expect(target.find.length).toBeGreaterThan(0);
  });

  it('is tried on at least one saved page', () => {
    expect(FIXTURES.filter((fixture) => fixture.expect.step === id).length).toBeGreaterThan(0);
  });
});

describe('hints the court instructions and guides give', () => {
  it.each([
    ['pacer-login', /shared firm/i],
    ['pacer-login', /cookies/i],
    ['pacer-login', /august 2014/i],
    ['pacer-login', /shorter than 8 characters/i],
    ['pacer-login', /legacy usernames have 6/i],
    ['ecf-main', /civil and criminal/i],
    ['utilities', /NextGen Release 1\.1 Menu Items/],
    ['link-form', /not your PACER/i],
    ['link-form', /PACER access only, no action is necessary/i],
    ['link-form', /special characters cannot be linked/i],
    ['link-confirm', /names must match/i],
    ['link-confirm', /cannot be undone/i],
    ['link-confirm', /individual PACER account/i],
    ['link-done', /Bankruptcy and Adversary/],
    ['link-done', /log out and back in/i],
    ['link-done', /clear the browser’s cookies/i],
    ['maintenance', /E-File Registration\/Maintenance History/],
    ['court-select', /not in the list/i],
    ['request-submitted', /confirmation email/i],
  ] as const)('%s: %s', (step, pattern) => {
    expect(hintText(step)).toMatch(pattern);
  });
});
