// The host, the layer, the card look the pill shares with the bubble, buttons
// and the pill: all a page without a step needs, and no more, since this
// sheet comes to every court page. The bubble's own rules come with the overlay.
// Sizes in px: the page's root font size must not scale the guide. Colours
// pair a light and a dark ring so one of them keeps 3:1 contrast on any page.
// The layer is contained (contain: strict): measuring or moving the bubble
// then lays out the layer alone, not the page around it; on a page of 200,000
// elements each such layout took 4 to 10 ms, and placing takes several.
export const BASE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; contain: strict; pointer-events: none; z-index: 2147483647;
  font: 400 var(--guide-font, 15px)/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #0b0c0c; }
.bubble, .pill { pointer-events: auto; background: #ffffff; border: 2px solid #1d4f91; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
.pill { position: fixed; right: 12px; bottom: 12px; padding: 6px 12px; }
.pill button { font: inherit; }
.pill button + button { margin-left: 8px; }
button { font: inherit; font-size: 0.9em; cursor: pointer; border: 1px solid #1d4f91; border-radius: 4px;
  background: #ffffff; color: #1d4f91; padding: 3px 8px; min-height: 28px; }
button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; box-shadow: 0 0 0 5px #0b0c0c; }
@media (forced-colors: active) {
  .bubble, .pill { border: 2px solid CanvasText; }
}
`;
