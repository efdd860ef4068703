/** Journeys 1 and 5: on a setting's own page, find its switch, mark and ring it, and say its state. */
import { findSwitch as defaultFind, mainArea, switchSignature, switchState } from '../finder';
import type { SwitchState } from '../messages';
import type { Setting, SettingId } from '../settings';
import { createMark, targetAttribute } from './marks';
import { type CalloutView, createOverlay, type Overlay } from './overlay';
import { fallbackView, stateView } from './views';
import { watchMain } from './watch';

/** Everything that can be a switch, for remembering what was on screen (the finder decides what is one). */
export const switchSelector = '[role="switch"], input[type="checkbox"]';

export interface SettingGuideOptions {
  signal: AbortSignal;
  doc?: Document;
  /** How long the switch may take to appear before the callout says it cannot find it. */
  budgetMs?: number;
  /** Switches that were on the page when the URL changed: what the old page left behind. */
  stale?: WeakSet<Element>;
  /** False once the document's URL shows another page (URL watchers may tell us late). */
  here?: () => boolean;
  /** Called when a check finds the URL showing another page, so the runner can follow at once. */
  onLeft?: () => void;
  /** Called with the switches on screen each time this page's own switch was found. */
  remember?: (switches: Element[]) => void;
  /** The state the member sees changed (null: no guided switch any more). */
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
    here = () => true,
    report,
    extras,
    now = () => new Date(),
  } = options;
  const { findSwitch = defaultFind } = options;
  const local = new AbortController();
  const signal = local.signal;
  options.signal.addEventListener('abort', () => local.abort(), { once: true, signal });
  const guide = { rerender: () => render() };
  if (options.signal.aborted) return guide;

  const view = doc.defaultView ?? window;
  const mark = createMark(doc, targetAttribute, setting.id);
  let overlay: Overlay | null = null;
  let state: SwitchState | null = null;
  /** Found by its label (id or text): from then on, position alone never names another element. */
  let sure = false;
  /** What the switch found by position called itself: a re-render keeps the name, the next page does not. */
  let accepted: { element: Element; name: string } | null = null;
  let timedOut = false;
  let scrolled = false;
  let budget = 0;
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

  const startBudget = () => {
    view.clearTimeout(budget);
    timedOut = false;
    budget = view.setTimeout(() => {
      timedOut = true;
      if (here()) render();
    }, budgetMs);
  };

  /** No switch to point at (yet, or any more): nothing marked, no state on the badge, the budget running. */
  const lose = () => {
    const had = mark.element !== null || state !== null;
    if (mark.element) overlay?.ring(null);
    mark.set(null);
    if (state) report?.(setting.id, null);
    if (state || !budget) startBudget();
    state = null;
    if (had) render();
  };

  const check = () => {
    if (signal.aborted) return;
    if (!here()) {
      // The URL already shows another page: whatever is on screen now is not this setting's.
      lose();
      options.onLeft?.();
      return;
    }
    const hit = findSwitch(doc, setting, { ownPage: true });
    // The last rung trusts position alone: never take a switch that was on screen when the URL changed, nor
    // a stranger once the switch was found by its label.
    const stranger = (found: Element) =>
      accepted !== null && found !== accepted.element && switchSignature(found) !== accepted.name;
    const trusted =
      hit && !(hit.rung === 'only-switch' && (sure || stale?.has(hit.element) || stranger(hit.element)));
    const element = trusted ? hit.element : null;
    const next = element ? switchState(element) : null;
    if (!hit || !element || !next) return lose();
    if (hit.rung !== 'only-switch') sure = true;
    else if (accepted?.element !== element) accepted = { element, name: switchSignature(element) };
    options.remember?.([...doc.querySelectorAll(switchSelector)]);
    const moved = mark.set(element);
    if (!scrolled) {
      scrolled = true;
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
    pending = view.setTimeout(() => {
      pending = 0;
      check();
    }, 0);
  };

  watchMain(doc, mainArea, check, signal);
  for (const type of ['change', 'click', 'keyup']) {
    doc.addEventListener(type, recheck, { capture: true, passive: true, signal });
  }
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
    if (state && mark.element) ui().show(stateView(setting, state, now(), extras?.(state)));
    else if (timedOut) ui().show({ ...fallbackView(setting), ...extras?.(null) });
    else overlay?.show(null);
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
