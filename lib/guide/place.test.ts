import { type Box, placeCallout } from './place';

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('placeCallout()', () => {
  it('puts the callout right of the ring when there is room', () => {
    const ring = { left: 100, top: 200, width: 60, height: 40 };
    expect(placeCallout(ring, { width: 320, height: 120 }, { innerWidth: 1200, innerHeight: 800 })).toEqual({
      left: 172,
      top: 160,
    });
  });

  it('goes top right of the window without a ring (the fallback)', () => {
    expect(placeCallout(null, { width: 320, height: 200 }, { innerWidth: 1100, innerHeight: 600 })).toEqual({
      left: 756,
      top: 72,
    });
  });

  // Every ring position and window size, from a phone-sized window to a desktop: the member must always be able
  // to click the switch, so the callout (as tall as its maxHeight lets it be) never covers the ring.
  const windows = [
    [360, 300],
    [800, 460],
    [1100, 460],
    [1100, 500],
    [1280, 720],
    [1920, 1080],
  ];
  const sizes = [
    { width: 320, height: 110 },
    { width: 320, height: 233 },
    { width: 344, height: 400 },
  ];
  for (const [innerWidth, innerHeight] of windows) {
    it(`never covers the ring in a ${innerWidth}×${innerHeight} window`, () => {
      for (const size of sizes) {
        for (let x = 0; x <= innerWidth - 60; x += 37) {
          for (let y = 0; y <= innerHeight - 40; y += 23) {
            const ring = { left: x, top: y, width: 60, height: 40 };
            const at = placeCallout(ring, size, { innerWidth, innerHeight });
            const box = {
              left: at.left,
              top: at.top,
              width: size.width,
              height: Math.min(size.height, at.maxHeight ?? Infinity),
            };
            expect(overlaps(box, ring), JSON.stringify({ ring, size, at })).toBe(false);
          }
        }
      }
    });
  }
});
