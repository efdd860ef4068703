import { type Box, besideRing, freeSpot, overlaps, topRight } from './place';

const box = (at: { left: number; top: number }, size: { width: number; height: number }): Box => ({
  ...at,
  ...size,
});

describe('freeSpot()', () => {
  it('puts the callout right of the ring when there is room', () => {
    const ring = { left: 100, top: 200, width: 60, height: 40 };
    expect(freeSpot(ring, [], { width: 320, height: 120 }, { innerWidth: 1200, innerHeight: 800 })).toEqual({
      left: 172,
      top: 160,
    });
  });

  // A setting page as LinkedIn lays it out at 1024×700: the question above the switch, the label left of it, the
  // description below, all across the card; the callout must go where none of them is.
  const ring = { left: 914, top: 330, width: 52, height: 36 };
  const text = [
    { left: 296, top: 250, width: 676, height: 46 }, // question
    { left: 296, top: 336, width: 560, height: 22 }, // label
    { left: 880, top: 338, width: 24, height: 20 }, // On/Off
    { left: 296, top: 380, width: 676, height: 66 }, // description
  ];

  it('takes free space near the ring and covers none of the text around the switch', () => {
    const size = { width: 320, height: 150 };
    const at = freeSpot(ring, text, size, { innerWidth: 1024, innerHeight: 700 });
    expect(at).not.toBeNull();
    const callout = box(at as Box, size);
    for (const b of [ring, ...text]) expect(overlaps(callout, b), JSON.stringify({ at, b })).toBe(false);
    // The nearest free bands: above the question or below the description, never across the card.
    expect(callout.top + callout.height <= 250 || callout.top >= 446, JSON.stringify(at)).toBe(true);
  });

  it('answers null when no spot is free (the caller then tries a pill)', () => {
    const size = { width: 320, height: 150 };
    const cramped = text.map((b) => ({ ...b, top: b.top - 200 }));
    const r = { ...ring, top: ring.top - 200 };
    expect(freeSpot(r, cramped, size, { innerWidth: 1024, innerHeight: 280 })).toBeNull();
    // A one-line pill fits in the column left of the card.
    const pill = { width: 240, height: 36 };
    const at = freeSpot(r, cramped, pill, { innerWidth: 1024, innerHeight: 280 });
    expect(at).not.toBeNull();
    for (const b of [r, ...cramped]) expect(overlaps(box(at as Box, pill), b)).toBe(false);
  });

  it('stays inside the window', () => {
    const size = { width: 320, height: 120 };
    const at = freeSpot(ring, text, size, { innerWidth: 1024, innerHeight: 700 }) as Box;
    expect(at.left).toBeGreaterThanOrEqual(8);
    expect(at.left + size.width).toBeLessThanOrEqual(1024 - 8);
    expect(at.top + size.height).toBeLessThanOrEqual(700 - 8);
  });
});

describe('topRight()', () => {
  it('goes top right of the window without a ring (the fallback)', () => {
    expect(topRight({ width: 320, height: 200 }, { innerWidth: 1100, innerHeight: 600 })).toEqual({
      left: 756,
      top: 72,
    });
  });
});

describe('besideRing()', () => {
  // The last resort, every ring position and window size, from a phone-sized window to a desktop: the member must
  // always be able to click the switch, so the callout (as tall as its maxHeight lets it be) never covers the ring.
  const windows = [
    [360, 300],
    [800, 460],
    [1100, 460],
    [1920, 1080],
  ];
  const sizes = [
    { width: 320, height: 110 },
    { width: 344, height: 400 },
  ];
  for (const [innerWidth, innerHeight] of windows) {
    it(`never covers the ring in a ${innerWidth}×${innerHeight} window`, () => {
      for (const size of sizes) {
        for (let x = 0; x <= innerWidth - 60; x += 37) {
          for (let y = 0; y <= innerHeight - 40; y += 23) {
            const ring = { left: x, top: y, width: 60, height: 40 };
            const at = besideRing(ring, size, { innerWidth, innerHeight });
            const callout = box(at, {
              width: size.width,
              height: Math.min(size.height, at.maxHeight ?? Infinity),
            });
            expect(overlaps(callout, ring), JSON.stringify({ ring, size, at })).toBe(false);
          }
        }
      }
    });
  }
});

describe('freeSpot() over many layouts', () => {
  it('never returns a spot that covers the ring or the text to keep clear', () => {
    for (const [innerWidth, innerHeight] of [
      [640, 400],
      [1024, 700],
      [1280, 800],
    ]) {
      for (let y = 40; y < innerHeight - 80; y += 31) {
        const ring = { left: innerWidth - 120, top: y, width: 52, height: 36 };
        const clear = [
          { left: 260, top: y - 60, width: innerWidth - 300, height: 50 },
          { left: 260, top: y + 50, width: innerWidth - 300, height: 80 },
        ];
        for (const size of [
          { width: 320, height: 160 },
          { width: 240, height: 36 },
        ]) {
          const at = freeSpot(ring, clear, size, { innerWidth, innerHeight });
          if (!at) continue;
          for (const b of [ring, ...clear]) expect(overlaps(box(at, size), b)).toBe(false);
        }
      }
    }
  });
});
