/** Text as a person reads it, and label matching across markup and languages. */

const skippedTags = new Set(['script', 'style', 'template', 'noscript']);
// Elements that start a new line when rendered: their text must not glue onto a neighbour's ("TitleDescription").
const blockTags = new Set(
  'address article aside blockquote br button dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr label legend li main nav ol p pre section summary table td th tr ul a'.split(
    ' ',
  ),
);

/** Folds what does not change what a label says: Unicode forms, case, apostrophes, spaces, trailing punctuation. */
export function normalizeText(text: string): string {
  // NFKC also composes accents (NFC), turns no-break spaces into spaces, the no-break hyphen into a hyphen (U+2010)
  // and a double prime into two primes: the classes below need no such twins.
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '') // invisible: soft hyphens, zero-width characters, bidi marks and isolates
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g, "'")
    .replace(/[\u201C-\u201F\u00AB\u00BB]/g, '"')
    .replace(/\u2010/g, '-')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'•·]+/, '')
    .replace(/[\s"':;,.!?*]+$/, '');
}

/** True for text of several words: a toggle's "On" or "Off" is one, and so is a state word beside a switch. */
export const words = (text: unknown): boolean => /\S\s+\S/.test(text as string);

/** Rendered-like text of a node: block children separated by spaces; `skip` (a selector list) and scripts left out. */
export function textOf(node: Node, skip = ''): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (skippedTags.has(element.localName) || (skip && element.matches(skip))) continue;
    const inner = textOf(element, skip);
    out += blockTags.has(element.localName) ? ` ${inner} ` : inner;
  }
  return out;
}

/** The text an element holds itself, without its children's. */
export function directText(element: Element): string {
  let out = '';
  for (const child of element.childNodes) if (child.nodeType === 3) out += child.nodeValue ?? '';
  return out;
}

/** A piece of text a person would read as one line: an element's whole text and the part it holds itself. */
export interface TextBlock {
  element: Element;
  full: string;
  own: string;
}

/** Elements under `node` (itself included) that hold text directly, in document order; `skip` subtrees left out. */
export function textBlocks(node: Element, skip = '', out: TextBlock[] = []): TextBlock[] {
  if (skippedTags.has(node.localName) || (skip && node.matches(skip))) return out;
  const own = directText(node);
  if (own.trim()) out.push({ element: node, full: textOf(node, skip), own });
  for (const child of node.children) textBlocks(child, skip, out);
  return out;
}

/** Labels normalised once, empty ones dropped. */
export const normalizedLabels = (labels: readonly string[] = []): string[] =>
  labels.map(normalizeText).filter(Boolean);

/**
 * True when `text` is one of `labels` (already normalised). With `prefix`, text that starts with a label and goes on
 * after a mark ("<label>: <description>", "<label>, On", "<label> · On") or with one word ("<label> On",
 * "<label> switch, On") also counts; more words with no mark are a longer name ("<label> by Microsoft"), never ours.
 */
export function isLabel(text: string, labels: readonly string[], prefix = false): boolean {
  const normal = normalizeText(text);
  if (!normal) return false;
  return labels.some(
    (label) =>
      normal === label ||
      (prefix &&
        normal.startsWith(label) &&
        /^ ?[-:;,.!?()[\]|–—·•]|^ [^ ,]+(,|$)/.test(normal.slice(label.length))),
  );
}
