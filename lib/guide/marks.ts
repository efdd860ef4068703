/** The contract attributes of docs/contracts.md, set on exactly one element at a time and removed when the guide ends. */
import { queryComposed } from '../finder/dom';
import { mainArea } from '../finder/main-area';

export const targetAttribute = 'data-optout-guide-target';
export const stepAttribute = 'data-optout-guide-step';

export type MarkAttribute = typeof targetAttribute | typeof stepAttribute;

/** One mark: moves to a new element (remount), removes strays in `scope`'s open shadow roots, and clears itself. */
export function createMark(
  doc: Document,
  attribute: MarkAttribute,
  value: string,
  scope: (doc: Document) => Element = mainArea,
) {
  let marked: Element | null = null;
  const clearStrays = (elements: Iterable<Element>) => {
    for (const element of elements) if (element !== marked) element.removeAttribute(attribute);
  };
  const mark = {
    get element() {
      return marked;
    },
    /** Marks `element` (null: nothing); returns true when the marked element changed. */
    set(element: Element | null): boolean {
      const changed = element !== marked;
      if (changed) marked?.removeAttribute(attribute);
      marked = element;
      if (element && element.getAttribute(attribute) !== value) element.setAttribute(attribute, value);
      // The document and the open shadow roots the finder reads (walked once per look): a re-render may copy the mark
      // beside it, or into another tree (docs/contracts.md).
      clearStrays(queryComposed(doc, `[${attribute}]`, scope(doc)));
      return changed;
    },
    /** Unmarks, and removes the attribute from the whole page, open shadow roots included: the guide ends. */
    clear(): void {
      // Detached by a re-render just before the guide ended: a page that puts it back must not bring the mark back.
      marked?.removeAttribute(attribute);
      marked = null;
      clearStrays(queryComposed(doc, `[${attribute}]`));
    },
  };
  return mark;
}
