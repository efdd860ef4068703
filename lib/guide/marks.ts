/** The contract attributes of docs/contracts.md, set on exactly one element at a time and removed when the guide ends. */

export const targetAttribute = 'data-optout-guide-target';
export const stepAttribute = 'data-optout-guide-step';

export type MarkAttribute = typeof targetAttribute | typeof stepAttribute;

/** One mark: moves to a new element (remount), removes strays, and clears itself. */
export function createMark(doc: Document, attribute: MarkAttribute, value: string) {
  let marked: Element | null = null;
  const clearStrays = () => {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) {
      if (element !== marked) element.removeAttribute(attribute);
    }
  };
  return {
    get element() {
      return marked;
    },
    /** Marks `element` (null: nothing); returns true when the marked element changed. */
    set(element: Element | null): boolean {
      const changed = element !== marked;
      if (changed && marked?.getAttribute(attribute) === value) marked.removeAttribute(attribute);
      marked = element;
      if (element && element.getAttribute(attribute) !== value) element.setAttribute(attribute, value);
      clearStrays();
      return changed;
    },
  };
}
