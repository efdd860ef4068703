/**
 * WXT's ContentScriptContext API without what the guide never uses. No start-up broadcast: WXT announces each new
 * content script with a window.postMessage naming the extension's id, which any page script can read, and LinkedIn
 * probes pages for known extensions (stores install updates with fresh pages, so the hand-over it serves is a
 * dev-mode convenience). No `wxt:locationchange` watcher (lib/guide/page-events.ts follows the URL), no logger:
 * 0.6 kB gzipped less on every guided page. The build swaps it in for WXT's module in the guide's content script
 * (wxt.config.ts); tests keep WXT's own class.
 */
import { browser } from 'wxt/browser';

// Only what the guide calls (signal, isValid/isInvalid, setInterval, addEventListener): each unused method costs bytes.
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
  /** True once the extension was updated, reloaded or removed: its runtime is gone. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }
  get isValid(): boolean {
    return !this.isInvalid;
  }
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener?.(type, handler as EventListener, { ...options, signal: this.signal });
  }
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
