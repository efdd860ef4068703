/** Hidden as the member sees it: what the browser renders, not only attributes and inline styles. */
import { composedClosest } from './dom';

type Checkable = Element & { checkVisibility?: (options?: object) => boolean };

/** The parent element, crossing from a shadow root to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}

/**
 * True when the member cannot see `element`: inside an element matching `hiddenSelectors` (hidden, inert,
 * aria-hidden, the body of a closed <details>…), not rendered (display, visibility, content-visibility, as
 * checkVisibility() computes it; without it, no layout boxes), or of zero size, parent too, on a laid-out page.
 */
export function isHidden(element: Element, hiddenSelectors: readonly string[]): boolean {
  if (composedClosest(element, hiddenSelectors)) return true;
  // A detached subtree or a parsed document is never rendered: only its attributes say what is hidden.
  if (!element.isConnected || !element.ownerDocument.defaultView) return false;
  const { checkVisibility } = element as Checkable;
  if (checkVisibility) {
    if (!checkVisibility.call(element, { visibilityProperty: true, contentVisibilityAuto: false }))
      return true;
  } else if (element.getClientRects().length === 0) return true;
  // Zero size hides, unless the parent shows: the common CSS toggle draws a 0×0 input with a sibling track. Without
  // layout (a test DOM) every size is 0: only a laid-out page can say a switch has none.
  return !sized(element) && !sized(composedParent(element)) && sized(element.ownerDocument.documentElement);
}

const sized = (box: Element | null) => {
  const rect = box?.getBoundingClientRect();
  return !!rect && (rect.width > 0 || rect.height > 0);
};
