/** Rung 2: the switch whose own label, or the text that belongs to it alone, names the setting in a known language. */

import { idList } from './by-label-id';
import { byId, composedClosest, matchesAny, selectorList } from './dom';
import type { Ladder } from './locators';
import { isLabel, normalizeText, type TextBlock, textBlocks, textOf, words } from './text';
import { composedParent } from './visibility';

/** The texts that name `element` itself: aria-label, aria-labelledby targets, its <label>s, its own content. */
export function ownNames(element: Element, ladder: Ladder): string[] {
  const hidden = selectorList(element, ladder.hidden);
  const referenced = idList(element.getAttribute('aria-labelledby')).map((id) => byId(element, id));
  const parts = referenced.map((label) => (label ? textOf(label, hidden) : ''));
  const wrapping = element.closest('label');
  const labels = [...(element.id ? forLabels(element) : []), ...(wrapping ? [wrapping] : [])];
  if (element.localName !== 'input') labels.push(element); // role=switch buttons name themselves by content
  const names = [element.getAttribute('aria-label') ?? '', ...parts, parts.join(' ')];
  for (const label of [...referenced, ...labels]) {
    if (!label) continue;
    // With its first line alone ("<strong>Name</strong><span>Description</span>" reads as one glued string otherwise),
    // and that line's own text: "Name<br>Description", "Name <a>Learn more</a>".
    const first = textBlocks(label, hidden)[0];
    names.push(textOf(label, hidden), first?.full ?? '', first?.own ?? '');
  }
  return names.filter((name) => name.trim() !== '');
}

/** <label for="id"> elements pointing at `element`. */
function forLabels(element: Element): Element[] {
  const top = element.getRootNode() as Partial<ParentNode>;
  const all = top.querySelectorAll?.('label[for]') ?? [];
  return [...all].filter((label) => label.getAttribute('for') === element.id);
}

/** Text blocks in `parent` outside `child`: what a climb from `child` to `parent` newly brings in. */
function newBlocks(parent: Element, child: Element, skip: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Climbing out of a shadow root: the switch's neighbours are the root's children, not the host's light DOM.
  const container = child.parentElement === parent ? parent : (child.parentNode ?? parent);
  for (const node of container.childNodes) {
    if (node === child) continue;
    if (node.nodeType === 1) textBlocks(node as Element, skip, blocks);
    else if (node.nodeType === 3 && node.nodeValue?.trim())
      blocks.push({ element: parent, full: node.nodeValue, own: node.nodeValue });
  }
  return blocks;
}

/**
 * True for text a person would read as a label: several words, not a state word like On/Off. Every setting's
 * name has two words or more, so a single word beside a switch ("Activé", "Zapnuto", "Beta") is never one.
 */
function isLabelLike(text: string, ladder: Ladder): boolean {
  const normal = normalizeText(text);
  return normal.length > 3 && words(normal) && !(ladder.stateWords as readonly string[]).includes(normal);
}

/**
 * True when the nearest text around `element` that belongs to it alone names the setting. Climbs from the switch
 * while the ancestor holds no other switch, and stops at the first level that brings in label-like text: a
 * switch's own label is the text closest to it, so text further up (a page heading, a post) is not its label.
 * Posts, comments and quotes (ladder.notLabels) beside the switch are never read.
 */
export function hasOwnText(
  element: Element,
  others: ReadonlySet<Element>,
  labels: string[],
  ladder: Ladder,
): boolean {
  const skip = selectorList(element, [...ladder.hidden, ...ladder.notLabels]);
  const switchList = selectorList(element, ladder.switches);
  let child = element;
  for (let parent = composedParent(element); parent; child = parent, parent = composedParent(parent)) {
    if (parent.localName === 'body' || parent.localName === 'html') return false;
    // Querying the ancestor (small near the switch) beats testing every switch on the page at every level.
    const inside = [...parent.querySelectorAll(switchList)].filter((other) => others.has(other));
    if (inside.some((other) => other !== element)) return false;
    const blocks = newBlocks(parent, child, skip);
    if (blocks.some((block) => isLabel(block.full, labels) || isLabel(block.own, labels))) return true;
    if (blocks.some((block) => isLabelLike(block.full, ladder))) return false;
    if (matchesAny(parent, ladder.mainArea)) return false;
  }
  return false;
}

/** True when `element` is named by one of `labels`: by its own name, or, when it has none, by its nearest text. */
function isNamed(element: Element, all: ReadonlySet<Element>, labels: string[], ladder: Ladder): boolean {
  const names = ownNames(element, ladder);
  if (names.some((name) => isLabel(name, labels, true))) return true;
  // A switch that names itself otherwise is another setting's, whatever heading stands above it.
  if (names.some((name) => isLabelLike(name, ladder))) return false;
  return hasOwnText(element, all, labels, ladder);
}

/** Among visible, readable `switches`, the one declared switch named by `labels` (normalised); else null. */
export function byLabelText(switches: readonly Element[], labels: string[], ladder: Ladder): Element | null {
  if (labels.length === 0) return null;
  const all = new Set(switches);
  // A switch inside a post or quote is part of what someone wrote or shared, never the setting's switch.
  const found = switches.filter(
    (element) =>
      matchesAny(element, ladder.textSwitches) &&
      !composedClosest(element, ladder.notLabels) &&
      isNamed(element, all, labels, ladder),
  );
  return found.length === 1 ? found[0] : null;
}
