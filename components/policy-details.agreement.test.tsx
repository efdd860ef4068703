import { cleanup, render, within } from '@testing-library/preact';
import { render as renderInto } from 'preact';
import { microsoftSharingStatus, objectionStatus, policyFor } from '../lib/policy';
import { regionGroups } from '../lib/policy/regions';
import { Checklist } from './checklist';
import { PolicyDetails } from './policy-details';
import { RulesSummary } from './rules-summary';

// The checklist and the explanation must never disagree (docs/product.md, "Honest about uncertainty").
const today = new Date('2026-11-29');

// Files share one DOM (vitest isolate: false) and some leave fixtures in the body: start from an empty one.
beforeEach(() => document.body.replaceChildren());
afterEach(cleanup);

// One place per region group, and an unknown code; the test fails if a group is added without one.
const places = {
  eu: 'DE',
  eea: 'NO',
  ch: 'CH',
  gb: 'GB',
  'uk-linked': 'JE',
  ca: 'CA',
  hk: 'HK',
  us: 'US',
  rest: 'IN',
};

/** The three views of a place, rendered once: every test of that place reads them, none changes them. */
const shown = new Map<string, ReturnType<typeof renderBoth>>();
function showBoth(code: string) {
  const view = shown.get(code) ?? renderBoth(code);
  shown.set(code, view);
  return view;
}
afterAll(() => {
  for (const { container } of shown.values()) renderInto(null, container);
});

function renderBoth(code: string) {
  const policy = policyFor(code, today);
  // Rendered in the first test that asks (after the set-up's per-test reset), into a container of its own that
  // outlives the test: cleanup() and the empty document each test starts with leave it alone.
  const container = document.createElement('div');
  renderInto(
    <div>
      <Checklist
        record={{}}
        sharing={microsoftSharingStatus(policy)}
        objection={objectionStatus(policy)}
        onOpen={() => {}}
        locale="en"
      />
      <PolicyDetails policy={policy} locale="en" />
      <RulesSummary policy={policy} locale="en" />
    </div>,
    container,
  );
  const checklistRow = (id: string) =>
    container.querySelector(`.checklist [data-setting="${id}"]`) as HTMLElement;
  // The explanation outside the summary's disclosure (which holds a second copy of it).
  const statement = (id: string | null) =>
    container.querySelector(`:scope > div > .policy [data-claim="${id}"]`) as HTMLElement;
  const summaryLine = (id: string | null) =>
    container.querySelector(`.rules-lines [data-claim="${id}"]`) as HTMLElement;
  return { policy, container, checklistRow, statement, summaryLine };
}

/** What a text says about the Microsoft sharing: applies, does not, or no source says. */
function sharingSays(text: string): 'yes' | 'no' | 'unclear' | 'nothing' {
  if (/does not apply here/.test(text)) return 'no';
  if (/don't say whether|unclear whether/.test(text)) return 'unclear';
  if (/shares (more of )?your data with Microsoft/.test(text)) return 'yes';
  return 'nothing';
}

/** How sure a text says it is: the caution sentence it carries, if any. */
const cautionIn = (text: string) => text.match(/(Less certain|Uncertain): [^.]+\./)?.[0] ?? 'none';

describe('the checklist, the short answer and the explanation agree', () => {
  it('every region group has a place in this test', () => {
    expect(Object.keys(places).sort()).toEqual(regionGroups.map((group) => group.id).sort());
  });

  it.each([...Object.entries(places), ['unknown', 'XX']])(
    '%s (%s): the same Microsoft-sharing answer at the same confidence in checklist, summary and explanation',
    (_, code) => {
      const { policy, checklistRow, statement, summaryLine } = showBoth(code);
      const status = microsoftSharingStatus(policy);
      const row = checklistRow('partner-sharing').textContent ?? '';
      const explained = statement(status.claimId)?.textContent ?? '';
      const summary = summaryLine(status.claimId)?.textContent ?? '';
      expect(sharingSays(row)).toBe(policy.microsoftAdsSharing.applies);
      expect(sharingSays(explained)).toBe(policy.microsoftAdsSharing.applies);
      expect(sharingSays(summary)).toBe(policy.microsoftAdsSharing.applies);
      expect(cautionIn(row)).toBe(cautionIn(explained));
      expect(cautionIn(summary)).toBe(cautionIn(explained));
    },
  );

  it.each([...Object.entries(places), ['unknown', 'XX']])(
    '%s (%s): the same objection-form answer at the same confidence, linking the same form',
    (_, code) => {
      const { policy, checklistRow, statement, summaryLine } = showBoth(code);
      const status = objectionStatus(policy);
      const summary = summaryLine(status.claimId)?.textContent ?? '';
      const row = checklistRow('objection-form');
      const explained = statement(status.claimId);
      const legalRight = (text: string) => /legal right to object/.test(text);
      expect(legalRight(row.textContent ?? '')).toBe(policy.aiTraining.objectionForm);
      expect(legalRight(explained.textContent ?? '')).toBe(policy.aiTraining.objectionForm);
      expect(legalRight(summary)).toBe(policy.aiTraining.objectionForm);
      expect(cautionIn(row.textContent ?? '')).toBe(cautionIn(explained.textContent ?? ''));
      expect(cautionIn(summary)).toBe(cautionIn(explained.textContent ?? ''));
      const formUrl = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
      expect(within(row).getByRole('link').getAttribute('href')).toBe(formUrl);
      expect(
        within(explained)
          .getByRole('link', { name: /objection form/ })
          .getAttribute('href'),
      ).toBe(formUrl);
    },
  );

  it.each([...Object.entries(places), ['unknown', 'XX']])(
    '%s (%s): no text says the objection form is for Europe only',
    (_, code) => {
      const { container } = showBoth(code);
      const text = container.textContent ?? '';
      expect(text).not.toMatch(/only (to|for|in) (members in )?(the )?(EU|EEA|Europe)/i);
      expect(text).not.toMatch(/(Europeans|Europe) only/i);
      expect(text).toMatch(/Data Processing Objection Form/);
    },
  );
});

describe('before the Microsoft sharing starts (a clock before 3 Nov 2025)', () => {
  it.each([['CA'], ['US'], ['JE']])(
    '%s: the checklist names the start day, as the explanation does, and no placeholder leaks',
    (code) => {
      const policy = policyFor(code, new Date('2025-10-01'));
      const { container } = render(
        <div>
          <Checklist
            record={{}}
            sharing={microsoftSharingStatus(policy)}
            objection={objectionStatus(policy)}
            onOpen={() => {}}
            locale="en"
          />
          <PolicyDetails policy={policy} locale="en" />
        </div>,
      );
      const row = container.querySelector('.checklist [data-setting="partner-sharing"]')?.textContent ?? '';
      expect(row).toMatch(/From 3 Nov(ember)? 2025, LinkedIn will share/);
      expect(container.textContent).not.toMatch(/\$\d|\$[A-Z]+\$|From ,/);
    },
  );
});

describe('the short rules say no more than the checklist beside them', () => {
  it.each([...Object.entries(places), ['unknown', 'XX']])(
    '%s (%s): the summary lines on Microsoft sharing and the objection form carry the checklist’s caution',
    (_, code) => {
      // The summary and the checklist as showBoth renders them, side by side (the explanation beside them holds
      // no summary line and no checklist row: the selectors below cannot reach it).
      const { policy, container } = showBoth(code);
      const line = (id: string | null) =>
        container.querySelector(`.rules-lines [data-claim="${id}"]`)?.textContent ?? '';
      const row = (id: string) =>
        container.querySelector(`.checklist [data-setting="${id}"]`)?.textContent ?? '';
      expect(cautionIn(line(microsoftSharingStatus(policy).claimId))).toBe(cautionIn(row('partner-sharing')));
      expect(cautionIn(line(objectionStatus(policy).claimId))).toBe(cautionIn(row('objection-form')));
    },
  );
});
