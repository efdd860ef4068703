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

/** Without checkVisibility(): display none on any ancestor (flat tree), content-visibility hidden above, visibility. */
function isStyledHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const own = view.getComputedStyle(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return true;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const style = node === element ? own : view.getComputedStyle(node);
    if (style.display === 'none') return true;
    if (node !== element && style.getPropertyValue('content-visibility') === 'hidden') return true;
  }
  return false;
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
