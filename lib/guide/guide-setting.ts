/** Journeys 1 and 5: on a setting's own page, find its switch, mark and ring it, and say its state. */
import { findSwitch as defaultFind, mainArea, switchState } from '../finder';
import type { SwitchState } from '../messages';
import type { Setting, SettingId } from '../settings';
import { createMark, targetAttribute } from './marks';
import { type CalloutView, createOverlay, type Overlay } from './overlay';
import { fallbackView, stateView } from './views';
import { watchMain } from './watch';

export interface SettingGuideOptions {
  signal: AbortSignal;
  doc?: Document;
  /** How long the switch may take to appear before the callout says it cannot find it. */
  budgetMs?: number;
  /** Switches that were on the page when the URL changed: what the old page left behind. */
  stale?: WeakSet<Element>;
  /** The state the member sees changed (null: the guide ended). */
  report?: (setting: SettingId, state: SwitchState | null) => void;
  /** Extra callout parts for a state, null: for the fallback (the checkup's "Next setting"). */
  extras?: (state: SwitchState | null) => Partial<CalloutView>;
  onAction?: (id: string) => void;
  /** Called when the member dismisses the guide. */
  onDismiss?: () => void;
  findSwitch?: typeof defaultFind;
  now?: () => Date;
}

export interface SettingGuide {
  /** Renders the callout again (its extras changed). */
  rerender(): void;
}

/** Guides the member to `setting`'s switch until `signal` aborts or the member dismisses it. */
export function guideSetting(setting: Setting, options: SettingGuideOptions): SettingGuide {
  const {
    doc = document,
    budgetMs = 5000,
    stale,
    report,
    extras,
    findSwitch = defaultFind,
    now = () => new Date(),
  } = options;
  const local = new AbortController();
  const signal = local.signal;
  options.signal.addEventListener('abort', () => local.abort(), { once: true, signal });
  const guide = { rerender: () => render() };
  if (options.signal.aborted) return guide;

  const mark = createMark(doc, targetAttribute, setting.id);
  let overlay: Overlay | null = null;
  let state: SwitchState | null = null;
  let found = false;
  let pending = 0;

  const ui = () => {
    overlay ??= createOverlay(doc, {
      signal,
      onDismiss: () => {
        local.abort();
        options.onDismiss?.();
      },
      onAction: options.onAction,
    });
    return overlay;
  };

  const check = () => {
    if (signal.aborted) return;
    const hit = findSwitch(doc, setting, { ownPage: true });
    // The last rung trusts position alone: never take a switch that was on screen when the URL changed
    // (it may belong to the page being left; a reused node with a known label id is found by rung 1).
    const element = hit && !(hit.rung === 'only-switch' && stale?.has(hit.element)) ? hit.element : null;
    const next = element ? switchState(element) : null;
    const moved = mark.set(next ? element : null);
    if (!next || !element) {
      if (moved) overlay?.ring(null);
      if (moved && found) overlay?.show(null);
      return;
    }
    if (!found) {
      found = true;
      scrollOnce(element);
    }
    if (moved) ui().ring(element);
    if (moved || next !== state) {
      const changed = next !== state;
      state = next;
      render();
      if (changed) report?.(setting.id, next);
    }
    overlay?.refresh();
  };
  // Clicks toggle `checked` without any DOM mutation: re-read once the page's own handlers ran.
  const recheck = () => {
    if (pending) return;
    pending = (doc.defaultView ?? window).setTimeout(() => {
      pending = 0;
      check();
    }, 0);
  };

  watchMain(doc, mainArea, check, signal);
  for (const type of ['change', 'click', 'keyup'])
    doc.addEventListener(type, recheck, { capture: true, passive: true, signal });
  const view = doc.defaultView ?? window;
  let timedOut = false;
  const budget = view.setTimeout(() => {
    timedOut = true;
    if (!found) render();
  }, budgetMs);
  signal.addEventListener(
    'abort',
    () => {
      view.clearTimeout(budget);
      view.clearTimeout(pending);
      mark.set(null);
      if (state) report?.(setting.id, null);
    },
    { once: true },
  );
  check();
  return guide;

  function render() {
    if (signal.aborted) return;
    if (found && state && mark.element) ui().show(stateView(setting, state, now(), extras?.(state)));
    else if (!found && timedOut) ui().show({ ...fallbackView(setting), ...extras?.(null) });
  }
}

/** Brings the switch into view once, unless it is already fully visible. */
function scrollOnce(element: Element) {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const r = element.getBoundingClientRect();
  if (r.top >= 0 && r.bottom <= view.innerHeight && r.left >= 0 && r.right <= view.innerWidth) return;
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
