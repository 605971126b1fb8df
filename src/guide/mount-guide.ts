import { t } from '../platform/i18n';
import { BASE_CSS } from './base-styles';
import { adoptStyles } from './adopt-styles';
import type { LoadOverlay } from './guide-code';
import type { GuideView } from './guide-view';
import { fromPerson } from './from-person';
import { HOST_ATTRIBUTE } from './guide-host';
import type { OverlayModule, OverlayProps } from './overlay/render-overlay';

export { HOST_SELECTOR } from './guide-host';

export type GuideProps = Omit<OverlayProps, 'translate'> & {
  readonly fontSize: number;
};

/** What the host element says of the page, for the filer's tools and tests. */
export interface GuideData {
  readonly court: string | null;
  readonly flow: string | null;
  readonly step: string | null;
}

export interface MountedGuide {
  readonly host: HTMLElement;
  /** The guide's closed shadow root: only the content script holds it. */
  readonly root: ShadowRoot;
  update(props: GuideProps, data: GuideData): void;
  /** Settles once the last update is on the page (the overlay may still be loading). */
  drawn(): Promise<void>;
  unmount(): void;
}

// Inline, important: the page's own styles must not reach the host either.
const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

// Events a page's script could dispatch into the guide to act as the filer.
const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'focusin',
] as const;

/** Stops, before any of the guide's own handlers, every event no person caused. */
function acceptOnlyPeople(root: ShadowRoot): void {
  const refuse = (event: Event) => {
    if (fromPerson(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, refuse, { capture: true });
}

/** Attributes a page could set on the host to hide or disable the guide. */
const PAGE_SET_ATTRIBUTES = ['hidden', 'inert', 'class', 'popover', 'dir'];

/**
 * Gives the host its own style, and puts it back whenever something else
 * changes it or sets an attribute that would hide it. Returns the stop.
 */
function keepHostStyle(host: HTMLElement): () => void {
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const style = host.getAttribute('style') ?? '';
  const restore = () => {
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    for (const name of PAGE_SET_ATTRIBUTES) host.removeAttribute(name);
  };
  const view = host.ownerDocument.defaultView;
  if (!view) return () => undefined;
  // A correction is one more record, which then finds nothing left to correct.
  const observer = new view.MutationObserver(restore);
  observer.observe(host, { attributes: true, attributeFilter: ['style', ...PAGE_SET_ATTRIBUTES] });
  return () => observer.disconnect();
}

export function needsOverlay(view: GuideView): boolean {
  return view.kind === 'step' || view.kind === 'checklist';
}

function pillText(view: GuideView & { kind: 'pill' }): string {
  return view.reason === 'not-linked' || !view.guide
    ? t('guide_not_linked_pill')
    : t('guide_collapsed_pill', String(view.guide.number), String(view.guide.total));
}

/**
 * The guide lives in a closed shadow root on its own element, appended to the
 * document element: never inside the page's elements, and styles leak neither
 * way. The page sees the host and its data-court/-flow/-step, nothing inside:
 * it cannot read, change or press the guide (see README, "What a court page
 * can and cannot do").
 * The pill is drawn here, without Preact; the step bubble and checklist come
 * from the overlay, loaded the first time a page needs one.
 */
export function mountGuide(document: Document, loadOverlay: LoadOverlay): MountedGuide {
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const stopKeepingStyle = keepHostStyle(host);
  // The guide speaks the browser's language, whatever the page's is: screen readers follow lang.
  host.lang = t('ui_language');
  const shadow = host.attachShadow({ mode: 'closed' });
  acceptOnlyPeople(shadow);
  adoptStyles(shadow, BASE_CSS);
  const layer = document.createElement('div');
  layer.className = 'layer';
  const pill = document.createElement('div');
  pill.className = 'pill';
  pill.dataset.part = 'pill';
  const expand = document.createElement('button');
  expand.type = 'button';
  expand.dataset.action = 'expand';
  // Most courts a filer reads in are courts with nothing to link: one press says so.
  const notNeeded = document.createElement('button');
  notNeeded.type = 'button';
  notNeeded.dataset.action = 'not-needed';
  notNeeded.textContent = t('guide_not_needed');
  pill.append(expand);
  const overlayContainer = document.createElement('div');
  layer.append(overlayContainer);
  shadow.append(layer);
  document.documentElement.append(host);

  let overlay: OverlayModule | null = null;
  let loading: Promise<void> | null = null;
  let latest: GuideProps | null = null;
  let latestData: GuideData = { court: null, flow: null, step: null };
  let removed = false;
  expand.addEventListener('click', () => latest?.actions.expand());
  notNeeded.addEventListener('click', () => latest?.actions.notNeeded());

  // Marked on the host once drawn, so that what it says is what the filer sees.
  const mark = () => {
    host.dataset.court = latestData.court ?? '';
    host.dataset.flow = latestData.flow ?? '';
    host.dataset.step = latestData.step ?? '';
  };

  const drawOverlay = () => {
    if (!overlay || !latest || removed) return;
    overlay.renderOverlay(overlayContainer, { ...latest, translate: t });
    mark();
  };

  const load = (): Promise<void> =>
    (loading ??= loadOverlay().then(
      (module) => {
        overlay = module;
        drawOverlay();
      },
      () => {
        // The extension was updated or removed under the page: the pill and
        // nothing more, never a half-drawn bubble.
      },
    ));

  return {
    host,
    root: shadow,
    update(props, data) {
      latest = props;
      latestData = data;
      // A page that removed the host gets it back once per update, never in a loop.
      if (!host.isConnected) document.documentElement.append(host);
      layer.style.setProperty('--guide-font', `${props.fontSize}px`);
      const { view } = props;
      if (view.kind === 'pill') {
        expand.textContent = pillText(view);
        if (view.reason === 'not-linked') pill.append(notNeeded);
        else notNeeded.remove();
        if (!pill.isConnected) layer.prepend(pill);
      } else {
        pill.remove();
      }
      if (overlay) drawOverlay();
      else if (needsOverlay(view)) void load();
      else mark();
    },
    drawn: () => (needsOverlay(latest?.view ?? { kind: 'hidden' }) ? load() : Promise.resolve()),
    unmount() {
      removed = true;
      stopKeepingStyle();
      overlay?.renderOverlay(overlayContainer, null);
      host.remove();
    },
  };
}
