import { defineContentScript } from '#imports';
import { guidedMatches, isGuidedPath, loadGuide } from '@/lib/gate/guided-path';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}
type ExtensionGlobal = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

// Runs on every LinkedIn page the guide has nothing to do on: reads the URL, and when in-app navigation reaches a
// guided page, asks the background to load the guide there. Nothing else, so it costs what an empty script does.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  excludeMatches: guidedMatches,
  runAt: 'document_idle',
  main() {
    let timer = 0;
    const check = () => {
      if (!isGuidedPath(location.pathname)) return;
      stop();
      // The extension API is touched only now: Chrome builds its bindings on first use, which costs more than
      // the whole gate (README, "Performance").
      const { browser, chrome } = globalThis as ExtensionGlobal;
      try {
        (browser ?? chrome)?.runtime?.sendMessage(loadGuide).catch(() => {});
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
