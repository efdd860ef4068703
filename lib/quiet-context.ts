/**
 * WXT's ContentScriptContext, minus its start-up broadcast. WXT announces every new content script with a
 * window.postMessage (and a document event) naming the extension's id, so that an older copy of the script can
 * stop after an update. Any page script can read that message, and LinkedIn probes pages for known extensions:
 * on every LinkedIn page that would give us away. Stores install and update the extension with fresh pages
 * (Chrome orphans old scripts, Firefox removes them), so the hand-over is only a dev-mode convenience.
 * The build swaps this in for WXT's module in the content script only (wxt.config.ts).
 */
// A relative path: the alias that points WXT's entrypoint here would otherwise resolve back to this file.
import { ContentScriptContext as WxtContext } from '../node_modules/wxt/dist/utils/content-script-context.mjs';

export class ContentScriptContext extends WxtContext {
  /** Announces nothing to the page. */
  override stopOldScripts(): void {}
}
