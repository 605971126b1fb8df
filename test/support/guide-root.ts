// The guide's shadow root is closed: `host.shadowRoot` is null for the page
// and for tests alike. Tests keep each root as it is attached (as the content
// script does), by watching attachShadow from the moment this module loads.
// A plain wrapper rather than vi.spyOn, which vi.restoreAllMocks would undo.
const roots = new WeakMap<Element, ShadowRoot>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as this
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};

/** The shadow root attached to `host`, open or closed, or null. */
export function guideRoot(host: Element): ShadowRoot | null {
  return roots.get(host) ?? null;
}
