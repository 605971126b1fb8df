import { render, type VNode } from 'preact';

/**
 * Renders `content` in an open shadow root of `host`. The presenter's controls
 * live there because recognition walks the document, not shadow roots: their
 * words ("Next", "Utilities") never reach the rules that read the practice page.
 */
export function mountInShadow(host: HTMLElement, css: string, content: VNode): () => void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = host.ownerDocument.createElement('style');
  style.textContent = css;
  const container = host.ownerDocument.createElement('div');
  shadow.replaceChildren(style, container);
  render(content, container);
  return () => render(null, container);
}
