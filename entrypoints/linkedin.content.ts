import { browser, defineContentScript } from '#imports';
import type { CheckupPosition } from '@/lib/checkup';
import { createRunner } from '@/lib/guide/run';
import { parseSettled } from '@/lib/keep-on';
import type { Message } from '@/lib/messages';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const go = createRunner({
      signal: ctx.signal,
      setting: {
        report: (setting, state) => send(state ? { type: 'guide-state', setting, state } : cleared),
      },
      checkup: {
        positionOf: async (setting) =>
          (await send({ type: 'checkup-position', setting })) as CheckupPosition | null,
        done: async () => void (await send({ type: 'checkup-done' })),
        navigate: (url) => location.assign(url),
      },
      memory: {
        settled: async () => parseSettled(await send({ type: 'settled' })),
        keepOn: async (setting) => void (await send({ type: 'keep-on', setting })),
      },
    });
    go(location.href);
    if ('navigation' in globalThis) {
      // The Navigation API announces every in-app navigation, before the new page renders.
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => go(newUrl, true));
    } else {
      // Without it WXT would poll too, but against the last URL it saw: the guide may have followed a change
      // WXT never saw (A → B → A within a second). Comparing with the page the guide shows is the same cost.
      ctx.setInterval(() => go(location.href, true), 1000);
    }
  },
});

const cleared: Message = { type: 'guide-state', setting: null, state: null };

/** Asks the background; a missing background (extension reloaded) answers null, never an error in the page. */
async function send(message: Message): Promise<unknown> {
  try {
    return (await browser.runtime.sendMessage(message)) ?? null;
  } catch {
    return null;
  }
}
