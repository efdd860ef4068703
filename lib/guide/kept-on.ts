/** After "Keep it on — don't show this again": the guide for that setting has ended; one last callout says so. */
import { findSwitch, switchState } from '../finder';
import { queryComposed } from '../finder/dom';
import type { Rung } from '../finder/locators';
import type { LabelBook } from '../linkedin/label-book';
import type { SwitchState } from '../messages';
import type { Setting } from '../settings';
import { targetAttribute } from './marks';
import { type CalloutView, createOverlay } from './overlay';
import { keptOnView } from './views';

export interface KeptOnOptions {
  /** The page's signal: the confirmation goes with the page. */
  signal: AbortSignal;
  /** The checkup's part of the callout, so a checkup can go on from here. */
  extras?: Partial<CalloutView>;
  onAction?: (id: string) => void;
}

/**
 * Shows the confirmation beside `near` (the switch that was guided) without ring or mark, and moves the focus to
 * it: the button the member pressed is gone with the guide's callout. Returns what shows it again with new extras.
 */
export function showKeptOn(
  doc: Document,
  setting: Setting,
  near: Element | undefined,
  options: KeptOnOptions,
): ((extras: Partial<CalloutView>) => void) | undefined {
  const local = new AbortController();
  options.signal.addEventListener('abort', () => local.abort(), { signal: local.signal });
  if (options.signal.aborted) return;
  const overlay = createOverlay(doc, {
    signal: local.signal,
    onDismiss: () => local.abort(),
    onAction: options.onAction,
  });
  overlay.ring(near?.isConnected ? near : null, 'clear');
  overlay.show(keptOnView(setting, options.extras));
  overlay.focus();
  return (extras) => overlay.show(keptOnView(setting, extras));
}

/** The switch the setting's guide marks right now, read before that guide ends. */
export const guidedSwitch = (doc: Document): Element | undefined =>
  queryComposed(doc, `[${targetAttribute}]`)[0];

/**
 * On a kept-on setting's page nothing is called out, but the member may turn the switch by hand: `report` hears each
 * state that differs from On (the state it was kept in), so the record stays true. Listens to the member only.
 * Returns what says the last report again (a restore from the back-forward cache cleared the badge).
 */
export function followKeptOn(
  doc: Document,
  setting: Setting,
  labels: LabelBook,
  signal: AbortSignal,
  report: (state: SwitchState | null, rung: Rung | null) => void,
): () => void {
  let last: SwitchState = 'on';
  let said: [SwitchState, Rung] | undefined;
  let timer = 0;
  const view = doc.defaultView ?? window;
  const look = () => {
    if (signal.aborted) return;
    // By its label only: what position alone finds may be the previous page's switch (after in-app navigation).
    const hit = findSwitch(doc, setting, { ownPage: false, labels });
    const state = hit && switchState(hit.element);
    if (!hit || !state || state === last) return;
    last = state;
    said = [state, hit.rung];
    report(...said);
  };
  // Read once the page's own handlers ran (a keyboard toggle of a checkbox or button fires these too).
  const later = () => {
    timer ||= view.setTimeout(() => {
      timer = 0;
      look();
    });
  };
  for (const type of ['change', 'click'])
    doc.addEventListener(type, later, { capture: true, passive: true, signal });
  // Leaving the page: no late report, and the badge this set no longer speaks for the tab.
  signal.addEventListener('abort', () => {
    view.clearTimeout(timer);
    if (last !== 'on') report(null, null);
  });
  look();
  return () => said && report(...said);
}
