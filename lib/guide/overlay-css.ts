/**
 * The callout's class names (the tones on, off, step and info are classes too, set from data). Builds shorten them
 * in the CSS and in overlay.ts alike (scripts/overlay-classes.ts): refer to them as `classes.name` only.
 */
export const classes = {
  layer: 'layer',
  dark: 'dark',
  ring: 'ring',
  clear: 'clear',
  callout: 'callout',
  compact: 'compact',
  pill: 'pill',
  head: 'head',
  title: 'title',
  brand: 'brand',
  long: 'long',
  short: 'short',
  body: 'body',
  hint: 'hint',
  actions: 'actions',
  action: 'action',
  quiet: 'quiet',
  close: 'close',
  more: 'more',
} as const;

/** The in-page UI's CSS, inlined into its closed shadow root (no web-accessible files for LinkedIn to probe). */
export const overlayCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646;
  font: 14px/1.45 system-ui, sans-serif; /* Chrome and Firefox always resolve system-ui: no fallbacks needed */
  --ring: #c2410c; --bg: #fff; --fg: #1d2226; --muted: #56687a;
  --on: #b42318; --off: #067647; --link: #0a66c2; }
.layer.dark { --ring: #fb923c; --bg: #1b1f23; --fg: #e9e9e9; --muted: #b0b7bf;
  --on: #f97066; --off: #47cd89; --link: #71b7fb; }
.ring { position: fixed; left: 0; top: 0; border: 3px solid var(--ring); border-radius: 10px;
  box-shadow: 0 0 0 4px color-mix(in srgb, var(--ring) 25%, transparent); }
/* The entrance pulse: a halo that grows and fades twice. Only opacity and transform change, so the compositor
   animates it off the main thread, and it ends after 1.4 s (README, "Performance"). */
.ring::after { content: ""; position: absolute; inset: -3px; border-radius: 12px; opacity: 0;
  box-shadow: 0 0 0 6px color-mix(in srgb, var(--ring) 35%, transparent); animation: pulse 0.7s ease-out 2; }
.ring.step { border: 2px dashed var(--ring); box-shadow: none; }
.ring.step::after { display: none; }
.ring.clear { visibility: hidden; }
.callout[hidden] { display: none; } /* its own display (the pill's flex) would beat the UA's [hidden] */
@keyframes pulse { from { opacity: 1; transform: scale(1); } to { opacity: 0; transform: scale(1.12); } }
/* Borders take the ring's colour; buttons invert the callout's own (the same values in both themes). */
.callout { position: fixed; left: 0; top: 0; width: min(320px, calc(100vw - 16px)); pointer-events: auto;
  background: var(--bg); color: var(--fg); border: 2px solid var(--ring); border-radius: 12px;
  padding: 12px 14px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.22); overflow: auto; }
.callout.compact { width: auto; max-width: min(320px, calc(100vw - 16px)); padding: 8px 12px; }
/* The pill: one line of the short title, the checkup's own button (its walk must go on), More and close. */
.callout.pill { display: flex; align-items: center; gap: 6px; width: auto; max-width: min(420px, calc(100vw - 16px));
  padding: 4px 6px 4px 12px; border-radius: 20px; }
.pill .head { display: contents; }
.pill .body, .pill .hint, .pill .brand, .pill .long, .short, .pill .actions a, .pill .action.quiet { display: none; }
.pill .short { display: inline; }
.pill .title { order: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.pill .actions { order: 2; flex: none; margin: 0; flex-wrap: nowrap; }
.pill .actions:not(:has(.action:not(.quiet))) { display: none; }
.pill .close { order: 4; margin: 0; }
.more { display: none; flex: none; min-height: 28px; padding: 0 10px; border-color: var(--link);
  color: var(--link); font-size: 13px; font-weight: 600; }
.pill .more { display: inline-block; order: 3; }
.head { display: flex; gap: 8px; align-items: flex-start; }
.title { margin: 0; flex: 1; font-weight: 600; }
.title.on { color: var(--on); }
.title.off { color: var(--off); }
.body, .hint { margin: 6px 0 0; }
.hint { color: var(--muted); font-size: 13px; }
.brand { display: block; margin-bottom: 2px; color: var(--muted); font-size: 12px; font-weight: 400; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
.actions:empty { display: none; }
a { color: var(--link); font-weight: 600; }
.actions a { display: inline-flex; align-items: center; min-height: 24px; }
button { font: inherit; cursor: pointer; border-radius: 16px; background: transparent; border: 1px solid transparent; }
.action { background: var(--fg); color: var(--bg); border-color: var(--fg); padding: 4px 14px; font-weight: 600;
  min-height: 32px; }
.action.quiet { background: transparent; color: var(--link); border-color: transparent; padding: 4px 6px; text-align: start; }
.action.quiet:hover { text-decoration: underline; }
.close { flex: none; width: 28px; height: 28px; margin-block-start: -4px; margin-inline-end: -6px; padding: 0;
  color: var(--muted); font-size: 20px; line-height: 1; }
.close:hover { color: var(--fg); }
:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { .ring::after { display: none; } }
/* Forced colours: the browser already gives text, links, backgrounds and borders the system colours and drops
   shadows; only the ring (Highlight), the halo and the inverted buttons need saying. */
@media (forced-colors: active) {
  .ring, .ring.step { border-color: Highlight; }
  .ring::after { display: none; }
  .action { background: ButtonFace; color: ButtonText; border-color: ButtonText; forced-color-adjust: none; }
}
`;
