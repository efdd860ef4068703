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

export interface Placement {
  left: number;
  top: number;
  /** Set when the callout must scroll to stay off the switch (a window too small for it). */
  maxHeight?: number;
}

/**
 * Where the callout goes: right of the ring, else below, above, or left of it; without a ring, top right.
 * It never covers the ring: in a window too small for it, it takes the larger free band and scrolls.
 */
export function placeCallout(
  ring: Box | null,
  size: { width: number; height: number },
  viewport: { innerWidth: number; innerHeight: number },
): Placement {
  const { innerWidth: vw, innerHeight: vh } = viewport;
  const clamp = (value: number, max: number) => Math.max(margin, Math.min(value, max - margin));
  if (!ring) return { left: clamp(vw - size.width - 24, vw - size.width), top: 72 };
  const beside = clamp(ring.top + ring.height / 2 - size.height / 2, vh - size.height);
  const right = ring.left + ring.width + gap;
  if (right + size.width + margin <= vw) return { left: right, top: beside };
  const below = ring.top + ring.height + gap;
  const left = clamp(ring.left + ring.width - size.width, vw - size.width);
  if (below + size.height + margin <= vh) return { left, top: below };
  const above = ring.top - gap - size.height;
  if (above >= margin) return { left, top: above };
  const before = ring.left - gap - size.width;
  if (before >= margin) return { left: before, top: beside };
  const spaceBelow = vh - below - margin;
  const spaceAbove = ring.top - gap - margin;
  return spaceBelow >= spaceAbove
    ? { left, top: below, maxHeight: Math.max(0, spaceBelow) }
    : { left, top: margin, maxHeight: Math.max(0, spaceAbove) };
}
