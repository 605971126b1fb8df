// The overlay: the step bubble, ring, names check and checklist, with Preact.
// On court pages it is a separate file the content script imports only when a
// page needs it (dockets and queries never do); see overlay-file.ts.
import { render } from 'preact';
import { adoptStyles } from '../adopt-styles';
import { GuideRoot, type GuideRootProps } from './guide-root';
import { OVERLAY_CSS } from './guide-styles';
import { guideStrings, type Translate } from './strings';

export type OverlayProps = Omit<GuideRootProps, 'strings'> & { readonly translate: Translate };

const styled = new WeakSet<ShadowRoot>();

/** Draws the overlay into a container in the guide's shadow root; null takes it down. */
export function renderOverlay(container: HTMLElement, props: OverlayProps | null): void {
  if (!props) {
    render(null, container);
    return;
  }
  const root = container.getRootNode() as ShadowRoot;
  if (root.nodeType === root.DOCUMENT_FRAGMENT_NODE && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, OVERLAY_CSS);
  }
  render(<GuideRoot {...props} strings={guideStrings(props.translate)} />, container);
}

export type OverlayModule = { readonly renderOverlay: typeof renderOverlay };
