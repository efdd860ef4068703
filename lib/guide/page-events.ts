/**
 * What the content script listens to besides the DOM: URL changes and restores from the back-forward cache.
 * Listeners only: nothing here dispatches an event or message the page can see.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Runner } from './run';

/**
 * Follows every URL change. Not WXT's `wxt:locationchange`: WXT dispatches that on `window` under a name holding
 * the extension's id, which any page script can listen for (docs/ARCHITECTURE.md, "Leave no trace").
 */
export function watchUrl(ctx: ContentScriptContext, runner: Runner): void {
  const { signal } = ctx;
  const follow = () => runner.followUrl(location.href, true);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    // The Navigation API announces each change of this document's current entry once its URL changed (pushState,
    // Back inside the app, an intercepted navigation), before the app renders; one the page cancels changes nothing.
    // Leaving for another document announces none: this page may stay in the back-forward cache, guided.
    navigation.addEventListener('currententrychange', follow, { signal });
  } else {
    // Polling compares with the page the guide shows, so a quick A → B → A is still followed. A plain interval, not
    // the context's: the lean context (lib/lean-context.ts) carries only what the guide reads, for bytes.
    const id = setInterval(() => ctx.isInvalid || follow(), 1000);
    signal.addEventListener('abort', () => clearInterval(id));
  }
}

/** A page restored from the back-forward cache keeps its marks, but the background cleared the badge: say it again. */
export function reportAfterRestore(ctx: ContentScriptContext, runner: Runner): void {
  const onShow = (event: PageTransitionEvent) => {
    if (!event.persisted || ctx.isInvalid) return;
    runner.followUrl(location.href);
    runner.reportAgain();
  };
  window.addEventListener('pageshow', onShow, { signal: ctx.signal });
}

/**
 * True when this document was loaded at another path: the gate had the guide loaded after LinkedIn's in-app
 * navigation, so the switches on screen may still be the previous page's (the last rung must not take them).
 */
export function arrivedInApp(): boolean {
  const loaded = performance.getEntriesByType('navigation')[0]?.name;
  return !!loaded && new URL(loaded).pathname !== location.pathname;
}
