import { detectPage, detectWayIn } from '../detection/detect-page';
import type { Detection } from '../detection/types';
import { courtById } from '../flows/court-registry';
import type { CourtView, PageReport } from '../messaging/protocol';
import type { TextSize } from '../storage/preferences';
import type { GuideBackend, GuideSettings } from './guide-backend';
import type { GuideCode } from './guide-code';
import { chooseGuideView, type GuideView } from './guide-view';
import { fromPerson } from './from-person';
import { mountGuide, needsOverlay, type MountedGuide } from './mount-guide';
import type { GuideActions } from './overlay/guide-root';
import { watchPage } from './watch-page';

/** Pages render late: how long to look for a missing target before saying so. */
const TARGET_WAIT_MS = 4_000;
const FONT_PX: Readonly<Record<TextSize, number>> = { standard: 15, large: 18, larger: 22 };
const FOCUSABLE = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

function toReport(detection: Detection): PageReport {
  const { court, courtsNamed, training, flow, step, linked, courtOptions, registrations } =
    detection;
  return { court, courtsNamed, training, flow, step, linked, courtOptions, registrations };
}

function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  // jsdom has no layout and no checkVisibility: there, attribute checks in recognition suffice.
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

export interface GuideOptions {
  /**
   * The URL recognition sees. The practice court renders its look-alike pages
   * inside an extension page and gives each the URL of the court page it imitates.
   */
  readonly url?: () => URL;
  /** Whether the browser refuses cookies; the practice court simulates it. */
  readonly cookiesBlocked?: () => boolean;
  /** False once the extension is gone from under the page (see extension-alive.ts). */
  readonly alive?: () => boolean;
}

/**
 * Runs the guide on one page: recognise, report to the background, show the
 * step, and do it again when the page changes. Returns the cleanup, which
 * ends every listener, observer and timer.
 */
export function startGuide(
  window: Window,
  backend: GuideBackend,
  code: GuideCode,
  options: GuideOptions = {},
): () => void {
  const pageUrl = options.url ?? (() => new URL(window.location.href));
  const cookiesBlocked = options.cookiesBlocked ?? (() => !window.navigator.cookieEnabled);
  const alive = options.alive ?? (() => true);
  const { document } = window;
  // One import of the help desks per page, however often a help desk is drawn or
  // the guide mounted again; one that failed stays failed (the extension is gone).
  let helpDesks: ReturnType<GuideCode['helpDesks']> | null = null;
  const guideCode: GuideCode = {
    overlay: code.overlay,
    helpDesks: () => (helpDesks ??= code.helpDesks()),
  };
  const controller = new AbortController();
  const { signal } = controller;
  let detection: Detection | null = null;
  /** detectWayIn for the current detection, worked out once it is needed. */
  let wayIn: { for: Detection; way: Detection | null } | null = null;
  let court: CourtView | null = null;
  let preferences: GuideSettings | null = null;
  let expanded = false;
  /** The filer's choices on this page when the background has not answered for its court. */
  let local = { collapsed: false, enabled: true };
  let usernameLength = 0;
  let gaveUpWaiting = false;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = '';
  let mounted: MountedGuide | null = null;
  let view: GuideView = { kind: 'hidden' };
  const watchedFields = new WeakSet<Element>();
  /** The page's element that had focus last: collapsing the guide gives focus back to it. */
  let focusedBeforeGuide: HTMLElement | null = null;
  /** Collapsed while focus was in the guide: once the bubble is gone, focus goes back. */
  let focusToReturn = false;

  const target = (): Element | null =>
    view.kind === 'step' ? (view.target?.element ?? null) : null;
  const bubble = (): HTMLElement | null =>
    mounted?.root.querySelector<HTMLElement>('[data-part="hint"]') ?? null;

  const followTyping = () => {
    const field = detection?.highlight.find((candidate) => candidate.id === 'username')?.element;
    if (!field || watchedFields.has(field)) return;
    watchedFields.add(field);
    // The username only, and only its length: the password field is never touched.
    field.addEventListener(
      'input',
      () => {
        usernameLength = (field as HTMLInputElement).value.length;
        render();
      },
      { signal },
    );
  };

  const trackMissingTarget = () => {
    const missing = view.kind === 'step' && view.targetState === 'missing';
    if (!missing) {
      clearTimeout(waitTimer);
      waitTimer = undefined;
      gaveUpWaiting = false;
    } else if (!waitTimer && !gaveUpWaiting) {
      waitTimer = setTimeout(() => {
        gaveUpWaiting = true;
        render();
      }, TARGET_WAIT_MS);
    }
  };

  const stop = () => {
    controller.abort();
    clearTimeout(waitTimer);
    mounted?.unmount();
    mounted = null;
  };

  /** An updated or reloaded extension runs a new guide on the next page; this one leaves quietly. */
  const orphaned = (): boolean => {
    if (alive()) return false;
    stop();
    return true;
  };

  // Worked out once per recognised page, and only when chooseGuideView asks: in a
  // tracked court, on a page outside the flows. Most pages never look.
  const wayInOf = (page: Detection): Detection | null => {
    if (wayIn?.for !== page) wayIn = { for: page, way: detectWayIn(pageUrl(), document, page) };
    return wayIn.way;
  };

  const viewOf = (page: Detection): GuideView =>
    chooseGuideView(
      {
        detection: page,
        court,
        role: preferences?.role ?? null,
        conditions: { cookiesBlocked: cookiesBlocked(), usernameLength },
        enabled: court?.guide.enabled ?? local.enabled,
        collapsed: court?.guide.collapsed ?? local.collapsed,
        expanded,
        wayIn: () => wayInOf(page),
      },
      isShown,
    );

  const render = () => {
    if (!detection || signal.aborted || orphaned()) return;
    view = viewOf(detection);
    trackMissingTarget();
    mounted ??= mountGuide(document, guideCode);
    const courtId = court?.court ?? detection.court;
    mounted.update(
      {
        view,
        courtType: courtId ? (courtById(courtId)?.type ?? null) : null,
        court: courtId ? (courtById(courtId) ?? null) : null,
        inCourt: courtId !== null,
        training: detection.training,
        fontSize: FONT_PX[preferences?.textSize ?? 'standard'],
        gaveUpWaiting,
        reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
        focusedOnPage: () =>
          document.activeElement === mounted?.host ? null : document.activeElement,
        actions,
      },
      {
        court: courtId,
        flow: view.kind === 'step' ? view.flow : detection.flow,
        step: detection.step,
      },
    );
    followTyping();
    if (focusToReturn && !needsOverlay(view)) {
      focusToReturn = false;
      returnFocus();
    }
  };

  /** To the page's element focused before the guide took focus, else to the pill's expand button. */
  const returnFocus = () => {
    const before = focusedBeforeGuide;
    if (before?.isConnected) {
      before.focus();
      if (document.activeElement === before) return;
    }
    mounted?.root.querySelector<HTMLElement>('[data-action="expand"]')?.focus();
  };

  /** Asks the background, and carries on without it when it cannot answer (an extension update, say). */
  const ask = async (question: () => Promise<CourtView | null>) => {
    try {
      const answer = await question();
      if (answer) court = answer;
    } catch {
      // The guide still works from the page alone.
    }
    render();
  };

  const preferencesRead = (async () => {
    try {
      preferences = await backend.getPreferences();
    } catch {
      // Defaults apply.
    }
  })();

  /** `first`: the run at start, the one that waits for the preferences. */
  const run = async (first = false) => {
    if (signal.aborted || orphaned()) return;
    detection = detectPage(pageUrl(), document);
    if (!detection.court && !detection.step) {
      mounted?.unmount();
      mounted = null;
      return;
    }
    // A bubble or checklist needs the overlay's code: fetched while the
    // preferences are read, not after. Later runs draw at once, and drawing loads it.
    if (first && needsOverlay(viewOf(detection))) code.overlay().catch(() => undefined);
    // Text size and role before the first drawing, so that it never jumps.
    await preferencesRead;
    if (signal.aborted) return;
    render();
    const report = toReport(detection);
    const key = JSON.stringify(report);
    if ((report.step || report.linked !== null) && key !== lastReport) {
      lastReport = key;
      await ask(() => backend.reportPage(report));
    } else if (detection.court && !court) {
      const courtId = detection.court;
      await ask(() => backend.getCourtView(courtId));
    }
  };

  const setPreference = (change: { collapsed?: boolean; enabled?: boolean }) => {
    const courtId = court?.court ?? detection?.court;
    const keepOnThisPage = () => {
      if (court) court = { ...court, guide: { ...court.guide, ...change } };
      else local = { ...local, ...change };
    };
    if (!courtId) {
      keepOnThisPage();
      render();
      return;
    }
    void ask(() =>
      backend.setGuidePreference(courtId, change).catch((error: unknown) => {
        // Unsaved, but the filer's click still counts on this page.
        keepOnThisPage();
        throw error;
      }),
    );
  };

  const actions: GuideActions = {
    collapse: () => {
      expanded = false;
      focusToReturn = mounted !== null && document.activeElement === mounted.host;
      setPreference({ collapsed: true });
    },
    expand: () => {
      expanded = true;
      if (court?.guide.collapsed || local.collapsed) setPreference({ collapsed: false });
      else render();
      void mounted?.drawn().then(() => bubble()?.focus());
    },
    turnOff: () => setPreference({ enabled: false }),
    notNeeded: () => {
      const courtId = court?.court ?? detection?.court;
      expanded = false;
      if (courtId) void ask(() => backend.markNotNeeded(courtId));
    },
    restart: () => {
      const courtId = court?.court ?? detection?.court;
      expanded = true;
      lastReport = '';
      if (courtId) void ask(() => backend.restartCourt(courtId)).then(() => run());
    },
    focusTarget: () => {
      const element = target() as HTMLElement | null;
      if (element && FOCUSABLE.has(element.tagName)) element.focus();
      else element?.scrollIntoView({ block: 'center' });
    },
  };

  const onKey = (event: KeyboardEvent) => {
    if (!fromPerson(event)) return;
    if (!(event.altKey && event.shiftKey && event.code === 'KeyG') || !mounted) return;
    event.preventDefault();
    if (document.activeElement === mounted.host) actions.focusTarget();
    else bubble()?.focus();
  };

  window.addEventListener('keydown', onKey, { signal });
  // Focus entering the guide's shadow root shows as the host here: only the page's own elements count.
  document.addEventListener(
    'focus',
    (event) => {
      // A page's script could fake a focus to choose where Escape sends the filer.
      if (!fromPerson(event)) return;
      const element = event.target;
      if (element instanceof HTMLElement && element !== mounted?.host && element !== document.body)
        focusedBeforeGuide = element;
    },
    { signal, capture: true },
  );
  // Ticking a box or choosing a court changes no attribute: the next target follows from the change.
  document.addEventListener('change', () => render(), { signal, capture: true });
  watchPage(document, () => void run(), signal);
  void run(true);

  return stop;
}
