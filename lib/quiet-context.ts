/**
 * WXT's ContentScriptContext without what the page could see. WXT's context announces each new content script
 * with a window.postMessage and a document event naming the extension's id, and its URL watcher dispatches
 * `<id>:…:wxt:locationchange` on window: any page script can read those, and LinkedIn probes pages for known
 * extensions (docs/ARCHITECTURE.md, "Leave no trace"). This one keeps the AbortController and the timers,
 * and dispatches nothing; updates are noticed through `isValid` instead (the runtime id is gone once cut off).
 * The build swaps it in for WXT's module in the content script only (wxt.config.ts); tests use WXT's own.
 */
import { browser } from 'wxt/browser';

type Listener = (...args: never[]) => unknown;

export class ContentScriptContext {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once invalidated; notices an update or reload (the runtime id is gone) and invalidates itself then. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** Listens until invalidated; WXT's own `wxt:` events are not supported (they would be dispatched on window). */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: Listener,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }
}
