import { defineContentScript } from '#imports';
import { guidedMatches, isGuidedPath, loadGuide } from '@/lib/gate/guided-path';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
type ExtensionGlobal = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

/** The extension API, read only when needed: Chrome builds its bindings on first use (README, "Performance"). */
const runtime = () => {
  const { browser, chrome } = globalThis as ExtensionGlobal;
  return (browser ?? chrome)?.runtime;
};
/** Where a gate says it runs in this content-script world: true while its extension is still there. */
const gateKey = Symbol.for('optout-gate');

// Runs on every LinkedIn page the guide has nothing to do on: reads the URL, and when in-app navigation reaches a
// guided page, asks the background to load the guide there. Nothing else, so it costs what an empty script does.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  excludeMatches: guidedMatches,
  runAt: 'document_idle',
  main() {
    // One gate per page: the manifest and a reinjection after an update may both run it. One cut off by an update
    // (its runtime has no id any more) does not count.
    const world = globalThis as { [gateKey]?: () => boolean };
    if (world[gateKey]?.()) return;
    world[gateKey] = () => !!runtime()?.id;
    let timer = 0;
    const check = () => {
      if (!isGuidedPath(location.pathname)) return;
      stop();
      // The extension API is touched only now: Chrome builds its bindings on first use, which costs more than
      // the whole gate (README, "Performance").
      try {
        runtime()
          ?.sendMessage(loadGuide)
          .catch(() => {});
      } catch {} // the extension was updated or removed: this page keeps an orphaned gate
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    function stop() {
      nav?.removeEventListener('currententrychange', check);
      removeEventListener('popstate', check);
      clearInterval(timer);
    }
    // The Navigation API announces every change of the current entry (pushState too); without it, poll once a second.
    if (nav) nav.addEventListener('currententrychange', check);
    else timer = setInterval(check, 1000) as unknown as number;
    addEventListener('popstate', check);
    check();
  },
});
