/** Observes the page's main area (re-scoping when LinkedIn replaces it) until the signal aborts. */

/** Attributes whose change can make or unmake a switch; our own marks are not among them. */
const watchedAttributes = [
  'aria-checked',
  'aria-labelledby',
  'aria-label',
  'role',
  'id',
  'checked',
  'hidden',
  'aria-hidden',
  'inert',
  'style',
  'href',
];

/** Calls `onChange` after every batch of DOM changes in `findMain(doc)`, and when it or any ancestor's children change. */
export function watchMain(
  doc: Document,
  findMain: (doc: Document) => Element,
  onChange: () => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const view = doc.defaultView ?? window;
  let scope: Element | null = null;
  const inner = new view.MutationObserver(() => {
    if (findMain(doc) !== scope) rescope();
    onChange();
  });
  // Watches each ancestor of the main area, childList only: LinkedIn may swap <main> or the whole app root.
  const outer = new view.MutationObserver(() => {
    if (findMain(doc) !== scope || !scope?.isConnected) rescope();
    onChange();
  });
  function rescope() {
    scope = findMain(doc);
    inner.disconnect();
    outer.disconnect();
    inner.observe(scope, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: watchedAttributes,
    });
    for (let node = scope.parentNode; node; node = node.parentNode) outer.observe(node, { childList: true });
  }
  rescope();
  signal.addEventListener(
    'abort',
    () => {
      inner.disconnect();
      outer.disconnect();
    },
    { once: true },
  );
}
