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

/** Like random(), on a grid of `unit` px: browsers report subpixel rects (Firefox in 1/60 px, Chrome in 1/64 px). */
function onGrid(seed: number, unit: number) {
  const next = random(seed);
  return (max: number) => next(max / unit) * unit;
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

  it("picks the same spot when a label ends where the ring's margin does, on a subpixel grid", () => {
    // Found by a search against a pruned version: the label's edge lands the spot exactly `breathe` from the ring,
    // which in floating point reads a hair under it; only the overlap test itself may decide, as every-candidate does.
    const ring = { left: 16.666666666666664, top: 209.33333333333331, width: 46, height: 12.666666666666666 };
    const label = { left: 54.33333333333333, top: 226.33333333333331, width: 0.3333333333333333, height: 24 };
    const size = { width: 320, height: 150 };
    const viewport = { innerWidth: 1056.3333333333333, innerHeight: 350.66666666666663 };
    expect(freeSpot(ring, [label], size, viewport)).toEqual(
      everyCandidate(ring, [label], size, viewport.innerWidth, viewport.innerHeight),
    );
  });

  it('picks the same spot on subpixel pages, with empty boxes, labels on the ring and edges at its margin', () => {
    const [picked, everyPicks]: (ReturnType<typeof freeSpot> | null)[][] = [[], []];
    for (const [seed, unit] of [
      [1, 1 / 60],
      [2, 1 / 64],
      [3, 1 / 3],
      [4, 0.1],
    ]) {
      const next = onGrid(seed, unit);
      for (let page = 0; page < 150; page++) {
        const [vw, vh] = [100 + next(1300), 60 + next(840)];
        // Rings partly out of the window too.
        const ring = { left: next(vw) - 20, top: next(vh) - 20, width: 8 + next(60), height: 8 + next(40) };
        const right = ring.left + ring.width;
        const keepClear = Array.from({ length: next(24) }, (_, i) => {
          const width = next(i % 4 === 3 ? 0 : 40);
          // In turn: a label ending 8 px inside the ring's right edge (its spot lands on the ring's margin), an
          // empty box, a box on the ring, a line of text.
          return [
            { left: right - 8 - width, top: ring.top + ring.height + next(40), width, height: next(30) },
            { left: next(vw), top: next(vh), width: 0, height: 0 },
            {
              left: ring.left + next(ring.width),
              top: ring.top + next(ring.height),
              width,
              height: next(30),
            },
            { left: next(vw), top: next(vh), width: next(600), height: next(50) },
          ][i % 4];
        });
        for (const size of [
          { width: 320, height: 150 },
          { width: 280, height: 40 },
          { width: next(400), height: next(200) },
        ]) {
          picked.push(freeSpot(ring, keepClear, size, { innerWidth: vw, innerHeight: vh }));
          everyPicks.push(everyCandidate(ring, keepClear, size, vw, vh));
        }
      }
    }
    expect(picked).toEqual(everyPicks);
    expect(picked.filter(Boolean).length).toBeGreaterThan(900);
  });
});
