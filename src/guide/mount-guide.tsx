import { render } from 'preact';
import { GuideRoot, type GuideRootProps } from './overlay/GuideRoot';
import { GUIDE_CSS } from './overlay/guide-styles';

export const HOST_TAG = 'pacer-link-guide';

export interface MountedGuide {
  readonly host: HTMLElement;
  update(
    props: GuideRootProps,
    data: { court: string | null; flow: string | null; step: string | null },
  ): void;
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

function applyStyles(shadow: ShadowRoot, document: Document): void {
  const view = document.defaultView;
  // A constructed sheet is not an inline <style>, which a page's CSP may forbid.
  if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(GUIDE_CSS);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall back to a style element below.
    }
  }
  const style = document.createElement('style');
  style.textContent = GUIDE_CSS;
  shadow.append(style);
}

/**
 * The guide lives in an open shadow root on its own element, appended to the
 * document element: never inside the page's elements, and styles leak neither way.
 */
export function mountGuide(document: Document): MountedGuide {
  const host = document.createElement(HOST_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, document);
  const container = document.createElement('div');
  shadow.append(container);
  document.documentElement.append(host);

  return {
    host,
    update(props, data) {
      host.dataset.court = data.court ?? '';
      host.dataset.flow = data.flow ?? '';
      host.dataset.step = data.step ?? '';
      // A page that removed the host gets it back once per update, never in a loop.
      if (!host.isConnected) document.documentElement.append(host);
      render(<GuideRoot {...props} />, container);
    },
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}
