/** The in-page UI: one host element with a closed shadow root holding the ring and the callout. */
import { type MessageKey, t, uiLanguage } from '../i18n';
import { keepClearOf } from './keep-clear';
import { overlayCss } from './overlay-css';
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
  const ringEl = el('div', 'ring');
  const titleEl = el('p', 'title');
  const cross = el('span', '', '×');
  const close = el('button', 'close', cross);
  // In the one-line pill: opens the whole callout, over the page's text, because the member asked for it.
  const more = el('button', 'more');
  const bodyEl = el('p', 'body');
  const hintEl = el('p', 'hint');
  const actions = el('div', 'actions');
  const live = el('div', 'sr');
  const callout = el(
    'section',
    'callout',
    el('div', 'head', titleEl, more, close),
    bodyEl,
    hintEl,
    actions,
    live,
  );
  const layer = el('div', 'layer', ringEl, callout);
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
  const resize = new view.ResizeObserver(() => refresh());

  /** What the last frame wrote: a frame that would write the same does nothing (no style change, no paint). */
  let written = '';
  const position = () => {
    frame = 0;
    // LinkedIn's app may clear the body: put the guide back while it is still wanted.
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    // All reads before any write: at most one layout per frame, never one forced by our own writes.
    const rect = target?.isConnected ? ringRect(target) : null;
    let at: Placement | null = null;
    let wantPill = false;
    if (!callout.hidden) {
      const size = naturalSize(callout);
      if (pill) pillSize = size;
      else fullSize = size;
      const full = fullSize ?? size;
      if (!rect) at = topRight(full, view);
      else {
        const clear = keepClear.filter((e) => e.isConnected).map((e) => e.getBoundingClientRect());
        at = freeSpot(rect, clear, full, view) ?? (expanded ? besideRing(rect, full, view) : null);
        wantPill = !at;
        at ??= freeSpot(rect, clear, pillSize, view) ?? besideRing(rect, pillSize, view);
      }
    }
    const next = JSON.stringify([rect, at, wantPill]);
    if (next === written) return;
    written = next;
    ringEl.hidden = !rect;
    if (rect) {
      Object.assign(ringEl.style, {
        transform: `translate(${rect.left}px, ${rect.top}px)`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
    }
    if (at) {
      callout.style.transform = `translate(${at.left}px, ${at.top}px)`;
      callout.style.maxHeight = at.maxHeight === undefined ? '' : `${at.maxHeight}px`;
    }
    if (wantPill !== pill) {
      // Into or out of the pill: its size is read on the next frame, and the place corrected if it differs.
      pill = wantPill;
      callout.classList.toggle('pill', pill);
      refresh();
    }
  };
  function refresh() {
    if (!frame && !signal.aborted) frame = view.requestAnimationFrame(position);
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
  resize.observe(doc.documentElement);
  signal.addEventListener(
    'abort',
    () => {
      if (frame) view.cancelAnimationFrame(frame);
      resize.disconnect();
      host.remove();
    },
    { once: true },
  );

  layer.classList.toggle('dark', isDarkPage(doc));
  (doc.body ?? doc.documentElement).append(host);

  return {
    ring(element, variant = 'target') {
      if (target) resize.unobserve(target);
      target = element;
      keepClear = element ? keepClearOf(element, variant === 'step' ? 'step' : 'switch') : [];
      if (element) resize.observe(element);
      ringEl.classList.toggle('step', variant === 'step');
      ringEl.classList.toggle('clear', variant === 'clear');
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
    callout.classList.toggle('compact', !!next.compact);
    // New content: its whole size is read again on the next frame, which decides on the pill anew.
    pill = false;
    fullSize = null;
    written = '';
    callout.classList.remove('pill');
    titleEl.className = `title ${next.tone}`;
    titleEl.replaceChildren(
      el('span', 'brand', next.progress ? `${t('guide_label')} · ${next.progress}` : t('guide_label')),
      el('span', 'long', next.title),
      el('span', 'short', next.short ?? next.title),
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
        const button = el('button', quiet ? 'action quiet' : 'action', label);
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
  if (element.closest('textarea, select, [contenteditable=""], [contenteditable="true"], [role="dialog"]'))
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
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
