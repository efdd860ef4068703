/** Geometry of the ring and the callout, as pure functions of rectangles. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Size {
  width: number;
  height: number;
}

interface Viewport {
  innerWidth: number;
  innerHeight: number;
}

const pad = 6;
const gap = 12;
const margin = 8;
/** Room left around what the member reads, so the callout never touches a line of text. */
const breathe = 4;

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

/** True when two boxes share any area. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/**
 * The free spot nearest the ring where a callout of `size` covers none of `keepClear` (the ring, the switch's
 * label, the question above it, its description, the next row's value), inside the window; null when there is
 * none, so the caller can shrink the callout to a pill and ask again. Ties go to right of the ring, then below,
 * above and left: where a reader looks next.
 */
export function freeSpot(
  ring: Box,
  keepClear: readonly Box[],
  size: Size,
  viewport: Viewport,
): Placement | null {
  const { innerWidth: vw, innerHeight: vh } = viewport;
  const { width: w, height: h } = size;
  const avoid = [ring, ...keepClear].map((b) => ({
    left: b.left - breathe,
    top: b.top - breathe,
    width: b.width + 2 * breathe,
    height: b.height + 2 * breathe,
  }));
  // Candidate edges: beside the ring first, then beside everything to keep clear, then the window's edges.
  const xs = [
    ring.left + ring.width + gap,
    ring.left + ring.width - w,
    ring.left - gap - w,
    margin,
    vw - w - margin,
    ...keepClear.flatMap((b) => [b.left + b.width + gap, b.left - gap - w]),
  ];
  const ys = [
    ring.top + ring.height / 2 - h / 2,
    ring.top + ring.height + gap,
    ring.top - gap - h,
    margin,
    vh - h - margin,
    ...keepClear.flatMap((b) => [b.top + b.height + gap, b.top - gap - h]),
  ];
  let best: Placement | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  ys.forEach((top, yi) => {
    xs.forEach((left, xi) => {
      // Nearest the ring wins; the candidates' order breaks ties (a fraction of a pixel per rank). Only a nearer
      // spot inside the window is tested against what to keep clear (README, "Performance").
      const score =
        Math.hypot(
          Math.max(0, ring.left - (left + w), left - (ring.left + ring.width)),
          Math.max(0, ring.top - (top + h), top - (ring.top + ring.height)),
        ) +
        (xi + yi) / 1000;
      const box = { left, top, width: w, height: h };
      if (
        score < bestScore &&
        !(top < margin || top + h > vh - margin || left < margin || left + w > vw - margin) &&
        !avoid.some((b) => overlaps(box, b))
      ) {
        best = { left, top };
        bestScore = score;
      }
    });
  });
  return best;
}

/**
 * The last resort, for a window too small for even the pill: right of the ring, else below, above, or left of it;
 * it never covers the ring: it takes the larger free band and scrolls.
 */
export function besideRing(ring: Box, size: Size, viewport: Viewport): Placement {
  const { innerWidth: vw, innerHeight: vh } = viewport;
  const clamp = (value: number, max: number) => Math.max(margin, Math.min(value, max - margin));
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

/** Without a ring (the fallback, the legacy pages): top right of the window, below LinkedIn's header. */
export function topRight(size: Size, viewport: Viewport): Placement {
  const { innerWidth: vw } = viewport;
  return { left: Math.max(margin, vw - size.width - 24), top: 72 };
}
