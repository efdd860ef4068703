/**
 * Short class names for the callout in builds: its CSS and the code that sets its classes name the same classes,
 * and shortening them both takes 0.1 kB off the guide's content script (its 12 kB budget; README, "Budgets").
 * The names come from `classes` in lib/guide/overlay-css.ts; lib/guide/overlay.ts refers to them as `classes.x`.
 * Vitest and the e2e build (whose tests select by class) keep the names as written.
 */

/** The keys of `export const classes = { name: 'name', ... }` in overlay-css.ts's source. */
export function classNamesIn(source: string): string[] {
  const body = source.match(/export const classes = \{([^}]*)\}/)?.[1];
  if (body === undefined)
    throw new Error('lib/guide/overlay-css.ts: expected `export const classes = { ... }`');
  return [...body.matchAll(/(\w+): '(\w+)'/g)].map(([, key, value]) => {
    if (key !== value) throw new Error(`lib/guide/overlay-css.ts: class ${key} must be written '${key}'`);
    return key;
  });
}

/** One short name per class: a, b, ... z, then aa, ab ... (never a name the CSS uses otherwise: those are longer). */
export function shortNames(names: readonly string[]): Map<string, string> {
  const short = (i: number): string =>
    (i < 26 ? '' : short(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
  return new Map(names.map((name, i) => [name, short(i)]));
}

/** The CSS with every `.name` of `names` renamed; the other classes (the tones: on, off, step, info) stay. */
export function renameInCss(css: string, names: ReadonlyMap<string, string>): string {
  return css.replace(/\.([a-z][\w-]*)/g, (whole, name: string) =>
    names.has(name) ? `.${names.get(name)}` : whole,
  );
}

/** The overlay's code with each `classes.name` replaced by the name's short string; an unknown name fails the build. */
export function renameInCode(code: string, names: ReadonlyMap<string, string>): string {
  return code.replace(/\bclasses\.(\w+)\b/g, (_, name: string) => {
    const short = names.get(name);
    if (!short) throw new Error(`lib/guide/overlay.ts: classes.${name} is not in overlay-css.ts's classes`);
    return JSON.stringify(short);
  });
}

/**
 * The shipped CSS a little shorter (about 30 B of the guide's gzipped budget). Each custom property it declares
 * (`--ring: ...`) and each keyframes it declares (`@keyframes pulse`) get a short name (`--a`, `a`), where declared
 * and where read (`var()`, `animation`): nothing outside this CSS reads them. `transparent` is written `#0000`, the
 * same colour by definition.
 */
export function shortenCss(css: string): string {
  const properties = shortNames([...new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name))]);
  const keyframes = shortNames([...css.matchAll(/@keyframes\s+([\w-]+)/g)].map(([, name]) => name));
  const renamed = (name: string) => keyframes.get(name) ?? name;
  return (
    css
      // A custom property's value keeps the space esbuild leaves after its colon, which CSS drops anyway: dropped.
      .replace(
        /(--[\w-]+)(:\s+)?/g,
        (_, name: string, colon?: string) =>
          `${properties.has(name) ? `--${properties.get(name)}` : name}${colon ? ':' : ''}`,
      )
      .replace(/@keyframes\s+([\w-]+)/g, (_, name: string) => `@keyframes ${renamed(name)}`)
      .replace(
        /(animation(?:-name)?:)([^;}]*)/g,
        (_, property: string, value: string) => property + value.replace(/[\w-]+/g, renamed),
      )
      .replace(/\btransparent\b/g, '#0000')
  );
}
