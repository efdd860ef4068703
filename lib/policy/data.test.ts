import messages from '../../public/_locales/en/messages.json';
import { isCountryCode } from '../countries';
import { isIsoDay } from '.';
import { claims, dataNotUsed, dataUsed, factsReviewed } from './claims';
import { links } from './links';
import { regionGroups } from './regions';
import { sources } from './sources';
import type { Claim, Question, RegionGroup } from './types';

const allClaims: readonly Claim[] = claims;
const allGroups: readonly RegionGroup[] = regionGroups;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = messages as Record<string, Entry>;

/** The $1..$9 a message takes, through its named placeholders. */
function substitutionCount(key: string): number {
  const entry = catalogue[key];
  const named = [...entry.message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1].toLowerCase());
  const positions = named.map((name) => entry.placeholders?.[name]?.content.match(/^\$(\d)$/)?.[1]);
  return new Set(positions.filter(Boolean)).size;
}

describe('isIsoDay()', () => {
  it.each(['2025-11-03', '2024-02-29', '2026-11-29'])('isIsoDay(%j) is true', (day) => {
    expect(isIsoDay(day)).toBe(true);
  });
  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-11-3',
    '3 Nov 2025',
    '2025-11-03T00:00:00Z',
    '',
    null,
    20251103,
  ])('isIsoDay(%j) is false', (day) => {
    expect(isIsoDay(day)).toBe(false);
  });
});

describe('region groups', () => {
  it('every country code is an assigned ISO 3166-1 code', () => {
    const bad = allGroups.flatMap((group) => group.countries.filter((code) => !isCountryCode(code)));
    expect(bad).toEqual([]);
  });
  it('no country is in two groups', () => {
    const codes = allGroups.flatMap((group) => group.countries);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });
  it('group ids are unique and exactly one group, `rest`, catches every other code', () => {
    const ids = allGroups.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allGroups.filter((group) => group.countries.length === 0).map((group) => group.id)).toEqual([
      'rest',
    ]);
  });
  it('the EU group holds all 27 member states', () => {
    const eu = allGroups.find((group) => group.id === 'eu')?.countries ?? [];
    expect(eu.filter((code) => !['GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX'].includes(code))).toHaveLength(27);
  });
  it('every date is a real ISO day, and sharing has a date exactly where it may apply', () => {
    for (const group of allGroups) {
      expect(isIsoDay(group.aiTrainingFrom), group.id).toBe(true);
      if (group.microsoftAdsSharing === 'no') expect(group.microsoftAdsSharingFrom, group.id).toBeNull();
      else expect(isIsoDay(group.microsoftAdsSharingFrom), group.id).toBe(true);
    }
  });
});

describe('claims', () => {
  it('ids are unique', () => {
    const ids = allClaims.map((claim) => claim.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
  it.each(allClaims.map((claim) => [claim.id, claim] as const))(
    '%s cites known sources and is dated',
    (_, claim) => {
      expect(claim.sources.length).toBeGreaterThan(0);
      for (const id of claim.sources) expect(Object.keys(sources)).toContain(id);
      expect(isIsoDay(claim.reviewed)).toBe(true);
      for (const ref of claim.dates ?? []) {
        expect(ref === 'aiTraining' || ref === 'microsoftAdsSharing' || isIsoDay(ref), String(ref)).toBe(
          true,
        );
      }
    },
  );
  it.each(allClaims.map((claim) => [claim.id, claim] as const))('%s holds somewhere known', (_, claim) => {
    const ids = allGroups.map((group) => group.id);
    expect(claim.groups.length).toBeGreaterThan(0);
    for (const group of claim.groups) expect(ids).toContain(group);
  });
  it.each(allClaims.map((claim) => [claim.id, claim] as const))(
    '%s gives its message every date it names',
    (_, claim) => {
      for (const key of [claim.messageKey, claim.beforeKey].filter((k) => k !== undefined)) {
        expect(substitutionCount(key), key).toBe(claim.dates?.length ?? 0);
      }
      // A short sentence may leave a date out, never name one its claim lacks.
      if (claim.shortKey)
        expect(substitutionCount(claim.shortKey)).toBeLessThanOrEqual(claim.dates?.length ?? 0);
    },
  );
  it.each(allClaims.map((claim) => [claim.id, claim] as const))(
    '%s was reviewed on a real day, no later than the facts as a whole',
    (_, claim) => {
      expect(isIsoDay(claim.reviewed)).toBe(true);
      expect(claim.reviewed <= factsReviewed).toBe(true);
    },
  );
  it.each(
    allClaims
      .filter((c) => c.answers && c.answers !== 'complaint')
      .map((claim) => [claim.id, claim] as const),
  )('%s answers a short question, so it has a short sentence', (_, claim) => {
    expect(claim.shortKey).toBeDefined();
  });
  it.each(allClaims.filter((claim) => claim.confidence === 'low').map((claim) => [claim.id, claim] as const))(
    '%s is LOW, so it says why',
    (_, claim) => {
      expect(claim.noteKey).toBeDefined();
    },
  );
  it.each(allGroups.map((group) => [group.id, group] as const))(
    'group %s answers each short question once, as its data says',
    (_, group) => {
      const mine = allClaims.filter((claim) => claim.groups.includes(group.id));
      const answering = (question: Question) => mine.filter((claim) => claim.answers === question);
      for (const question of ['since-when', 'undo', 'microsoft-sharing', 'objection'] as const) {
        expect(answering(question), question).toHaveLength(1);
      }
      expect(answering('complaint').length).toBeLessThanOrEqual(1);
      expect(answering('since-when')[0].id.startsWith('ai-start-')).toBe(true);
      expect(answering('microsoft-sharing')[0].id.split('-')[2]).toBe(group.microsoftAdsSharing);
      // The form is offered everywhere; the legal right to object is the contract's `objectionForm`.
      expect(answering('objection')[0].link).toBe('objection-form');
      expect(answering('objection')[0].id === 'ai-objection-right').toBe(group.objectionForm);
    },
  );
  it('a statement naming the sharing date is only made where that date exists', () => {
    for (const claim of allClaims.filter((c) => c.dates?.includes('microsoftAdsSharing'))) {
      for (const id of claim.groups) {
        expect(allGroups.find((group) => group.id === id)?.microsoftAdsSharingFrom, claim.id).not.toBeNull();
      }
    }
  });
});

describe('sources', () => {
  it.each(Object.entries(sources))('%s is an https URL with a title', (id, source) => {
    expect(source.id).toBe(id);
    expect(new URL(source.url).protocol).toBe('https:');
    expect(source.title.trim().length).toBeGreaterThan(5);
  });
  it('every source is cited by some claim', () => {
    const cited = new Set(allClaims.flatMap((claim) => claim.sources));
    expect(Object.keys(sources).filter((id) => !cited.has(id as never))).toEqual([]);
  });
  it.each(Object.values(links))('the link to $url is https', (link) => {
    expect(new URL(link.url).protocol).toBe('https:');
  });
});

describe('message keys', () => {
  const referenced = [
    ...allClaims.flatMap((claim) => [claim.messageKey, claim.beforeKey, claim.noteKey, claim.shortKey]),
    ...[...dataUsed, ...dataNotUsed].map((item) => item.messageKey),
    ...Object.values(links).map((link) => link.labelKey),
  ].filter((key) => key !== undefined);

  it.each(referenced)('%s is in messages.json, with text', (key) => {
    expect(key.startsWith('policy_')).toBe(true);
    expect(catalogue[key]?.message.trim()).toBeTruthy();
  });
  it('data item ids are unique within each list', () => {
    for (const list of [dataUsed, dataNotUsed]) {
      expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    }
  });
});
