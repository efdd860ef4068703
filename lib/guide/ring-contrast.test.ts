// The ring must stand out from what LinkedIn draws behind it: WCAG 2.2's 3:1 for graphical objects (1.4.11), in
// LinkedIn's light theme (page #f4f2ee, cards #ffffff) and dark theme (page #000000, cards #1b1f23).
import { overlayCss } from './overlay-css';

const backgrounds = { light: ['#ffffff', '#f4f2ee'], dark: ['#000000', '#1b1f23'] };

/** A custom property's value in the rule for `selector` (a hex colour, 6 or 8 digits). */
function colour(selector: string, name: string): string {
  const rule = overlayCss.match(new RegExp(`${selector.replace('.', '\\.')} \\{([^}]*)\\}`))?.[1] ?? '';
  const value = rule.match(new RegExp(`${name}: (#[0-9a-f]{6,8})`, 'i'))?.[1];
  if (!value) throw new Error(`${name} not set in ${selector}`);
  return value;
}

const channels = (hex: string) => [1, 3, 5, 7].map((i) => Number.parseInt(hex.slice(i, i + 2) || 'ff', 16));

/** The colour as seen over `bg` (alpha blended), then its relative luminance. */
function luminance(hex: string, bg: string): number {
  const [r, g, b, a] = channels(hex);
  const under = channels(bg);
  const mixed = [r, g, b].map((c, i) => (c * a + under[i] * (255 - a)) / 255 / 255);
  const lin = mixed.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

const contrast = (fg: string, bg: string) => {
  const [a, b] = [luminance(fg, bg), luminance(bg, bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
};

describe('the ring against LinkedIn backgrounds', () => {
  for (const [theme, selector] of [
    ['light', '.layer'],
    ['dark', '.layer.dark'],
  ] as const) {
    // The step ring (dashed) and the switch's ring share --ring.
    for (const name of ['--ring']) {
      for (const bg of backgrounds[theme]) {
        it(`${theme} ${name} on ${bg} reaches 3:1`, () => {
          expect(contrast(colour(selector, name), bg)).toBeGreaterThanOrEqual(3);
        });
      }
    }
  }

  it('would catch a translucent ring (the old step ring, #c2410c99 on white)', () => {
    expect(contrast('#c2410c99', '#ffffff')).toBeLessThan(3);
  });
});
