/** Observes the page's main area and the open shadow roots inside it (re-scoping when it is replaced) until the signal aborts. */
import { inOneLook, openShadowRoots } from '../finder/dom';
import { hostTag } from './overlay';

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

/** Attributes that only swap what is shown (a responsive layout, a <details> opening): LinkedIn changes `class` a lot. */
const layoutAttributes = ['class', 'open'];

/**
 * Calls `onChange` after every batch of DOM changes in `findMain(doc)`, and when it or any ancestor's children change.
 * Returns `rescan`: observes open shadow roots attached since (no mutation announces one); true when it found any.
 */
export function watchMain(
  doc: Document,
  findMain: (doc: Document) => Element,
  onChange: () => void,
  signal: AbortSignal,
  /** When given, a `class` or `open` change counts only where this says it may show or hide a switch. */
  affectsSwitch?: (element: Element) => boolean,
): () => boolean {
  if (signal.aborted) return () => false;
  const view = doc.defaultView ?? window;
  let scope: Element | null = null;
  let observed = new WeakSet<Node>();
  const options: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: affectsSwitch ? [...watchedAttributes, ...layoutAttributes] : watchedAttributes,
  };
  // attributeName is null for the other kinds of record.
  const onlyLayout = (record: MutationRecord) =>
    layoutAttributes.includes(record.attributeName as string) && !affectsSwitch?.(record.target as Element);
  /** Mutations do not cross shadow boundaries: each open root gets observed itself. */
  const observeRoots = (under: Node) => {
    let added = false;
    for (const root of openShadowRoots(under)) {
      if (observed.has(root)) continue;
      observed.add(root);
      inner.observe(root, options);
      added = true;
    }
    return added;
  };
  // A mutation storm gets one look now and at most one more per animation frame, still before that frame is painted
  // (issue #11: switch → mark within a frame).
  let frame = 0;
  let missed = false;
  const changed = () => {
    // A hidden tab paints no frame and runs no frame callback: look at once.
    if (doc.hidden) return onChange();
    if (frame) {
      missed = true;
      return;
    }
    onChange();
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (missed) {
        missed = false;
        changed();
      }
    });
  };
  // Each batch is one look at the page (finder/dom.ts, inOneLook): onChange finds the main area found here.
  const inner = new view.MutationObserver((records) =>
    inOneLook(() => {
      if (findMain(doc) !== scope) rescope();
      else {
        // Only what was added can bring a new shadow root: the scan stays as small as the change.
        for (const record of records)
          for (const node of record.addedNodes) if (node.nodeType === 1) observeRoots(node);
        if (records.every(onlyLayout)) return;
      }
      changed();
    }),
  );
  // Watches each ancestor of the main area, childList only: LinkedIn may swap <main> or the whole app root.
  const outer = new view.MutationObserver((records) => {
    // Our overlay's host being put in changes nothing the finder reads: no second look (README "Performance").
    if (records.every((r) => (r.addedNodes[0] as Element | undefined)?.localName === hostTag)) return;
    inOneLook(() => {
      if (findMain(doc) !== scope || !scope?.isConnected) rescope();
      changed();
    });
  });
  function rescope() {
    scope = findMain(doc);
    inner.disconnect();
    outer.disconnect();
    observed = new WeakSet();
    inner.observe(scope, options);
    observeRoots(scope);
    for (let node = scope.parentNode; node; node = node.parentNode) outer.observe(node, { childList: true });
  }
  rescope();
  signal.addEventListener('abort', () => {
    inner.disconnect();
    outer.disconnect();
    view.cancelAnimationFrame(frame);
  });
  return () => !signal.aborted && observeRoots(scope as Element);
}
