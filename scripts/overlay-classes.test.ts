import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classes, overlayCss } from '../lib/guide/overlay-css';
import { classNamesIn, renameInCode, renameInCss, shortenCss, shortNames } from './overlay-classes';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const cssSource = read('lib/guide/overlay-css.ts');
const overlaySource = read('lib/guide/overlay.ts');

describe('overlay-classes', () => {
  it('reads the class names overlay-css.ts declares, each one used by its CSS', () => {
    expect(classNamesIn(cssSource)).toEqual(Object.keys(classes));
    for (const name of Object.keys(classes)) expect(overlayCss).toMatch(new RegExp(`\\.${name}\\b`));
  });

  it('overlay.ts sets every declared class through `classes`, never as a plain string the build would miss', () => {
    const set = [
      ...overlaySource.matchAll(/\bel\('\w+', '([\w ]*)'/g),
      ...overlaySource.matchAll(/classList\.\w+\('([\w ]*)'/g),
      ...overlaySource.matchAll(/className = ['`"]([^'`"$]*)/g),
    ].flatMap((match) => match[1].split(' '));
    expect(set.filter((name) => name in classes)).toEqual([]);
    expect(overlaySource).toContain('classes.callout');
  });

  it('gives each class its own short name', () => {
    const names = shortNames(Array.from({ length: 30 }, (_, i) => `class${i}`));
    expect(new Set(names.values()).size).toBe(30);
    expect([...names.values()].slice(24, 28)).toEqual(['y', 'z', 'aa', 'ab']);
  });

  it('renames the same classes in the CSS and in the code, and leaves the others', () => {
    const names = shortNames(['callout', 'title']);
    expect(renameInCss('.callout .title.on,.callout-x .more{top:1.5px}', names)).toBe(
      '.a .b.on,.callout-x .more{top:1.5px}',
    );
    // Source code as text: its template placeholders are the point.
    const code = ['el("p", classes.title); `$', '{classes.title} $', '{tone}`'].join('');
    expect(renameInCode(code, names)).toBe(['el("p", "b"); `$', '{"b"} $', '{tone}`'].join(''));
    expect(() => renameInCode('classes.missing', names)).toThrow(/classes\.missing/);
  });

  it('insists on names written as themselves, so Vitest and builds agree', () => {
    expect(() => classNamesIn("export const classes = {\n  ring: 'halo',\n}")).toThrow(/ring/);
    expect(() => classNamesIn('export const other = {}')).toThrow(/classes/);
  });

  it('shortens each custom property the CSS declares, where declared and where read, and nothing else', () => {
    const css =
      '.a{--ring: red;--bg:#fff;margin-block-start:-4px;border:1px solid var(--ring)}.b{color:var(--bg,var(--page))}';
    expect(shortenCss(css)).toBe(
      '.a{--a:red;--b:#fff;margin-block-start:-4px;border:1px solid var(--a)}.b{color:var(--b,var(--page))}',
    );
    // The keyframes are renamed where declared and where an animation names them; a class of that name stays.
    expect(
      shortenCss(
        '.pulse{background:transparent;animation:pulse 1s ease-out 2}.b{animation-name:fade}@keyframes pulse{to{opacity:0}}@keyframes fade{to{opacity:1}}',
      ),
    ).toBe(
      '.pulse{background:#0000;animation:a 1s ease-out 2}.b{animation-name:b}@keyframes a{to{opacity:0}}@keyframes b{to{opacity:1}}',
    );
    const shipped = shortenCss(overlayCss);
    const declared = new Set([...shipped.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name));
    expect(declared.size).toBe(new Set([...overlayCss.matchAll(/(--[\w-]+)\s*:/g)].map(([, n]) => n)).size);
    for (const [, name] of shipped.matchAll(/var\((--[\w-]+)/g)) expect(declared).toContain(name);
  });
});
