// Styles of the practice mark and the presenter's panel, inside their shadow
// roots. Sizes follow --practice-font, which the text size control sets.

const BASE = `
:host { all: initial; display: block; font: var(--practice-font, 15px)/1.4 system-ui, sans-serif; color: #1b1b1b; }
*, *::before, *::after { box-sizing: border-box; }
button, select, input { font: inherit; }
:focus-visible { outline: 3px solid #ffbe2e; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { button { transition: background-color 0.15s; } }
`;

export const BANNER_CSS = `${BASE}
.banner { background: repeating-linear-gradient(135deg, #fff1c2 0 14px, #ffe396 14px 28px); border-bottom: 2px solid #8a6100; padding: 0.35em 1em; }
.mark { margin: 0; font-size: 1.05em; }
.mark strong { text-transform: uppercase; letter-spacing: 0.06em; background: #8a6100; color: #fff; padding: 0.05em 0.45em; border-radius: 3px; }
.court { color: #4a3500; }
.address { margin: 0.3em 0 0; background: #fff; border: 1px solid #a9aeb1; border-radius: 999px; padding: 0.15em 0.8em; font-family: ui-monospace, monospace; font-size: 0.85em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
@media (forced-colors: active) { .banner { border-bottom: 2px solid CanvasText; } .mark strong { border: 1px solid CanvasText; } }
`;

export const PRESENTER_CSS = `${BASE}
.presenter { padding: 0.5em 0.7em 1em; background: #f0f4f8; min-height: 100vh; }
h2 { font-size: 1.1em; margin: 0 0 0.35em; }
h3 { font-size: 0.9em; margin: 0.5em 0 0.15em; color: #1a4480; }
.field { display: grid; gap: 0.15em; margin-bottom: 0.35em; }
.field select { width: 100%; padding: 0.25em; }
.status { margin: 0.3em 0 0.4em; padding: 0.25em 0.5em; background: #fff; border-left: 4px solid #1a4480; }
.row { display: flex; gap: 0.5em; }
.row button { flex: 1; }
button { cursor: pointer; padding: 0.35em 0.6em; border: 1px solid #1a4480; border-radius: 4px; background: #fff; color: #1a4480; }
button:hover:not(:disabled) { background: #d9e8f6; }
button:disabled { opacity: 0.5; cursor: default; }
.wide { width: 100%; margin-top: 0.35em; }
ol { list-style: none; margin: 0; padding: 0; }
/* Compact, so that both flows' steps fit a 1280×800 screen without scrolling. */
ol button { width: 100%; text-align: left; border-color: transparent; margin: 0; padding: 0.05em 0.4em; line-height: 1.3; font-size: 0.92em; }
ol button[aria-current] { background: #1a4480; color: #fff; font-weight: 600; }
/* Hovered, the current step keeps its contrast (the light hover of other buttons would wash out its white text). */
ol button[aria-current]:hover:not(:disabled) { background: #162e51; color: #fff; }
.number { display: inline-block; min-width: 1.6em; font-variant-numeric: tabular-nums; }
fieldset { border: 1px solid #a9aeb1; border-radius: 4px; margin: 0.9em 0 0; padding: 0.4em 0.6em 0.6em; background: #fff; }
legend { font-weight: 600; padding: 0 0.3em; }
.choice { display: flex; gap: 0.45em; align-items: flex-start; margin: 0.3em 0; cursor: pointer; }
.choice.inline { display: inline-flex; margin-right: 0.8em; }
.choice input { margin-top: 0.25em; }
.choice-label { display: block; }
.hint { display: block; font-size: 0.85em; color: #565c65; }
.variants button { width: 100%; margin-top: 0.4em; }
.note { font-size: 0.85em; color: #565c65; margin-top: 1em; }
@media (forced-colors: active) { ol button[aria-current] { border: 2px solid Highlight; } }
`;
