/** What the callout must leave readable around the element the guide points at: found by structure, never by class. */
import { idList } from '../finder/by-label-id';
import { byId } from '../finder/dom';

const headings = 'h1,h2,h3,h4,h5,h6,[role=heading]';
/** Enough to cover a setting's block and the row after it; more only slows the placement down. */
const most = 24;

/** Elements that show text themselves (a text node child), inside `root`, in document order. */
function textHolders(root: Element, into: Element[]) {
  const all = [root, ...root.querySelectorAll('*')];
  for (const element of all) {
    if (into.length >= most) return;
    const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
    if (own && !into.includes(element)) into.push(element);
  }
}

/** Elements named by an ARIA id-reference attribute (aria-labelledby, aria-describedby), in the switch's own tree. */
function referenced(element: Element, attribute: string): Element[] {
  return idList(element.getAttribute(attribute))
    .map((id) => byId(element, id))
    .filter((e) => e !== null);
}

/**
 * The setting's block around a switch: the nearest ancestor holding a heading (LinkedIn's question above the
 * switch), within a few levels and never the page's main area or body.
 */
function blockOf(target: Element): Element | null {
  let node = target.parentElement;
  let last: Element | null = null;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.matches('main,body,[role=main]')) break;
    last = node;
    if (node.querySelector(headings)) return node;
  }
  return last;
}

/**
 * For a switch: its label, description, the question above it, the setting's title and the next block's text (the
 * next row's On/Off).
 * For a step (a row or menu entry): the rows just before and after it.
 */
export function keepClearOf(target: Element, variant: 'switch' | 'step'): Element[] {
  const found: Element[] = [];
  try {
    if (variant === 'switch') {
      for (const e of [...referenced(target, 'aria-labelledby'), ...referenced(target, 'aria-describedby')]) {
        textHolders(e, found);
      }
      for (const label of (target as HTMLInputElement).labels ?? []) textHolders(label, found);
      const block = blockOf(target);
      if (block) textHolders(block, found);
      // The setting's title just above its block, and the next block (another switch and its On/Off).
      const before = block?.previousElementSibling;
      for (const near of [before, before?.previousElementSibling, block?.nextElementSibling]) {
        if (near) textHolders(near, found);
      }
    } else {
      const row = target.closest('li') ?? target;
      for (const near of [row.previousElementSibling, row.nextElementSibling])
        if (near) textHolders(near, found);
    }
  } catch {
    // A page we cannot read leaves only the ring to keep clear.
  }
  return found.filter((e) => e !== target);
}
