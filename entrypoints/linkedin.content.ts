import { browser, defineContentScript } from '#imports';
import { isFirstGuide } from '@/lib/gate/first-guide';
import { arrivedInApp, reportAfterRestore, watchUrl } from '@/lib/guide/page-events';
import { type BackgroundLink, createRunner } from '@/lib/guide/run';
import { parseGuideStart } from '@/lib/guide-start';
import type { Message } from '@/lib/messages';

// Declared for the guided paths only, in wxt.config.ts (WXT would ship these options in the bundle); the gate
// (linkedin-gate.content.ts) has the background load it when LinkedIn's in-app navigation reaches one from elsewhere.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!isFirstGuide(ctx)) return;
    const runner = createRunner({
      signal: ctx.signal,
      // WXT's check: once the extension is updated or reloaded, runtime.id is gone and the context ends.
      isCutOff: () => ctx.isInvalid,
      background,
      navigate: (url) => location.assign(url),
    });
    runner.followUrl(location.href, arrivedInApp());
    watchUrl(ctx, runner);
    reportAfterRestore(ctx, runner);
  },
});

const background: BackgroundLink = {
  report: (setting, state, rung) => void send({ type: 'guide-state', setting, state, ...(rung && { rung }) }),
  start: async (setting) => parseGuideStart(await send({ type: 'guide-start', setting }), setting),
  checkupDone: async () => void (await send({ type: 'checkup-done' })),
  keepOn: async (setting) => (await send({ type: 'keep-on', setting })) === true,
};

/** Asks the background; a missing background (extension reloaded) answers null, never an error in the page. */
async function send(message: Message): Promise<unknown> {
  try {
    return (await browser.runtime.sendMessage(message)) ?? null;
  } catch {
    return null;
  }
}
