// Looks at screenshot pixels: pngjs decodes the PNG, countColour finds the guide's ring in it.
import { PNG } from 'pngjs';

/** Decodes a PNG into { width, height, channels, pixels } (pixels: RGBA, one byte per channel, row after row). */
export function decodePng(buffer) {
  const { width, height, data } = PNG.sync.read(buffer);
  return { width, height, channels: 4, pixels: data };
}

/** How many pixels inside `box` (device pixels) are within `tolerance` (sum of channel differences) of `rgb`. */
export function countColour(image, box, rgb, tolerance = 60) {
  let count = 0;
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * image.channels;
      const distance =
        Math.abs(image.pixels[i] - rgb[0]) +
        Math.abs(image.pixels[i + 1] - rgb[1]) +
        Math.abs(image.pixels[i + 2] - rgb[2]);
      if (distance <= tolerance) count++;
    }
  }
  return count;
}
