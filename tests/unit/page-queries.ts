// Counts the guide's queries of the page in DOM tests (tests/unit/guide-cost.test.ts, guide.test.ts): what one look
// at the page should do once (lib/finder/dom.ts, inOneLook).
import { vi } from 'vitest';

/** The prototype in `object`'s chain that defines querySelectorAll (happy-dom's document is no global Document). */
const definer = (object: object): ParentNode =>
  Object.hasOwn(object, 'querySelectorAll') ? (object as ParentNode) : definer(Object.getPrototypeOf(object));

/** Spies on querySelectorAll; `count(scope, selector)` says how often `scope` was queried with `selector` since. */
export function countQueries() {
  const elements = vi.spyOn(definer(document.documentElement), 'querySelectorAll');
  const documents = vi.spyOn(definer(document), 'querySelectorAll');
  return {
    count: (scope: ParentNode, selector: string) =>
      [elements, documents].reduce(
        (sum, spy) =>
          sum +
          spy.mock.contexts.filter((context, i) => context === scope && spy.mock.calls[i][0] === selector)
            .length,
        0,
      ),
    restore: () => {
      elements.mockRestore();
      documents.mockRestore();
    },
  };
}
