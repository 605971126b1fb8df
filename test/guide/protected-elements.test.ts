// What each form step protects from the bubble, found on its fixture as a
// filer finds it: labels, the tables to check, the button that ends the step.
import { detectPage } from '../../src/detection/detect-page';
import { FLOWS } from '../../src/flows/flows';
import { PROTECTED_CONTEXT } from '../../src/flows/protected-context';
import type { StepId } from '../../src/flows/types';
import { protectedElements } from '../../src/guide/overlay/protected-elements';
import { showFixture } from '../support/show-page';

const PSC = 'https://pacer.psc.uscourts.gov/pscof/regmgmt/attyRegistration.jsf';

const nameOf = (element: Element): string =>
  element.id ||
  (element.tagName === 'INPUT'
    ? `${element.getAttribute('type')}:${element.getAttribute('value') ?? element.getAttribute('name')}`
    : `${element.tagName.toLowerCase()}:${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}`);

/**
 * The protected elements of a fixture's step, each told by its id, or else its
 * text; text kept clear only if there is room is marked `if room`.
 */
function protectedOn(file: string, url: string, step: StepId): string[] {
  showFixture(file, url);
  const detection = detectPage(new URL(url), document);
  expect(detection.step).toBe(step);
  const target = detection.highlight[0]?.element ?? null;
  const { always, ifRoom } = protectedElements(document, target, PROTECTED_CONTEXT[step]);
  return [...always.map(nameOf), ...ifRoom.map((element) => `if room: ${nameOf(element)}`)];
}

it('link-form: both fields with their label cells, and Submit', () => {
  const found = protectedOn(
    'authored/mnd-link-form-table.html',
    'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl',
    'link-form',
  );
  expect(found).toEqual([
    'text:login',
    'td:CM/ECF login:',
    'password:key',
    'td:CM/ECF password:',
    'submit:Submit',
  ]);
});

it('link-confirm: Submit and Clear beside it, the names table, and the warning if there is room', () => {
  const found = protectedOn(
    'authored/mnd-link-confirm-match.html',
    'https://ecf.mnd.uscourts.gov/cgi-bin/LinkAccount.pl?981245318722-L_1_0-1',
    'link-confirm',
  );
  expect(found).toEqual([
    'submit:Submit',
    'reset:Clear',
    'table:CMECFJohn Attorney PACERJohn Attorney',
    expect.stringMatching(/^if room: p:After you submit this screen, .* permanently linked/),
  ]);
});

it('registration-type: every choice with its label, and Next', () => {
  const found = protectedOn('authored/mnd-registration-type-radio.html', PSC, 'registration-type');
  expect(found).toEqual([
    'j_idt18:regType:1',
    'label:E-File Registration Only',
    'j_idt18:regType:2',
    'label:Pro Hac Vice',
    'submit:Next',
  ]);
  // Made as buttons, the choices are buttons.
  expect(protectedOn('authored/cob-registration-type.html', PSC, 'registration-type')).toEqual([
    'regForm:efileOnlyBtn',
    'regForm:phvBtn',
  ]);
});

it('registration-details: the acknowledgement, the contact and delivery tables, and Next', () => {
  const found = protectedOn('authored/cob-registration-details.html', PSC, 'registration-details');
  // The PrimeFaces check box is seen as its widget, not the hidden native input.
  expect(found[0]).toBe('regForm:ackChk');
  expect(found).toContain('regForm:nextBtn');
  expect(found.filter((name) => name.startsWith('table:'))).toEqual([
    expect.stringMatching(/^table:NameJohn Q Attorney Firm\/Office/),
    expect.stringMatching(/^table:Delivery Method\* Email Frequency/),
  ]);
  expect(found.some((name) => name.startsWith('label:I acknowledge'))).toBe(true);
});

it('terms: the terms paragraph by paragraph, both check boxes with their labels, and Submit', () => {
  const found = protectedOn('authored/cob-terms.html', PSC, 'terms');
  expect(found).toEqual(
    expect.arrayContaining([
      'regForm:termsChk',
      'regForm:localChk',
      'regForm:submitBtn',
      expect.stringMatching(/^label:I have read and agree/),
      expect.stringMatching(/^label:I have read and understand/),
    ]),
  );
  expect(found.filter((name) => name.startsWith('if room: '))).toEqual([
    expect.stringMatching(/^if room: p:1\. Registration/),
    expect.stringMatching(/^if room: p:2\. You must protect/),
    expect.stringMatching(/^if room: p:3\. Use of your login/),
  ]);
});

it('every step whose target is a form field protects more than the target', () => {
  const bare = Object.values(FLOWS)
    .flatMap((flow) => flow.steps)
    .filter((step) =>
      step.highlight.some((target) => target.find.some((locator) => 'field' in locator)),
    )
    .filter((step) => PROTECTED_CONTEXT[step.id].length === 0)
    .map((step) => step.id);
  expect(bare).toEqual([]);
});
