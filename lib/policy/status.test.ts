import {
  confidenceKey,
  microsoftSharingStatus,
  objectionStatus,
  policyData,
  policyFor,
  policySummary,
} from '.';

const afterEverything = new Date('2026-11-29');

describe('policySummary()', () => {
  it.each([
    ['DE', ['since-when', 'undo', 'microsoft-sharing', 'objection', 'complaint']],
    ['CA', ['since-when', 'undo', 'microsoft-sharing', 'objection', 'complaint']],
    ['US', ['since-when', 'undo', 'microsoft-sharing', 'objection']],
    ['XX', ['since-when', 'undo', 'microsoft-sharing', 'objection']],
  ])('policySummary(policyFor(%j)) answers %j, in that order', (code, questions) => {
    expect(policySummary(policyFor(code, afterEverything)).map((line) => line.question)).toEqual(questions);
  });

  it.each([
    ['DE', 'policy_short_ai_2025', ['2025-11-03']],
    ['US', 'policy_short_ai_2024', []],
  ])('policySummary(policyFor(%j)) says since when in one short sentence', (code, key, dates) => {
    const [first] = policySummary(policyFor(code, afterEverything));
    expect(first).toMatchObject({ messageKey: key, dates });
  });

  it('policySummary() keeps the full "from ... will" sentence while the start is ahead', () => {
    const [first] = policySummary(policyFor('DE', new Date('2025-11-02')));
    expect(first.messageKey).toBe('policy_ai_start_2025_before');
  });

  it("policySummary() carries the Microsoft answer's confidence and the complaint link", () => {
    const lines = policySummary(policyFor('CA', afterEverything));
    expect(lines.find((line) => line.question === 'microsoft-sharing')).toMatchObject({
      messageKey: 'policy_short_ms_yes',
      confidence: 'med',
    });
    expect(lines.find((line) => line.question === 'complaint')?.link?.url).toBe(
      'https://www.priv.gc.ca/en/report-a-concern/',
    );
  });
});

describe('microsoftSharingStatus() and objectionStatus()', () => {
  it.each([
    ['DE', 'no', 'high', false],
    ['GB', 'no', 'med', true],
    ['CA', 'yes', 'med', false],
    ['HK', 'yes', 'med', false],
    ['US', 'yes', 'med', false],
    ['JE', 'yes', 'low', true],
  ])(
    'microsoftSharingStatus(policyFor(%j)) is %s at %s confidence; note: %s',
    (code, applies, confidence, note) => {
      const status = microsoftSharingStatus(policyFor(code, afterEverything));
      expect(status).toMatchObject({ applies, confidence });
      expect(status.noteKey !== null).toBe(note);
    },
  );

  it.each([
    ['DE', true, 'policy_short_objection_right'],
    ['GB', true, 'policy_short_objection_right'],
    ['CA', false, 'policy_short_objection_elsewhere'],
    ['US', false, 'policy_short_objection_elsewhere'],
  ])(
    'objectionStatus(policyFor(%j)): legal right %s (%s), always with the form',
    (code, legalRight, shortKey) => {
      const status = objectionStatus(policyFor(code, afterEverything));
      expect(status).toMatchObject({ legalRight, shortKey });
      expect(status.link?.url).toBe('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
    },
  );

  it('with no statement in the data, the answers are the cautious ones', () => {
    const policy = policyFor('US', afterEverything, { ...policyData, claims: [] });
    expect(microsoftSharingStatus(policy)).toMatchObject({
      applies: 'unclear',
      confidence: 'low',
      shortKey: 'policy_short_ms_unclear',
      claimId: null,
    });
    expect(objectionStatus(policy)).toMatchObject({ legalRight: false, confidence: 'low', claimId: null });
  });

  it.each([
    ['high', null],
    ['med', 'policy_confidence_med'],
    ['low', 'policy_confidence_low'],
  ] as const)('confidenceKey(%j) is %j', (confidence, key) => {
    expect(confidenceKey(confidence)).toBe(key);
  });
});

describe('the places tied to the UK (docs/facts.md, "Regions and dates": no legal right, LOW)', () => {
  it.each(['JE', 'GG', 'IM', 'GI'])(
    'objectionStatus(policyFor(%j)) is uncertain and says LinkedIn may treat the place like the UK',
    (code) => {
      const status = objectionStatus(policyFor(code, afterEverything));
      expect(status).toMatchObject({
        legalRight: false,
        confidence: 'low',
        noteKey: 'policy_note_uk_linked',
        shortKey: 'policy_short_objection_elsewhere',
      });
      expect(status.link?.url).toBe('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
    },
  );
});
