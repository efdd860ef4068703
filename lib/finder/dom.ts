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
  return selectors.filter((selector) => isValidSelector(node, selector)).join();
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

/** The nearest of `element` and its ancestors matching any alternative, crossing shadow roots to their hosts. */
export function composedClosest(element: Element, selectors: readonly string[]): Element | null {
  const list = selectorList(element, selectors);
  if (!list) return null;
  for (let node: Element | null = element; node; ) {
    const found = node.closest(list);
    if (found) return found;
    const top = node.getRootNode() as Node & { host?: Element };
    node = top.host ?? null;
  }
  return null;
}

/** True when `ancestor` contains `element`, counting what open shadow roots below `ancestor` hold. */
export function composedContains(ancestor: Node, element: Element): boolean {
  for (let node: Node | null = element; node; ) {
    if (ancestor.contains(node)) return true;
    node = (node.getRootNode() as Node & { host?: Element }).host ?? null;
  }
  return false;
}

/** Elements looked at, at most, when collecting shadow roots: a 5,000-node page stays well inside it. */
export const shadowScanLimit = 20000;

/** What the current look at the page (inOneLook) found for each node; null outside a look. */
let found: Map<Node, Found> | null = null;

/** What a look finds for a node once: the open shadow roots under it, the main area in it (finder/main-area.ts). */
export interface Found {
  roots?: ShadowRoot[];
  main?: Element | null;
}

/** Where this look keeps what it found for `node`; outside a look, a fresh record nothing keeps. */
export function foundFor(node: Node): Found {
  const known = found?.get(node) ?? {};
  found?.set(node, known);
  return known;
}

/**
 * Runs `look` as one look at the page, where each scope's open shadow roots are walked once and the main area is
 * found once: the finder, the snapshot of the switches on screen and the mark share them (at the start, the watcher
 * too), where each walked the whole main area (README, "Performance"). A look inside a look joins it. Page code runs inside a synchronous run of ours
 * only where our own writes set it off (Chromium runs the page's focusout listeners when our focused callout is
 * removed; no page element observes our marks), so a look reads its walks before it shows or removes our callout.
 * Only the runner, when a look finds the URL left, reads walks after the guide ended (what the page left behind): at
 * worst they miss a switch such a listener added.
 */
export function inOneLook<T>(look: () => T): T {
  if (found) return look();
  found = new Map();
  try {
    return look();
  } finally {
    found = null;
  }
}

/**
 * The open shadow roots under `scope`, its own included (a `<main>` may host one), nested ones too, in document order;
 * stops after `limit` elements.
 */
export function openShadowRoots(scope: Node, limit = shadowScanLimit): ShadowRoot[] {
  const known: Found = limit === shadowScanLimit ? foundFor(scope) : {};
  known.roots ??= walk(scope, limit);
  return known.roots;
}

function walk(scope: Node, limit: number): ShadowRoot[] {
  // One query per tree, not a TreeWalker step per element: fewer calls across the content script's world.
  const trees = [scope as ParentNode];
  const own = (scope as Partial<Element>).shadowRoot;
  if (own) trees.push(own);
  let seen = 0;
  for (const tree of trees) {
    for (const element of tree.querySelectorAll('*')) {
      if (++seen > limit) return trees.slice(1) as ShadowRoot[];
      if (element.shadowRoot) trees.push(element.shadowRoot);
    }
  }
  return trees.slice(1) as ShadowRoot[];
}

/** Elements matching `selector` in `doc` and in the open shadow roots under `scope` (default: the whole page). */
export const queryComposed = (doc: Document, selector: string, scope: Node = doc): Element[] =>
  [doc, ...openShadowRoots(scope)].flatMap((tree) => [...tree.querySelectorAll(selector)]);
