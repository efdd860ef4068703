// freeSpot() looks at fewer candidates than it used to (README "Performance"), and must still pick the same spot.
import { type Box, freeSpot, overlaps } from './place';

/** The placement as first written: every candidate against every box, nearest wins, earlier candidates on ties. */
function everyCandidate(
  ring: Box,
  keepClear: Box[],
  size: { width: number; height: number },
  vw: number,
  vh: number,
) {
  const [breathe, gap, margin] = [4, 12, 8];
  const { width: w, height: h } = size;
  const avoid = [ring, ...keepClear].map((b) => ({
    left: b.left - breathe,
    top: b.top - breathe,
    width: b.width + 2 * breathe,
    height: b.height + 2 * breathe,
  }));
  const xs = [
    ring.left + ring.width + gap,
    ring.left + ring.width - w,
    ring.left - gap - w,
    margin,
    vw - w - margin,
  ];
  const ys = [
    ring.top + ring.height / 2 - h / 2,
    ring.top + ring.height + gap,
    ring.top - gap - h,
    margin,
    vh - h - margin,
  ];
  for (const b of keepClear) {
    xs.push(b.left + b.width + gap, b.left - gap - w);
    ys.push(b.top + b.height + gap, b.top - gap - h);
  }
  const distance = (a: Box, b: Box) =>
    Math.hypot(
      Math.max(0, b.left - (a.left + a.width), a.left - (b.left + b.width)),
      Math.max(0, b.top - (a.top + a.height), a.top - (b.top + b.height)),
    );
  let best: { at: { left: number; top: number }; score: number } | null = null;
  for (const [yi, top] of ys.entries()) {
    if (top < margin || top + h > vh - margin) continue;
    for (const [xi, left] of xs.entries()) {
      if (left < margin || left + w > vw - margin) continue;
      const box = { left, top, width: w, height: h };
      if (avoid.some((b) => overlaps(box, b))) continue;
      const score = distance(box, ring) + (xi + yi) / 1000;
      if (!best || score < best.score) best = { at: { left, top }, score };
    }
  }
  return best?.at ?? null;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return (max: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.round((s / 2 ** 31) * max);
  };
}

describe('freeSpot()', () => {
  it('picks the spot that trying every candidate picks, on 200 pages of text rows laid out in columns', () => {
    const next = random(11);
    // One comparison of all 400 placements: 400 expect() calls cost more than the placements themselves.
    const [picked, everyPicks]: (ReturnType<typeof freeSpot> | null)[][] = [[], []];
    for (let page = 0; page < 200; page++) {
      const [vw, vh] = [600 + next(800), 400 + next(500)];
      const ring = { left: next(vw - 60), top: next(vh - 40), width: 30 + next(40), height: 20 + next(30) };
      // Text aligned on a few columns, as settings pages are: many candidates share an edge.
      const columns = [next(vw / 2), next(vw / 2), 296];
      const keepClear = Array.from({ length: next(24) }, () => ({
        left: columns[next(2)],
        top: next(vh),
        width: 20 + next(600),
        height: [18, 22, 46][next(2)],
      }));
      for (const size of [
        { width: 320, height: 150 },
        { width: 280, height: 40 },
      ]) {
        picked.push(freeSpot(ring, keepClear, size, { innerWidth: vw, innerHeight: vh }));
        everyPicks.push(everyCandidate(ring, keepClear, size, vw, vh));
      }
    }
    expect(picked).toEqual(everyPicks);
    // Most pages leave a free spot: the comparison is not between two lists of nulls.
    expect(picked.filter(Boolean).length).toBeGreaterThan(300);
  });
});
