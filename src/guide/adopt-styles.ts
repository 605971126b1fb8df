/**
 * Adds a stylesheet to the guide's shadow root. A constructed sheet is not an
 * inline <style>, which a page's content security policy may forbid.
 */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const view = shadow.ownerDocument.defaultView;
  if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall back to a style element below.
    }
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
