/** The in-page UI: one host element with a closed shadow root holding the ring and the callout. */
import { type MessageKey, t, uiLanguage } from '../i18n';
import { keepClearOf } from './keep-clear';
import { classes, overlayCss } from './overlay-css';
import { besideRing, freeSpot, type Placement, ringRect, topRight } from './place';

export interface CalloutView {
  tone: 'on' | 'off' | 'step' | 'info';
  title: string;
  body?: string;
  hint?: string;
  links?: readonly { label: string; href: string }[];
  /** `quiet`: a secondary choice, drawn as a text button beside the main one. */
  buttons?: readonly { label: string; id: string; quiet?: boolean }[];
  /** The title as the one-line pill of a small window shows it (default: the title). */
  short?: string;
  /** A one-line callout (step guidance). */
  compact?: boolean;
  /** A line above the title, e.g. the checkup's "Checkup: 2 of 5". */
  progress?: string;
}

export interface Overlay {
  /**
   * Rings `target` ('target': the switch; 'step': a lighter ring for the next step; 'clear': no ring, the callout
   * only stays off the switch and its text); null hides the ring.
   */
  ring(target: Element | null, variant?: 'target' | 'step' | 'clear'): void;
  /** Shows the callout next to the ring (top right of the window without one); null hides it. */
  show(view: CalloutView | null): void;
  /** Repositions after a layout change the overlay could not see. */
  refresh(): void;
  /** Moves the focus to the callout, after the member pressed one of its buttons that replaced it. */
  focus(): void;
}

export interface OverlayOptions {
  signal: AbortSignal;
  /** The member dismissed the guide (close button or Escape). */
  onDismiss?: () => void;
  /** A callout button was pressed. */
  onAction?: (id: string) => void;
}

/** Shadow roots of live overlays, for Vitest (filled in its runs only): the page could not reach it anyway. */
export const overlayRoots = new WeakMap<Element, ShadowRoot>();

export const hostTag = 'optout-guide';

/** Creates the overlay in `doc`; everything it added is removed when `signal` aborts. */
export function createOverlay(doc: Document, { signal, onDismiss, onAction }: OverlayOptions): Overlay {
  const host = doc.createElement(hostTag);
  // Closed, so LinkedIn's scripts cannot read it; the e2e build (`wxt build --mode e2e`) opens it for axe only.
  const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  if (import.meta.env.MODE === 'test') overlayRoots.set(host, shadow); // Vitest only: not in any build
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    ...children: (Node | string)[]
  ) => {
    const element = doc.createElement(tag);
    element.className = className;
    element.append(...children);
    return element;
  };
  // Built node by node: no innerHTML, so nothing on the page can ever be parsed as markup here.
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  const ringEl = el('div', classes.ring);
  const titleEl = el('p', classes.title);
  const cross = el('span', '', '×');
  const close = el('button', classes.close, cross);
  // In the one-line pill: opens the whole callout, over the page's text, because the member asked for it.
  const more = el('button', classes.more);
  const bodyEl = el('p', classes.body);
  const hintEl = el('p', classes.hint);
  const actions = el('div', classes.actions);
  const live = el('div', 'sr');
  const callout = el(
    'section',
    classes.callout,
    el('div', classes.head, titleEl, more, close),
    bodyEl,
    hintEl,
    actions,
    live,
  );
  const layer = el('div', classes.layer, ringEl, callout);
  // The callout speaks the UI language, not the page's: its own lang and direction (@@bidi_dir), docs/i18n.md.
  layer.lang = uiLanguage();
  layer.dir = t('@@bidi_dir' as MessageKey);
  shadow.append(style, layer);
  ringEl.hidden = true;
  callout.hidden = true;
  close.type = 'button';
  more.type = 'button';
  more.textContent = t('guide_more');
  cross.setAttribute('aria-hidden', 'true');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  close.title = t('guide_dismiss');
  close.setAttribute('aria-label', close.title);
  callout.setAttribute('aria-label', t('guide_label'));
  callout.tabIndex = -1;

  let target: Element | null = null;
  /** What the callout must leave readable around the target: label, question, description, next row. */
  let keepClear: Element[] = [];
  /** The one-line pill of a window with no free space for the whole callout, and the sizes last read of each. */
  let pill = false;
  let fullSize: { width: number; height: number } | null = null;
  let pillSize = { width: 280, height: 40 };
  /** The member opened the pill: the whole callout shows even where it covers text (never the switch). */
  let expanded = false;
  let frame = 0;
  const view = doc.defaultView ?? window;
  // Its callbacks run after the browser's own layout of the frame, before paint: position() reads a clean layout
  // there (no layout forced by our reads) and its writes still reach the same frame (README, "Performance").
  const resize = new view.ResizeObserver(() => position());

  /** What the last placement was computed from: the same again changes nothing (no search, no style change). */
  let written = '';
  const position = () => {
    // All reads before any write: our writes never force a layout of their own.
    const rect = target?.isConnected ? ringRect(target) : null;
    const size = callout.hidden ? null : naturalSize(callout);
    if (size && pill) pillSize = size;
    else if (size) fullSize = size;
    const clear = keepClear.filter((e) => e.isConnected).map((e) => e.getBoundingClientRect());
    const inputs = JSON.stringify([
      rect,
      clear,
      fullSize,
      pillSize,
      pill,
      expanded,
      view.innerWidth,
      view.innerHeight,
    ]);
    if (inputs === written) return;
    written = inputs;
    let at: Placement | null = null;
    let wantPill = false;
    if (size) {
      const full = fullSize ?? size;
      if (!rect) at = topRight(full, view);
      else {
        at = freeSpot(rect, clear, full, view) ?? (expanded ? besideRing(rect, full, view) : null);
        wantPill = !at;
        at ??= freeSpot(rect, clear, pillSize, view) ?? besideRing(rect, pillSize, view);
      }
    }
    ringEl.hidden = !rect;
    if (rect) {
      ringEl.style.cssText = `transform:translate(${rect.left}px,${rect.top}px);width:${rect.width}px;height:${rect.height}px`;
    }
    if (at) {
      callout.style.transform = `translate(${at.left}px, ${at.top}px)`;
      callout.style.maxHeight = at.maxHeight === undefined ? '' : `${at.maxHeight}px`;
    }
    if (wantPill !== pill) {
      // Into or out of the pill: its size is read on the next frame, and the place corrected if it differs.
      pill = wantPill;
      callout.classList.toggle(classes.pill, pill);
      refresh();
    }
  };
  /** Places the guide in the next frame, once the browser has laid the page out. */
  function refresh() {
    if (!frame && !signal.aborted) frame = view.requestAnimationFrame(observeAnew);
  }
  // In a frame callback, before the frame's layout: observing anew makes the observer report once after that layout
  // (the page, the layer, the target). Never from inside the observer's own callback, where it would be a loop error.
  function observeAnew() {
    frame = 0;
    // LinkedIn's app may clear the body: put the guide back while it is still wanted.
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    resize.disconnect();
    for (const element of [doc.documentElement, layer, target]) if (element) resize.observe(element);
  }

  close.addEventListener('click', () => onDismiss?.());
  more.addEventListener('click', () => {
    expanded = true;
    refresh();
    callout.focus({ preventScroll: true });
  });
  shadow.addEventListener('click', (event) => {
    const id = (event.target as Element | null)
      ?.closest?.('button[data-action]')
      ?.getAttribute('data-action');
    if (id) onAction?.(id);
  });
  const listen = { capture: true, passive: true, signal };
  view.addEventListener('scroll', refresh, listen);
  view.addEventListener('resize', refresh, listen);
  // Escape closes the guide, unless LinkedIn used it (a dialog, a typeahead) or the member is typing.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !callout.hidden && !isTyping(event.target)) {
        onDismiss?.();
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    if (frame) view.cancelAnimationFrame(frame);
    resize.disconnect();
    host.remove();
  });

  layer.classList.toggle(classes.dark, isDarkPage(doc));
  (doc.body ?? doc.documentElement).append(host);

  return {
    ring(element, variant = 'target') {
      target = element;
      keepClear = element ? keepClearOf(element, variant === 'step' ? 'step' : 'switch') : [];
      ringEl.classList.toggle('step', variant === 'step');
      ringEl.classList.toggle(classes.clear, variant === 'clear');
      refresh();
    },
    show(next) {
      callout.hidden = !next;
      if (next) render(next);
      refresh();
    },
    refresh,
    focus() {
      callout.focus({ preventScroll: true });
    },
  };

  function render(next: CalloutView) {
    callout.classList.toggle(classes.compact, !!next.compact);
    // New content: its whole size is read again on the next frame, which decides on the pill anew.
    pill = false;
    fullSize = null;
    written = '';
    callout.classList.remove(classes.pill);
    titleEl.className = `${classes.title} ${next.tone}`;
    titleEl.replaceChildren(
      el('span', classes.brand, t('guide_label') + (next.progress ? ` · ${next.progress}` : '')),
      el('span', classes.long, next.title),
      el('span', classes.short, next.short ?? next.title),
    );
    bodyEl.textContent = next.body ?? '';
    bodyEl.hidden = !next.body;
    hintEl.textContent = next.hint ?? '';
    hintEl.hidden = !next.hint;
    actions.replaceChildren(
      ...(next.links ?? []).map(({ label, href }) => {
        const a = el('a', '', label);
        a.href = href;
        return a;
      }),
      ...(next.buttons ?? []).map(({ label, id, quiet }) => {
        const button = el('button', quiet ? `${classes.action} ${classes.quiet}` : classes.action, label);
        button.type = 'button';
        button.dataset.action = id;
        return button;
      }),
    );
    // One clean sentence each: the checkup's progress, the state, what to do (no doubled full stops).
    const spoken = [next.progress, next.title, next.body]
      .filter(Boolean)
      .map((part) => (/[.!?…]$/.test(part as string) ? part : `${part}.`))
      .join(' ');
    if (live.textContent !== spoken) live.textContent = spoken;
  }
}

/** The callout's size without the height limit a small window gave it (its content scrolls inside). */
function naturalSize(callout: HTMLElement): { width: number; height: number } {
  return {
    width: callout.offsetWidth,
    height: callout.scrollHeight + callout.offsetHeight - callout.clientHeight,
  };
}

const textInputs = /^(?:text|search|email|url|tel|password|number|)$/;

/** True when a key press belongs to a field the member types in, or to one of LinkedIn's dialogs. */
function isTyping(target: EventTarget | null): boolean {
  // Duck-typed: page nodes seen from a content script's world may fail instanceof checks (Firefox's Xrays).
  if (typeof (target as Element | null)?.closest !== 'function') return false;
  const element = target as Element;
  if (element.closest('textarea,select,[contenteditable=""],[contenteditable=true],[role=dialog]'))
    return true;
  return element.localName === 'input' && textInputs.test(element.getAttribute('type') ?? '');
}

/** LinkedIn's dark theme, read from the page's own background (its theme class names may change). */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = view
      .getComputedStyle(element)
      .backgroundColor.match(/[\d.]+/g)
      ?.map(Number);
    if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0.5)
      return (rgb[0] * 299 + rgb[1] * 587 + rgb[2] * 114) / 1000 < 128;
  }
  return view.matchMedia?.('(prefers-color-scheme:dark)').matches ?? false;
}
