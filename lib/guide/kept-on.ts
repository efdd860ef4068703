/** After "Keep it on — don't show this again": the guide for that setting has ended; one last callout says so. */
import { queryComposed } from '../finder/dom';
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
 * it: the button the member pressed is gone with the guide's callout.
 */
export function showKeptOn(
  doc: Document,
  setting: Setting,
  near: Element | null,
  options: KeptOnOptions,
): void {
  const local = new AbortController();
  options.signal.addEventListener('abort', () => local.abort(), { once: true, signal: local.signal });
  if (options.signal.aborted) return;
  const overlay = createOverlay(doc, {
    signal: local.signal,
    onDismiss: () => local.abort(),
    onAction: options.onAction,
  });
  overlay.ring(near?.isConnected ? near : null, 'clear');
  overlay.show(keptOnView(setting, options.extras));
  overlay.focus();
}

/** The switch the setting's guide marks right now, read before that guide ends. */
export const guidedSwitch = (doc: Document): Element | null =>
  queryComposed(doc, `[${targetAttribute}]`)[0] ?? null;
