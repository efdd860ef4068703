/**
 * WXT's ContentScriptContext API without what the guide never uses. No start-up broadcast: WXT announces each new
 * content script with a window.postMessage naming the extension's id, which any page script can read, and LinkedIn
 * probes pages for known extensions (stores install updates with fresh pages, so the hand-over it serves is a
 * dev-mode convenience). No `wxt:locationchange` watcher (lib/guide/page-events.ts follows the URL), no logger:
 * 0.6 kB gzipped less on every guided page. The build swaps it in for WXT's module in the guide's content script
 * (wxt.config.ts); tests keep WXT's own class.
 */
import { browser } from 'wxt/browser';

// Only what the guide reads (signal, isInvalid): each unused method costs bytes (issue #11).
// WXT constructs it with the script's name and options, which the guide never reads.
export class ContentScriptContext {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  /** True once the extension was updated, reloaded or removed: its runtime is gone. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort();
    return this.signal.aborted;
  }
}
