// The bubble, ring, names check and checklist, added to the shadow root's
// base sheet (base-styles.ts) when the overlay first draws.
export const OVERLAY_CSS = `
/* 3 px outside the target and no more (see RING_PADDING): a 2 px yellow line and a 1 px dark
   one inside it, so that one of them keeps 3:1 contrast on any page, and neighbouring links
   in CM/ECF's dense lists stay uncovered. Painted within its own box, so its box is all it covers. */
.ring { position: fixed; pointer-events: none; border-radius: 3px;
  border: 2px solid #ffdd00; box-shadow: inset 0 0 0 1px #0b0c0c; }
@media (prefers-reduced-motion: no-preference) {
  .ring { transition: top 120ms ease-out, left 120ms ease-out, width 120ms ease-out, height 120ms ease-out; }
}
/* Larger text widens the bubble rather than lengthening it: 340 px at 15 px text, 620 px at 22 px. */
.bubble { position: fixed; width: calc(340px + (var(--guide-font, 15px) - 15px) * 40);
  max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto; padding: 12px 14px; }
.bubble.docked { right: 12px; bottom: 12px; }
.bubble:focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; box-shadow: 0 0 0 5px #0b0c0c; }
button.primary { background: #1d4f91; color: #ffffff; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.header { display: flex; align-items: baseline; gap: 8px; justify-content: space-between; margin: 0 0 4px; }
.progress { font-size: 0.85em; font-weight: 600; color: #1d4f91; margin: 0; }
.badge { font-size: 0.8em; background: #fff3bf; border: 1px solid #8a6d00; border-radius: 4px; padding: 0 4px; }
.instruction { font-size: 1.1em; font-weight: 700; margin: 4px 0 8px; }
ul.hints { list-style: none; margin: 0; padding: 0; }
ul.hints li { margin: 6px 0; padding: 6px 8px; border-left: 4px solid #1d4f91; background: #f3f6fa; }
ul.hints li.warning { border-left-color: #b10e1e; background: #fdf0f1; }
ul.hints li.linked-evidence { border-left-color: #00703c; background: #eef7f1; }
.names { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; margin: 8px 0; }
.names dt { font-size: 0.85em; color: #505a5f; }
.names dd { margin: 0; font-weight: 700; overflow-wrap: anywhere; }
.verdict { margin: 6px 0; padding: 6px 8px; border-radius: 4px; font-weight: 700; }
.verdict.match { background: #eef7f1; color: #00703c; }
.verdict.differ { background: #b10e1e; color: #ffffff; font-size: 1.1em; }
.missing { margin: 6px 0; padding: 6px 8px; background: #fff3bf; border-radius: 4px; }
.help-desk { margin: 6px 0; padding: 6px 8px; border-left: 4px solid #1d4f91; background: #f3f6fa; }
.help-desk p { margin: 0 0 4px; overflow-wrap: anywhere; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
ol.checklist { margin: 6px 0 0; padding-left: 22px; }
ol.checklist li.current { font-weight: 700; }
.shortcut { font-size: 0.8em; color: #505a5f; margin: 8px 0 0; }
@media (forced-colors: active) {
  .ring { border: 2px solid Highlight; box-shadow: inset 0 0 0 1px CanvasText; forced-color-adjust: none; }
  .verdict.differ { border: 2px solid CanvasText; }
}
`;
