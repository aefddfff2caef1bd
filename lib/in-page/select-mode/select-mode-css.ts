/**
 * Select mode's styles, for its closed shadow roots. A translucent chip over each tile like the
 * capture button (readable on any thumbnail, in either colour scheme), and a bar in the page's
 * colour scheme. Forced colours and reduced motion are honoured.
 */
// ui-literal: not user-facing (CSS)
const FONT = 'font:500 13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;';

// ui-literal: not user-facing (CSS)
export const TILE_CSS = `
button{all:unset;box-sizing:border-box;position:absolute;top:8px;inset-inline-start:8px;width:28px;height:28px;border-radius:8px;cursor:pointer;
background:rgba(22,22,30,.55);border:2px solid rgba(255,255,255,.9);box-shadow:0 1px 6px rgba(0,0,0,.35);display:grid;place-items:center}
button::after{content:"";width:12px;height:7px;border:solid #fff;border-width:0 0 3px 3px;transform:translateY(-2px) rotate(-45deg);opacity:0}
button[aria-checked="true"]{background:#6d4aff;border-color:#fff}
button[aria-checked="true"]::after{opacity:1}
button:hover{background:rgba(22,22,30,.75)}
button[aria-checked="true"]:hover{background:#5a37f0}
button:focus-visible{outline:3px solid #fff;outline-offset:2px;box-shadow:0 0 0 6px rgba(0,0,0,.6)}
@media (forced-colors:active){button{forced-color-adjust:none;background:Canvas;border-color:CanvasText}button::after{border-color:CanvasText}button[aria-checked="true"]{background:Highlight}}
`;

// ui-literal: not user-facing (CSS)
export const SELECT_BAR_CSS = `
:host{color-scheme:light dark}
.bar{box-sizing:border-box;display:flex;flex-wrap:wrap;align-items:center;gap:10px 16px;padding:12px 14px 12px 18px;border-radius:14px;${FONT}
background:#fff;color:#17151f;border:1px solid #d9d6e3;box-shadow:0 12px 36px rgba(0,0,0,.35)}
.text{display:flex;flex-direction:column;min-width:0;flex:1 1 200px}
.count{font-size:15px;font-weight:700}
.note{color:#5c5770}
.actions{display:flex;flex-wrap:wrap;gap:8px}
button{all:unset;box-sizing:border-box;cursor:pointer;padding:8px 12px;border-radius:9px;font-weight:600;white-space:nowrap}
button.ghost{background:transparent;border:1px solid #d9d6e3}
button.ghost:hover{background:#f1eff7}
button.primary{background:#6d4aff;color:#fff;border:1px solid #6d4aff}
button.primary:hover{background:#5a37f0}
button:disabled{cursor:default;opacity:.5}
button:focus-visible{outline:3px solid #6d4aff;outline-offset:2px}
@media (prefers-color-scheme:dark){.bar{background:#1d1a25;color:#f1eff7;border-color:#3a3548}.note{color:#b7b1c8}button.ghost{border-color:#3a3548}button.ghost:hover{background:#2a2636}button.primary{background:#8c6dff;border-color:#8c6dff;color:#0f0d14}button:focus-visible{outline-color:#b9a6ff}}
@media (forced-colors:active){.bar{border:1px solid CanvasText}button{border:1px solid ButtonText}button.primary{background:Highlight;color:HighlightText}}
`;
