// Writes the toolbar icons the due reminder shows (public/icon/reminder-*.png): our icon with a dot in its top right
// corner, drawn here once so the badge text stays the guided tab's alone (docs/contracts.md, "Toolbar badge"). Run it after
// the icon changes: `node scripts/reminder-icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** The sizes the toolbar button uses (1× and 2× of 16 px). */
export const reminderSizes = [16, 32];
/** The dot's colour: the callout's link blue (lib/guide/overlay-css.ts), with a white edge, apart from the orange icon. */
const dot = [0x0a, 0x66, 0xc2];

/** `png` with the dot painted over its top right corner, anti-aliased by 4 × 4 samples a pixel. */
export function withDot(png) {
  const size = png.width;
  const radius = size * 0.22;
  const [cx, cy] = [size - radius - 0.5, radius + 0.5];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inDot = 0;
      let inEdge = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / 4 - cx, y + (sy + 0.5) / 4 - cy);
          if (d <= radius) inDot++;
          else if (d <= radius + Math.max(1, size / 16)) inEdge++;
        }
      }
      const i = (y * size + x) * 4;
      const paint = (rgb, share) => {
        for (let c = 0; c < 3; c++)
          png.data[i + c] = Math.round(png.data[i + c] * (1 - share) + rgb[c] * share);
        png.data[i + 3] = Math.max(png.data[i + 3], Math.round(255 * share));
      };
      if (inEdge) paint([255, 255, 255], inEdge / 16);
      if (inDot) paint(dot, inDot / 16);
    }
  }
  return png;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of reminderSizes) {
    const png = withDot(PNG.sync.read(readFileSync(`public/icon/${size}.png`)));
    writeFileSync(`public/icon/reminder-${size}.png`, PNG.sync.write(png));
    console.log(`public/icon/reminder-${size}.png`);
  }
}
