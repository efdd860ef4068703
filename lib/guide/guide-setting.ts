/** Journeys 1 and 5: on a setting's own page, find its switch, mark and ring it, and say its state. */
import { findSwitch as defaultFind, mainArea, switchSignature, switchState } from '../finder';
import { inOneLook, openShadowRoots, queryComposed } from '../finder/dom';
import type { Rung } from '../finder/locators';
import type { LabelBook } from '../linkedin/label-book';
import type { Setting, SettingId } from '../linkedin/settings';
import type { SwitchState } from '../messages';
import { createMark, targetAttribute } from './marks';
import { type CalloutView, createOverlay, type Overlay } from './overlay';
import { isFound, nextSession, type PageSession, type SessionEvent, startSession } from './page-session';
import { fallbackView, stateView } from './views';
import { watchMain } from './watch';

/** Everything that can be a switch, for remembering what was on screen (the finder decides what is one). */
export const switchSelector = '[role="switch"], input[type="checkbox"]';

/**
 * Every switch on screen, those in open shadow roots under the main area too (the finder looks there), with its name
 * now: one the app renames later shows another page.
 */
export const namedSwitches = (doc: Document): [Element, string][] =>
  queryComposed(doc, switchSelector, mainArea(doc)).map((element) => [element, switchSignature(element)]);

/** What the setting guide tells whoever runs it; it never calls back into the runner otherwise. */
export type GuideEvent =
  /** The state the member sees changed (null: no guided switch any more); `rung` says what found the switch. */
  | { type: 'state'; setting: SettingId; state: SwitchState | null; rung: Rung | null }
  /** This page's own switch was found; these switches were on screen then, so named. */
  | { type: 'switches-on-screen'; switches: [Element, string][] }
  /** A look at the page found the URL showing another page. */
  | { type: 'left' }
  /** A callout button was pressed. */
  | { type: 'action'; id: string }
  /** The member dismissed the guide. */
  | { type: 'dismissed' };

export interface SettingGuideOptions {
  signal: AbortSignal;
  doc?: Document;
  /** How long the switch may take to appear before the callout says it cannot find it. */
  budgetMs?: number;
  /** Switches that were on the page when the URL changed, with their names (switchSignature) then. */
  leftBehind?: WeakMap<Element, string>;
  /** False once the document's URL shows another page (URL watchers may tell the runner late). */
  stillOnPage?: () => boolean;
  onEvent?: (event: GuideEvent) => void;
  /** Extra callout parts for a state, null: for the fallback (the checkup's "Next setting"). */
  extras?: (state: SwitchState | null) => Partial<CalloutView>;
  /** LinkedIn's words for the setting (sent by the background); without them only label ids and position count. */
  labels?: LabelBook;
  findSwitch?: typeof defaultFind;
  now?: () => Date;
}

export interface SettingGuide {
  /** Renders the callout again (its extras changed). */
  rerender(): void;
  /** Tells `onEvent` the current state again (the page came back from the back-forward cache). */
  reportAgain(): void;
}

/** Guides the member to `setting`'s switch until `signal` aborts or the member dismisses it. */
export function guideSetting(setting: Setting, options: SettingGuideOptions): SettingGuide {
  const {
    doc = document,
    budgetMs = 5000,
    stillOnPage = () => true,
    extras,
    now = () => new Date(),
  } = options;
  const { findSwitch = defaultFind, onEvent = () => {} } = options;
  const local = new AbortController();
  const signal = local.signal;
  options.signal.addEventListener('abort', () => local.abort(), { signal });
  const report = (state: SwitchState | null) =>
    onEvent({ type: 'state', setting: setting.id, state, rung: state ? session.rung : null });
  const guide = { rerender: () => render(), reportAgain: () => signal.aborted || report(state) };
  let session: PageSession<Element> = startSession(options.leftBehind);
  if (options.signal.aborted) return guide;

  const view = doc.defaultView ?? window;
  const mark = createMark(doc, targetAttribute, setting.id);
  let overlay: Overlay | null = null;
  let state: SwitchState | null = null;
  let timedOut = false;
  let scrolled = false;
  let budget = 0;
  let pending = 0;
  let rootScan = 0;
  let rescanRoots = () => false;

  const ui = () => {
    overlay ??= createOverlay(doc, {
      signal,
      onDismiss: () => {
        local.abort();
        onEvent({ type: 'dismissed' });
      },
      onAction: (id) => onEvent({ type: 'action', id }),
    });
    return overlay;
  };

  const startBudget = () => {
    view.clearTimeout(budget);
    timedOut = false;
    budget = view.setTimeout(() => {
      timedOut = true;
      if (stillOnPage()) render();
    }, budgetMs);
  };

  /** No switch to point at (yet, or any more): nothing marked, no state on the badge, the budget running. */
  const showNoSwitch = () => {
    lookForLateRoots();
    const had = mark.element !== null || state !== null;
    if (mark.element) overlay?.ring(null);
    mark.set(null);
    if (state || !budget) startBudget();
    const hadState = state !== null;
    state = null;
    if (hadState) report(null);
    if (had) render();
  };

  const apply = (event: SessionEvent<Element>) => {
    session = nextSession(session, event);
  };

  // One look at the page: the finder and the switches-on-screen snapshot share its walk (finder/dom.ts, inOneLook).
  const check = () => inOneLook(look);
  const look = () => {
    if (signal.aborted) return;
    if (!stillOnPage()) {
      // The URL already shows another page: whatever is on screen now is not this setting's.
      apply({ type: 'url-left' });
      showNoSwitch();
      onEvent({ type: 'left' });
      return;
    }
    const hit = findSwitch(doc, setting, { ownPage: true, labels: options.labels });
    const name = hit?.rung === 'only-switch' ? switchSignature(hit.element) : '';
    const next = hit ? switchState(hit.element) : null;
    apply({ type: 'looked', found: hit && next ? { element: hit.element, rung: hit.rung, name } : null });
    const element = session.element;
    if (!isFound(session) || !element || !next) return showNoSwitch();
    // Found inside a shadow root that no scan has met yet (another change led to this look): watch it from now on.
    if (!mark.element && element.getRootNode() !== doc) rescanRoots();
    onEvent({ type: 'switches-on-screen', switches: namedSwitches(doc) });
    // Measure before marking: a read after our own attribute write would force the page's style and layout.
    if (!scrolled) {
      scrolled = true;
      scrollOnce(element);
    }
    const moved = mark.set(element);
    if (moved) ui().ring(element);
    if (moved || next !== state) {
      const changed = next !== state;
      state = next;
      render();
      if (changed) report(next);
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

  /**
   * A component may attach its shadow root after it was inserted, and no mutation announces that: while no switch
   * is found, look for new open roots after each look and twice a second.
   */
  function lookForLateRoots() {
    if (rescanRoots()) return recheck();
    rootScan ||= view.setTimeout(() => {
      rootScan = 0;
      if (!mark.element) lookForLateRoots();
    }, 500);
  }

  // A class or `open` change matters on a switch or around one.
  const affectsSwitch = (element: Element) =>
    element.matches(switchSelector) ||
    [element, ...openShadowRoots(element)].some((scope) => !!scope.querySelector(switchSelector));
  for (const type of ['change', 'click', 'keyup']) {
    doc.addEventListener(type, recheck, { capture: true, passive: true, signal });
  }
  // A window resize can swap which copy of a responsive layout is visible.
  view.addEventListener('resize', recheck, { passive: true, signal });
  signal.addEventListener('abort', () => {
    view.clearTimeout(budget);
    view.clearTimeout(pending);
    view.clearTimeout(rootScan);
    mark.clear();
    if (state) report(null);
  });
  // The watcher's start and the first check share one walk of the page (finder/dom.ts, inOneLook).
  inOneLook(() => {
    rescanRoots = watchMain(doc, mainArea, check, signal, affectsSwitch);
    check();
  });
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
