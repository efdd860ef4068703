/** Never-throwing DOM helpers over selector alternatives, so a broken ladder entry costs one alternative, not the finder. */

const validity = new Map<string, boolean>();

/** True when `selector` parses; cached, since ladders are small and fixed. */
function isValidSelector(node: Node, selector: string): boolean {
  let valid = validity.get(selector);
  if (valid === undefined) {
    try {
      (node.ownerDocument ?? (node as Document)).createDocumentFragment().querySelector(selector);
      valid = selector.trim() !== '';
    } catch {
      valid = false;
    }
    validity.set(selector, valid);
  }
  return valid;
}

/** The valid alternatives joined into one selector list; '' when none is valid. */
export function selectorList(node: Node, selectors: readonly string[]): string {
  return selectors.filter((selector) => isValidSelector(node, selector)).join(', ');
}

/** All elements under `root` matching any alternative, in document order. */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const list = selectorList(root as Node, selectors);
  return list ? [...root.querySelectorAll(list)] : [];
}

/** True when `element` matches any alternative. */
export function matchesAny(element: Element, selectors: readonly string[]): boolean {
  const list = selectorList(element, selectors);
  return list !== '' && element.matches(list);
}

/** True when `element` or one of its ancestors matches any alternative. */
export function isInside(element: Element, selectors: readonly string[]): boolean {
  const list = selectorList(element, selectors);
  return list !== '' && element.closest(list) !== null;
}

/** The element with this id in the same tree as `node` (document, shadow root or detached subtree), else null. */
export function byId(node: Node, id: string): Element | null {
  if (!id) return null;
  const top = node.getRootNode() as Node & Partial<NonElementParentNode> & Partial<ParentNode>;
  if (typeof top.getElementById === 'function') return top.getElementById(id);
  if ((top as Element).id === id) return top as Element;
  const escaped = id.replace(/["\\]/g, '\\$&');
  return top.querySelector?.(`[id="${escaped}"]`) ?? null;
}
