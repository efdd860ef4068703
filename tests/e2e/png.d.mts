// Types for png.mjs, which a unit test reads icons with too (tests/unit/background.test.ts).
export interface DecodedPng {
  width: number;
  height: number;
  channels: 4;
  /** RGBA, one byte per channel, row after row. */
  pixels: Uint8Array;
}
export function decodePng(buffer: Uint8Array): DecodedPng;
export function countColour(
  image: DecodedPng,
  box: { x: number; y: number; width: number; height: number },
  rgb: readonly number[],
  tolerance?: number,
): number;
