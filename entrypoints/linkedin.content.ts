import { browser, defineContentScript } from '#imports';
import { createRunner } from '@/lib/guide/run';
import type { GuideStateMessage } from '@/lib/messages';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const go = createRunner({ signal: ctx.signal, setting: { report } });
    go(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => go(newUrl, true));
  },
});

/** Tells the background what the guided switch in this tab shows, for the badge and the record. */
function report(setting: GuideStateMessage['setting'], state: GuideStateMessage['state']) {
  const message: GuideStateMessage = state ? { type: 'guide-state', setting, state } : { type: 'guide-state', setting: null, state: null };
  browser.runtime.sendMessage(message).catch(() => {
    // No listener (the extension was reloaded): the page must never see an error.
  });
}
