/** One guide per page: the manifest and the background may both load it (a settings page reached twice). */

interface Live {
  readonly isInvalid: boolean;
}

const key = Symbol.for('optout-guide');

/**
 * True for the first live guide in this content-script world; false when one already runs. A guide orphaned by an
 * extension update does not count. The world is the extension's own: the page never sees this property.
 */
export function isFirstGuide(ctx: Live): boolean {
  const world = globalThis as { [key]?: Live };
  const running = world[key];
  if (running && !running.isInvalid) return false;
  world[key] = ctx;
  return true;
}
