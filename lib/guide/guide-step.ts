/** Journey 2: on the hub and category pages, ring the next step on the way to a setting. */
import { findStep as defaultFind } from '../finder';
import { inOneLook } from '../finder/dom';
import type { LabelBook } from '../linkedin/label-book';
import type { Page } from '../pages';
import type { Setting } from '../settings';
import { createMark, stepAttribute } from './marks';
import { createOverlay, type Overlay } from './overlay';
import { pageLabel } from './page-label';
import { stepView } from './views';
import { watchMain } from './watch';

export interface StepGuideOptions {
  /** Aborting it ends the guide; the member dismissing the callout aborts it (the runner then knows the visit's guide ended). */
  controller: AbortController;
  doc?: Document;
  /** LinkedIn's words for the categories and settings (sent by the background). */
  labels: LabelBook;
  findStep?: typeof defaultFind;
  /**
   * The runner following the URL, before each look: without the Navigation API nothing announces an in-app navigation
   * at once, and the new page must not get the old page's step (the link to the page now shown). It may end this guide.
   */
  follow?: () => void;
}

/** Marks and rings the link that leads towards `target` until `controller` aborts or the member dismisses it. */
export function guideStep(page: Page, target: Setting, options: StepGuideOptions): void {
  const { controller, doc = document, findStep = defaultFind } = options;
  const { signal } = controller;
  if (signal.aborted) return;

  const mark = createMark(doc, stepAttribute, target.id, stepScope);
  const step = page.kind === 'category' && page.category === target.category ? 'setting' : 'category';
  let overlay: Overlay | null = null;

  // One look: the finder and the mark share its walk of the page (finder/dom.ts, inOneLook).
  const check = () =>
    inOneLook(() => {
      options.follow?.();
      if (signal.aborted) return;
      const element = findStep(doc, page, target, options.labels);
      if (mark.set(element)) {
        overlay ??= createOverlay(doc, { signal, onDismiss: () => controller.abort() });
        overlay.ring(element, 'step');
        // Named as the page names it (the member's LinkedIn language), else by our own translation.
        overlay.show(element ? stepView(target, step, pageLabel(element)) : null);
      }
      overlay?.refresh();
    });
  signal.addEventListener('abort', () => mark.clear());
  // The watcher's start and the first look share one walk of the body (finder/dom.ts, inOneLook).
  inOneLook(() => {
    watchMain(doc, stepScope, check, signal);
    check();
  });
}

/** The settings menu sits outside the main area (a sidebar, a header): step guidance watches the app body. */
const stepScope = (doc: Document): Element => doc.body ?? doc.documentElement;
