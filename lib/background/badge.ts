/** The toolbar badge for a tab: "!" while the guided switch there is on, "✓" while it is off, else empty. */
import { browser } from '#imports';
import type { SwitchState } from '../messages';

const looks = {
  on: { text: '!', color: '#b42318' },
  off: { text: '✓', color: '#067647' },
} as const;

/** Sets or clears the badge of one tab; a closed tab is not an error. */
export async function showBadge(tabId: number, state: SwitchState | null): Promise<void> {
  try {
    // null, not '': the tab's own text goes and the global badge (the opt-in reminder's dot) shows through.
    await browser.action.setBadgeText({ tabId, text: (state ? looks[state].text : null) as string });
    if (state) await browser.action.setBadgeBackgroundColor({ tabId, color: looks[state].color });
  } catch {
    // The tab went away between the message and this call: nothing to show.
  }
}
