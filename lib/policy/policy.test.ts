import { factsReviewed, isActive, normaliseCountry, type PolicyData, policyData, policyFor } from '.';

const afterEverything = new Date('2026-11-29');

// The three answers of the contract (docs/contracts.md; the facts behind them: docs/facts.md).
const europe = {
  aiTraining: { startedOn: '2025-11-03', active: true, defaultOn: true, objectionForm: true },
  microsoftAdsSharing: { applies: 'no', startedOn: null },
};
// docs/facts.md M2: the sharing with Microsoft applies in Canada and Hong Kong (MED).
const canadaHongKong = {
  aiTraining: { startedOn: '2025-11-03', active: true, defaultOn: true, objectionForm: false },
  microsoftAdsSharing: { applies: 'yes', startedOn: '2025-11-03' },
};
const restOfWorld = {
  aiTraining: { startedOn: '2024-09-18', active: true, defaultOn: true, objectionForm: false },
  microsoftAdsSharing: { applies: 'yes', startedOn: '2025-11-03' },
};

const table = [
  // EU member states, and EU territories with codes of their own (outermost regions, Åland).
  ...['DE', 'FR', 'IE', 'AT', 'GR', 'CY', 'MT', 'SE', 'PL', 'HR'].map((c) => [c, 'eu', europe] as const),
  ...['GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX'].map((c) => [c, 'eu', europe] as const),
  ...['IS', 'LI', 'NO'].map((c) => [c, 'eea', europe] as const),
  ['CH', 'ch', europe],
  ['GB', 'gb', europe],
  ['CA', 'ca', canadaHongKong],
  ['HK', 'hk', canadaHongKong],
  ['US', 'us', restOfWorld],
  // Not named by the facts: Crown dependencies and Gibraltar take "Elsewhere", flagged as unsure.
  ...['GG', 'JE', 'IM', 'GI'].map((c) => [c, 'uk-linked', restOfWorld] as const),
  // Outside the EU/EEA although tied to a member state; Macau is not Hong Kong; US territories.
  ...['GL', 'FO', 'PF', 'NC', 'AW', 'CW', 'SX', 'BQ', 'BL', 'PM', 'WF', 'TF', 'SJ', 'BV'].map(
    (c) => [c, 'rest', restOfWorld] as const,
  ),
  ...['MO', 'CN', 'IN', 'BR', 'AU', 'JP', 'TR', 'UA', 'MC', 'AD', 'SM', 'VA', 'PR', 'GU'].map(
    (c) => [c, 'rest', restOfWorld] as const,
  ),
] as const;

describe('policyFor() per region group', () => {
  it.each(table)('policyFor(%j) is the %s answer', (code, region, expected) => {
    const policy = policyFor(code, afterEverything);
    expect(policy).toMatchObject({ country: code, region, ...expected });
  });
});

describe('policyFor() around the start dates', () => {
  it.each([
    ['DE', '2025-11-02', false],
    ['DE', '2025-11-03', true],
    ['GB', '2025-11-02', false],
    ['GB', '2025-11-03', true],
    ['CA', '2025-11-02', false],
    ['HK', '2025-11-03', true],
    ['US', '2024-09-17', false],
    ['US', '2024-09-18', true],
    ['BR', '2024-09-17', false],
    ['BR', '2024-09-18', true],
  ])('policyFor(%j) on %s: AI training active is %s', (code, day, active) => {
    const [year, month, date] = day.split('-').map(Number);
    // UTC midnight, local midnight and local noon all mean that day, in any time zone.
    expect(policyFor(code, new Date(day)).aiTraining.active).toBe(active);
    expect(policyFor(code, new Date(year, month - 1, date)).aiTraining.active).toBe(active);
    expect(policyFor(code, new Date(year, month - 1, date, 12)).aiTraining.active).toBe(active);
  });

  it.each([
    ['US', '2025-11-02', false],
    ['US', '2025-11-03', true],
    ['CA', '2025-11-03', true],
    ['DE', '2030-01-01', false],
  ])('policyFor(%j) on %s: Microsoft sharing active is %s', (code, day, active) => {
    expect(policyFor(code, new Date(day)).microsoftAdsSharing.active).toBe(active);
  });

  it('policyFor() words the start as coming when the day is still ahead', () => {
    const keyOf = (code: string, day: string, id: string) =>
      policyFor(code, new Date(day)).claims.find((claim) => claim.id === id)?.messageKey;
    expect(keyOf('DE', '2025-11-02', 'ai-start-2025')).toBe('policy_ai_start_2025_before');
    expect(keyOf('DE', '2025-11-03', 'ai-start-2025')).toBe('policy_ai_start_2025');
    expect(keyOf('US', '2025-11-02', 'ms-status-yes')).toBe('policy_ms_applies_before');
    expect(keyOf('US', '2025-11-03', 'ms-status-yes')).toBe('policy_ms_applies');
  });

  it('policyFor() without a day uses today', () => {
    vi.useFakeTimers({ now: new Date('2025-11-01T12:00:00Z') });
    try {
      expect(policyFor('DE').aiTraining.active).toBe(false);
      expect(policyFor('US').aiTraining.active).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('policyFor() accepts codes as people write them', () => {
  it.each([
    ['UK', 'GB'],
    ['uk', 'GB'],
    [' Uk ', 'GB'],
    ['EL', 'GR'],
    ['el', 'GR'],
    ['de', 'DE'],
    ['\tFr\n', 'FR'],
    ['  gb', 'GB'],
    ['hK', 'HK'],
    ['\u00A0de\u00A0', 'DE'],
    ['\u200BDE\u200B', 'DE'],
    ['\uFEFFfr\u2060', 'FR'],
    // Copied from a right-to-left page or a chat: bidi marks and isolates are as invisible as zero-width spaces.
    ['\u200Ede\u200E', 'DE'],
    ['\u200FGB', 'GB'],
    ['\u2068fr\u2069', 'FR'],
    ['\u202Ach\u202C', 'CH'],
    ['\u061Cuk', 'GB'],
    ['ca\u00AD', 'CA'],
    ['ｄｅ', 'DE'],
    ['ＵＫ', 'GB'],
    [`${' '.repeat(100_000)}ch${' '.repeat(100_000)}`, 'CH'],
  ])('policyFor(%j) is for %s', (input, code) => {
    expect(policyFor(input, afterEverything).country).toBe(code);
  });
  it('policyFor("UK") gives the UK answer', () => {
    expect(policyFor('UK', afterEverything)).toMatchObject({ region: 'gb', ...europe });
  });
  it('policyFor("el") gives the EU answer', () => {
    expect(policyFor('el', afterEverything)).toMatchObject({ region: 'eu', ...europe });
  });
});

describe('policyFor() with input that is not a country', () => {
  const invalid: unknown[] = [
    'XX',
    'ZZ',
    '',
    '  ',
    'GBR',
    'U K',
    '12',
    'EU',
    'IC',
    'EA',
    'XK',
    'D',
    'DEU',
    'ß',
    'ıt',
    'de-DE',
    'D\u200BE',
    'Germany',
    'Deutschland',
    'x'.repeat(1_000_000),
    '__proto__',
    'constructor',
    null,
    undefined,
    49,
    Number.NaN,
    {},
    [],
    ['DE'],
    true,
    Symbol('DE'),
    () => 'DE',
    new Date(),
  ];
  it.each(invalid.map((value) => [String(typeof value === 'symbol' ? 'Symbol(DE)' : value), value]))(
    'policyFor(%s) gives the rest-of-world answer with country null',
    (_, value) => {
      const policy = policyFor(value as never, afterEverything);
      expect(policy).toMatchObject({ country: null, region: 'rest', ...restOfWorld });
      expect(policy.sources.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['an invalid Date', new Date('not a day')],
    ['null', null],
    ['an object', {}],
    ['a number that is no time', Number.NaN],
  ])('policyFor() with %s as the day uses today', (_, today) => {
    vi.useFakeTimers({ now: new Date('2025-11-01T12:00:00Z') });
    try {
      expect(policyFor('DE', today as never).aiTraining.active).toBe(false);
      vi.setSystemTime(new Date('2025-11-04T12:00:00Z'));
      expect(policyFor('DE', today as never).aiTraining.active).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('policyFor() reads a day given as a string or a timestamp', () => {
    expect(policyFor('DE', '2025-11-02' as never).aiTraining.active).toBe(false);
    expect(policyFor('DE', Date.UTC(2025, 10, 3) as never).aiTraining.active).toBe(true);
  });
});

describe('policyFor() statements per region', () => {
  const ids = (code: string) => policyFor(code, afterEverything).claims.map((claim) => claim.id);

  it.each([
    ['DE', ['ai-start-2025', 'ai-history-europe', 'ai-objection-right', 'ms-status-no', 'ai-dpc-caveat']],
    ['GB', ['ai-start-2025', 'ai-history-gb', 'ai-objection-right', 'ms-status-no-gb', 'ai-uk-microsoft-ai']],
    ['HK', ['ai-start-2025', 'ai-history-hk', 'ai-objection-elsewhere', 'ms-status-yes', 'ms-control']],
    ['CA', ['ai-start-2025', 'ai-history-ca', 'ai-objection-elsewhere', 'ms-status-yes', 'ms-control']],
    ['US', ['ai-start-2024', 'ai-objection-elsewhere', 'ms-status-yes', 'ms-control', 'ms-gpc']],
    ['IN', ['ai-start-2024', 'ai-objection-elsewhere', 'ms-status-yes', 'ms-control', 'ms-already-shared']],
    ['JE', ['ai-start-2024-uk-linked', 'ai-objection-elsewhere-uk-linked', 'ms-status-yes-uk-linked']],
  ])('policyFor(%j) makes the statements of its region', (code, expected) => {
    expect(ids(code)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['DE', ['ms-control', 'ms-gpc', 'ms-status-yes', 'ai-start-2024', 'ai-objection-elsewhere']],
    ['US', ['ai-objection-right', 'ms-status-no', 'ai-start-2025', 'ai-history-europe', 'ai-dpc-caveat']],
    ['CA', ['ai-objection-right', 'ms-gpc', 'ai-history-europe', 'ai-history-hk', 'ai-garante-timing']],
    ['PR', ['ms-gpc']],
  ])('policyFor(%j) leaves out statements that are not about it', (code, absent) => {
    for (const id of absent) expect(ids(code)).not.toContain(id);
  });

  it.each(['DE', 'US', 'CA', 'JE', 'XX'])(
    'policyFor(%j) says what is used, what is not, and the basics',
    (code) => {
      const policy = policyFor(code, afterEverything);
      expect(policy.dataNotUsed.map((item) => item.id)).toContain('private-messages');
      expect(policy.dataUsed.map((item) => item.id)).toContain('profile');
      expect(policy.claims.map((claim) => claim.id)).toEqual(
        expect.arrayContaining(['ai-default-on', 'ai-under-18', 'ai-not-retroactive', 'ai-scope']),
      );
    },
  );

  it('policyFor() is unsure only about the places tied to the UK, and says why on each point', () => {
    const unsure = (code: string) =>
      policyFor(code, afterEverything)
        .claims.filter((claim) => claim.confidence === 'low')
        .map((claim) => [claim.id, claim.noteKey]);
    // Since when, the objection form (no legal right, or the UK's?) and the Microsoft sharing.
    expect(unsure('GI')).toHaveLength(3);
    expect(unsure('GI').every(([, note]) => note === 'policy_note_uk_linked')).toBe(true);
    for (const code of ['DE', 'GB', 'CA', 'HK', 'US', 'IN']) expect(unsure(code), code).toEqual([]);
  });

  it('policyFor() notes the press date of 9 November where 3 November applies', () => {
    const note = (code: string) =>
      policyFor(code, afterEverything).claims.find((c) => c.id.startsWith('ai-start'));
    expect(note('DE')?.noteKey).toBe('policy_note_nov9');
    expect(note('US')?.noteKey).toBeNull();
  });

  it.each([
    ['GB', 'https://ico.org.uk/'],
    ['HK', 'https://www.pcpd.org.hk/'],
    ['CA', 'https://www.priv.gc.ca/'],
    ['IE', 'https://www.dataprotection.ie/'],
  ])('policyFor(%j) cites its regulator', (code, prefix) => {
    expect(policyFor(code).sources.some((source) => source.url.startsWith(prefix))).toBe(true);
  });

  it.each(['DE', 'US', 'CA', 'GB', 'HK', 'JE', 'XX'])(
    'policyFor(%j) lists each cited source once, over https',
    (code) => {
      const { sources } = policyFor(code);
      const urls = sources.map((source) => source.url);
      expect(new Set(urls).size).toBe(urls.length);
      for (const source of sources) {
        expect(new URL(source.url).protocol).toBe('https:');
        expect(source.title.length).toBeGreaterThan(5);
      }
    },
  );

  it('policyFor() answers are fresh: changing one does not change the next', () => {
    const first = policyFor('DE');
    first.sources[0].title = 'changed';
    first.claims[0].sources[0].url = 'http://changed';
    expect(policyFor('DE').sources[0].title).not.toBe('changed');
    expect(policyFor('DE').claims[0].sources[0].url).not.toBe('http://changed');
  });

  it.each(['DE', 'US', 'CA'])(
    'policyFor(%j) answers share nothing: emptying every list and link of one leaves the next whole',
    (code) => {
      const before = JSON.stringify(policyFor(code));
      const first = policyFor(code);
      (first.dataUsed as unknown[]).length = 0;
      (first.dataNotUsed as unknown[]).length = 0;
      for (const claim of first.claims) {
        if (claim.list) (claim.list as unknown[]).length = 0;
        if (claim.link) claim.link.url = 'http://changed';
      }
      if (first.complaint) first.complaint.url = 'http://changed';
      expect(JSON.stringify(policyFor(code))).toBe(before);
    },
  );
});

describe('policyFor() with the facts added in Nov 2026 (docs/facts.md)', () => {
  const claim = (code: string, id: string) =>
    policyFor(code, afterEverything).claims.find((c) => c.id === id);
  const has = (code: string, id: string) => claim(code, id) !== undefined;

  it('policyFor("CA") tells Canada\'s history: paused after the OPC (10 Dec 2024), resumed on 3 Nov 2025', () => {
    expect(claim('CA', 'ai-history-ca')).toMatchObject({
      dates: ['2024-12-10', '2025-11-03'],
      confidence: 'high',
      sources: [expect.objectContaining({ id: 'ca-opc' }), expect.objectContaining({ id: 'li-a8059228' })],
    });
  });
  it.each(['GB', 'HK', 'US', 'DE', 'JE'])("policyFor(%j) does not tell Canada's history", (code) => {
    expect(has(code, 'ai-history-ca')).toBe(false);
  });

  it.each([
    ...['DE', 'IT', 'FR', 'NO', 'IS', 'CH', 'GB'].map((code) => [code, true] as const),
    ...['CA', 'HK', 'US', 'JE', 'GI', 'IN', 'XX'].map((code) => [code, false] as const),
  ])('policyFor(%j): the Garante timing note shown: %s', (code, shown) => {
    expect(has(code, 'ai-garante-timing')).toBe(shown);
    if (shown) {
      expect(claim(code, 'ai-garante-timing')).toMatchObject({
        dates: ['2025-11-03'],
        confidence: 'med',
        sources: [expect.objectContaining({ id: 'it-garante' })],
      });
    }
  });

  it.each([
    ['GB', true] as const,
    ...['DE', 'IE', 'CH', 'NO', 'JE', 'GG', 'IM', 'GI', 'CA', 'HK', 'US', 'XX'].map(
      (code) => [code, false] as const,
    ),
  ])('policyFor(%j): the UK-only note on Microsoft AI training shown: %s', (code, shown) => {
    expect(has(code, 'ai-uk-microsoft-ai')).toBe(shown);
  });

  it.each([
    ...['DE', 'FR', 'IE', 'IT', 'AX', 'IS', 'LI', 'NO'].map(
      (code) => [code, 'authority-eu', 'policy_link_authority_eu'] as const,
    ),
    ['CH', 'authority-ch', 'policy_link_authority_ch'],
    ['GB', 'authority-gb', 'policy_link_authority_gb'],
    ['CA', 'authority-ca', 'policy_link_authority_ca'],
    ['HK', 'authority-hk', 'policy_link_authority_hk'],
  ] as const)(
    'policyFor(%j) names its complaint authority (%s) with an official https link',
    (code, _, label) => {
      const { complaint } = policyFor(code, afterEverything);
      expect(complaint?.labelKey).toBe(label);
      expect(new URL(complaint?.url ?? '').protocol).toBe('https:');
      expect(complaint?.url).toMatch(
        /^https:\/\/(www\.edpb\.europa\.eu|www\.edoeb\.admin\.ch|ico\.org\.uk|www\.priv\.gc\.ca|www\.pcpd\.org\.hk)\//,
      );
    },
  );
  it.each(['US', 'IN', 'JE', 'GI', 'XX'])(
    'policyFor(%j) names no authority the facts do not name',
    (code) => {
      expect(policyFor(code, afterEverything).complaint).toBeNull();
    },
  );

  it.each(['DE', 'IE', 'NO'])('policyFor(%j) carries the Irish DPC caveat on the data list', (code) => {
    expect(claim(code, 'ai-dpc-caveat')?.sources.map((s) => s.id)).toEqual(['ie-dpc']);
  });
  it.each(['CH', 'GB', 'CA', 'US'])('policyFor(%j) does not: the DPC spoke of the EU/EEA', (code) => {
    expect(has(code, 'ai-dpc-caveat')).toBe(false);
  });

  it.each(['DE', 'GB', 'CA', 'US', 'JE', 'XX'])(
    'policyFor(%j) says deleting posts or the account does not reach trained models',
    (code) => {
      expect(claim(code, 'ai-delete-not-removed')?.confidence).toBe('high');
    },
  );

  it.each([
    ...['CA', 'HK', 'US', 'IN', 'JE'].map((code) => [code, true] as const),
    ...['DE', 'CH', 'GB'].map((code) => [code, false] as const),
  ])("policyFor(%j): ads anywhere since Feb 2026 and Microsoft's dashboard shown: %s", (code, shown) => {
    expect(has(code, 'ms-ads-anywhere')).toBe(shown);
    expect(claim(code, 'ms-already-shared')?.link?.url).toBe(
      shown ? 'https://account.microsoft.com/privacy' : undefined,
    );
  });

  it.each([
    ['US', 'ms-status-yes', 'med'],
    ['CA', 'ms-status-yes', 'med'],
    ['HK', 'ms-status-yes', 'med'],
    ['DE', 'ms-status-no', 'high'],
    ['CH', 'ms-status-no', 'high'],
    ['GB', 'ms-status-no-gb', 'med'],
    ['JE', 'ms-status-yes-uk-linked', 'low'],
  ])('policyFor(%j) answers the Microsoft question with %s at %s confidence', (code, id, confidence) => {
    expect(claim(code, id)?.confidence).toBe(confidence);
  });
  it('policyFor("GB") says one LinkedIn help text words the sharing as "outside EU/EEA/Switzerland"', () => {
    expect(claim('GB', 'ms-status-no-gb')?.noteKey).toBe('policy_note_ms_gb');
    expect(claim('GB', 'ms-status-no-gb')?.sources.map((s) => s.id)).toContain('li-a1397243');
  });

  it.each(['DE', 'GB', 'CA', 'US', 'XX'])(
    'policyFor(%j) dates the whole explanation with one review day',
    (code) => {
      const policy = policyFor(code, afterEverything);
      expect(policy.reviewed).toBe(factsReviewed);
      expect(policy.claims.every((c) => c.reviewed >= policy.reviewed)).toBe(true);
    },
  );
});

describe('policyFor() over other data', () => {
  const tiny: PolicyData = {
    ...policyData,
    regionGroups: [
      {
        id: 'rest',
        countries: [],
        aiTrainingFrom: '2030-01-01',
        objectionForm: false,
        microsoftAdsSharing: 'no',
        microsoftAdsSharingFrom: null,
      },
    ],
    claims: [
      {
        id: 'needs-a-sharing-date',
        topic: 'microsoft-ads',
        groups: ['rest'],
        messageKey: 'policy_ms_applies',
        dates: ['microsoftAdsSharing'],
        sources: ['li-a1397243'],
        reviewed: '2026-11-29',
        confidence: 'high',
      },
      {
        id: 'cites-a-missing-source',
        topic: 'ai-training',
        groups: ['rest'],
        messageKey: 'policy_ai_scope',
        sources: ['nope' as never, 'li-a5538339'],
        reviewed: '2026-11-29',
        confidence: 'high',
      },
    ],
  };

  it('policyFor() reads the data it is given', () => {
    const policy = policyFor('DE', afterEverything, tiny);
    expect(policy).toMatchObject({ country: 'DE', region: 'rest', aiTraining: { active: false } });
  });
  it('policyFor() drops a statement whose date the region lacks, and sources it cannot find', () => {
    const policy = policyFor('DE', afterEverything, tiny);
    expect(policy.claims.map((claim) => claim.id)).toEqual(['cites-a-missing-source']);
    expect(policy.claims[0].sources.map((source) => source.id)).toEqual(['li-a5538339']);
  });
  it('policyFor() falls back to the shipped rest-of-world group when the data has none', () => {
    const policy = policyFor('DE', afterEverything, { ...tiny, regionGroups: [] });
    expect(policy).toMatchObject({ region: 'rest', ...restOfWorld });
  });
});

describe('normaliseCountry()', () => {
  it.each([
    ['de', 'DE'],
    [' UK ', 'GB'],
    ['EL', 'GR'],
    ['ax', 'AX'],
    ['ss ', 'SS'],
  ])('normaliseCountry(%j) is %j', (input, code) => {
    expect(normaliseCountry(input)).toBe(code);
  });
  it.each(['XX', 'UKK', 'G', 'ß', 'EU', null, 7])('normaliseCountry(%j) is null', (input) => {
    expect(normaliseCountry(input)).toBeNull();
  });
});

describe('isActive()', () => {
  it.each([
    ['2025-11-03', '2025-11-02', false],
    ['2025-11-03', '2025-11-03', true],
    ['2025-11-03', '2026-01-01', true],
    ['2025-02-30', '2026-01-01', false],
    ['3 Nov 2025', '2026-01-01', false],
  ])('isActive(%j) on %s is %s', (start, day, expected) => {
    expect(isActive(start, new Date(day))).toBe(expected);
  });
  it('isActive(null) is false', () => {
    expect(isActive(null)).toBe(false);
  });
});
