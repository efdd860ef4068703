/** Geometry of the ring and the callout, as pure functions of rectangles. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const pad = 6;
const gap = 12;
const margin = 8;

/** The ring's box around `element`; a visually hidden switch (a tiny input) rings its nearest visible ancestor. */
export function ringRect(element: Element): Box | null {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const r = node.getBoundingClientRect();
    if (r.width >= 8 && r.height >= 8) {
      return { left: r.left - pad, top: r.top - pad, width: r.width + 2 * pad, height: r.height + 2 * pad };
    }
  }
  return null;
}

/** Where the callout goes: right of the ring, else below, else above; without a ring, top right. */
export function placeCallout(
  ring: Box | null,
  size: { width: number; height: number },
  viewport: { innerWidth: number; innerHeight: number },
): { left: number; top: number } {
  const { innerWidth: vw, innerHeight: vh } = viewport;
  const clamp = (value: number, max: number) => Math.max(margin, Math.min(value, max - margin));
  if (!ring) return { left: clamp(vw - size.width - 24, vw - size.width), top: 72 };
  const right = ring.left + ring.width + gap;
  if (right + size.width + margin <= vw) {
    return { left: right, top: clamp(ring.top + ring.height / 2 - size.height / 2, vh - size.height) };
  }
  const below = ring.top + ring.height + gap;
  const left = clamp(ring.left + ring.width - size.width, vw - size.width);
  if (below + size.height + margin <= vh) return { left, top: below };
  const above = ring.top - gap - size.height;
  return { left, top: above >= margin ? above : clamp(below, vh - size.height) };
}
