import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideProps, guidePropsPattern } from './guide-props';

/** Property names of every interface in a source file: what crosses the message boundary keeps its name. */
function interfaceFields(path: string): string[] {
  const source = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  const bodies = [...source.matchAll(/interface \w+(?: extends [\w, ]+)? \{([^}]*)\}/g)].map((m) => m[1]);
  return bodies.flatMap((body) => [...body.matchAll(/^\s*(?:readonly )?(\w+)\??:/gm)].map((m) => m[1]));
}

describe('guide-props', () => {
  // Messages to the background, and its answers (GuideStart with CheckupPosition, Settled, LabelBook): renamed, the other side would not read them.
  const crossing = [
    'lib/messages.ts',
    'lib/checkup.ts',
    'lib/keep-on.ts',
    'lib/guide-start.ts',
    'lib/linkedin/label-book.ts',
  ].flatMap(interfaceFields);

  it('reads the message fields it guards', () => {
    expect(crossing).toEqual(
      expect.arrayContaining([
        'type',
        'setting',
        'state',
        'rung',
        'position',
        'seenOff',
        'labels',
        'categories',
      ]),
    );
  });

  it('never renames a field that crosses to the background', () => {
    expect(crossing.filter((name) => guidePropsPattern.test(name))).toEqual([]);
  });

  it('matches whole names only', () => {
    expect(guideProps.every((name) => guidePropsPattern.test(name))).toBe(true);
    expect(guidePropsPattern.test('settingKind')).toBe(false);
    expect(guidePropsPattern.test('pages')).toBe(false);
  });
});
