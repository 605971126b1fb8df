import type { FieldPattern, Signal, StepRule, TextPattern } from '../flows/types';
import { findLink } from './find-link';
import { findWayTo } from './find-way-to';
import { describePattern, matchesText } from './normalize-text';
import type { PageControl, PageView } from './page-view';

const matchesAny = (pattern: TextPattern, texts: readonly string[]): boolean =>
  texts.some((text) => matchesText(pattern, text));

export function matchesField(pattern: FieldPattern, control: PageControl): boolean {
  if (pattern.type && pattern.type !== control.type) return false;
  if (pattern.label && !matchesText(pattern.label, control.label)) return false;
  if (pattern.key && !pattern.key.test(control.key)) return false;
  return Boolean(pattern.type ?? pattern.label ?? pattern.key);
}

function describeField(pattern: FieldPattern): string {
  const parts = [
    pattern.type,
    pattern.label && `label ${describePattern(pattern.label)}`,
    pattern.key && `key ${String(pattern.key)}`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** Whether the signal holds on the page. */
function holds(signal: Signal, view: PageView): boolean {
  if ('url' in signal) return signal.url.test(view.url.pathname + view.url.search);
  if ('title' in signal) return matchesText(signal.title, view.title());
  if ('heading' in signal) return matchesAny(signal.heading, view.headings());
  if ('text' in signal) return matchesText(signal.text, view.text());
  if ('link' in signal)
    return findLink({ text: signal.link, href: signal.href }, view) !== undefined;
  if ('linkHref' in signal) return findLink({ href: signal.linkHref }, view) !== undefined;
  if ('field' in signal)
    return view.controls().some((control) => matchesField(signal.field, control));
  if ('button' in signal)
    return matchesAny(
      signal.button,
      view.buttons().map((button) => button.text),
    );
  if ('menubar' in signal) return view.menubar() !== null;
  if ('tab' in signal) return view.tabs().some((tab) => matchesText(signal.tab, tab.text));
  if ('selectedTab' in signal) {
    return view.tabs().some((tab) => tab.selected && matchesText(signal.selectedTab, tab.text));
  }
  if ('goesTo' in signal) return findWayTo(signal.goesTo, view) !== undefined;
  if ('message' in signal) return matchesAny(signal.message, view.messages());
  const target = view.refreshTarget();
  return target !== null && signal.refreshTo.test(target);
}

/** How a matched signal reads in the evidence list. */
function describeSignal(signal: Signal): string {
  if ('url' in signal) return `url:${String(signal.url)}`;
  if ('title' in signal) return `title:${describePattern(signal.title)}`;
  if ('heading' in signal) return `heading:${describePattern(signal.heading)}`;
  if ('text' in signal) return `text:${describePattern(signal.text)}`;
  if ('link' in signal) {
    return `link:${describePattern(signal.link)}${signal.href ? ` href ${String(signal.href)}` : ''}`;
  }
  if ('linkHref' in signal) return `link-href:${String(signal.linkHref)}`;
  if ('field' in signal) return `field:${describeField(signal.field)}`;
  if ('button' in signal) return `button:${describePattern(signal.button)}`;
  if ('menubar' in signal) return 'menubar';
  if ('tab' in signal) return `tab:${describePattern(signal.tab)}`;
  if ('selectedTab' in signal) return `selected-tab:${describePattern(signal.selectedTab)}`;
  if ('goesTo' in signal) return `goes-to:${String(signal.goesTo)}`;
  if ('message' in signal) return `message:${describePattern(signal.message)}`;
  return `refresh:${String(signal.refreshTo)}`;
}

export interface RuleMatch {
  readonly matched: boolean;
  /** The signals that held, described; meaningful when matched. */
  readonly evidence: readonly string[];
}

const NO_MATCH: RuleMatch = { matched: false, evidence: [] };

/** Evaluates a rule's own signals; `unlessStep` is the caller's to apply. */
export function matchRule(rule: StepRule, view: PageView): RuleMatch {
  const evidence: string[] = [];
  for (const signal of rule.all ?? []) {
    if (!holds(signal, view)) return NO_MATCH;
    evidence.push(describeSignal(signal));
  }
  if (rule.any) {
    const held = rule.any.filter((signal) => holds(signal, view));
    if (held.length < (rule.min ?? 1)) return NO_MATCH;
    evidence.push(...held.map(describeSignal));
  }
  for (const signal of rule.none ?? []) {
    if (holds(signal, view)) return NO_MATCH;
  }
  return { matched: true, evidence };
}
