/** Hidden as the member sees it: what the browser renders, not only attributes and inline styles. */
import { composedClosest } from './dom';

interface VisibilityOptions {
  visibilityProperty?: boolean;
  contentVisibilityAuto?: boolean;
}
type Checkable = Element & { checkVisibility?: (options?: VisibilityOptions) => boolean };

/** True when the document has been laid out (happy-dom and detached documents have no layout: sizes are all 0). */
function hasLayout(element: Element): boolean {
  const root = element.ownerDocument.documentElement;
  return root.getBoundingClientRect().width > 0;
}

/** Without checkVisibility() (older browsers, all laid out): nothing rendered has no boxes; visibility is inherited. */
function isStyledHidden(element: Element): boolean {
  const visibility = element.ownerDocument.defaultView?.getComputedStyle(element).visibility;
  return element.getClientRects().length === 0 || visibility === 'hidden' || visibility === 'collapse';
}

/** The parent element, crossing from a shadow root to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}

/**
 * True when the member cannot see `element`: inside an element matching `hiddenSelectors` (hidden, inert,
 * aria-hidden…), inside a closed <details> (outside its summary), not rendered (display, visibility,
 * content-visibility: checkVisibility() where the browser has it), or of zero size on a laid-out page.
 */
export function isHidden(element: Element, hiddenSelectors: readonly string[]): boolean {
  if (composedClosest(element, hiddenSelectors)) return true;
  const details = composedClosest(element, ['details:not([open])']);
  if (details && composedClosest(element, ['summary'])?.parentElement !== details) return true;
  // A detached subtree or a parsed document is never rendered: only its attributes say what is hidden.
  if (!element.isConnected || !element.ownerDocument.defaultView) return false;
  const checkable = element as Checkable;
  const rendered =
    typeof checkable.checkVisibility === 'function'
      ? checkable.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })
      : !isStyledHidden(element);
  if (!rendered) return true;
  if (!hasLayout(element)) return false;
  const rect = element.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0;
}
