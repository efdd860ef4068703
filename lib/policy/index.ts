/** The bundled policy: what LinkedIn does with a member's data where they live, on a given day. Pure, never throws. */
import { countryAliases, countryCodes } from '../countries';
import { claims, dataNotUsed, dataUsed, factsReviewed } from './claims';
import { links } from './links';
import { regionGroups } from './regions';
import { sources } from './sources';
import type {
  Claim,
  DataItem,
  IsoDay,
  Link,
  LinkId,
  Policy,
  PolicyClaim,
  RegionGroup,
  Source,
  SourceId,
} from './types';

export { factsReviewed } from './claims';
export {
  confidenceKey,
  microsoftSharingStatus,
  objectionStatus,
  policySummary,
  type Status,
  type SummaryLine,
} from './status';
export type * from './types';

/** Everything policyFor() reads, so a test can hand it a tiny or broken data set. */
export interface PolicyData {
  regionGroups: readonly RegionGroup[];
  claims: readonly Claim[];
  sources: Readonly<Record<SourceId, Source>>;
  dataUsed: readonly DataItem[];
  dataNotUsed: readonly DataItem[];
  links: Readonly<Record<LinkId, Link>>;
}

/** The data as shipped. */
export const policyData: PolicyData = { regionGroups, claims, sources, dataUsed, dataNotUsed, links };

// Invisible format characters (Unicode Cf): zero-width spaces and joiners, bidi marks and isolates, soft hyphens.
const invisible = /^\p{Cf}$/u;

/** `text` without white space or invisible characters around it (both count as spaces around); linear in its length. */
function trimSpaces(text: string): string {
  let trimmed = text.trim();
  // Invisible characters are rare: each one found at an end is dropped with the white space after it.
  while (invisible.test(trimmed.charAt(0))) trimmed = trimmed.slice(1).trim();
  while (invisible.test(trimmed.charAt(trimmed.length - 1))) trimmed = trimmed.slice(0, -1).trim();
  return trimmed;
}

/** An ISO 3166-1 alpha-2 code from what a member or storage holds: any case, spaces around, UK/EL aliases; else null. */
export function normaliseCountry(
  input: unknown,
  codes: readonly string[] = countryCodes,
  aliases: Readonly<Record<string, string>> = countryAliases,
): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = trimSpaces(input);
  if (trimmed.length !== 2) return null;
  // Full-width Latin letters (typed with a CJK input method) count as their ASCII twins.
  const ascii = trimmed.replace(/[\uFF21-\uFF3A\uFF41-\uFF5A]/g, (letter) =>
    String.fromCharCode(letter.charCodeAt(0) - 0xfee0),
  );
  // ASCII only: 'ß'.toUpperCase() is 'SS' (South Sudan) and 'ı'.toUpperCase() is 'I'.
  if (!/^[A-Za-z]{2}$/.test(ascii)) return null;
  const code = ascii.toUpperCase();
  const resolved = Object.hasOwn(aliases, code) ? aliases[code] : code;
  return codes.includes(resolved) ? resolved : null;
}

/** True for a real calendar day written 'YYYY-MM-DD' ('2025-02-30' is not one). */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A usable Date from what a JS caller passed: Dates (of any realm), timestamps and date strings; else now. */
function toDate(today: unknown): Date {
  let time = Number.NaN;
  try {
    if (Object.prototype.toString.call(today) === '[object Date]') time = Date.prototype.getTime.call(today);
    else if (typeof today === 'number' || typeof today === 'string') time = new Date(today).getTime();
  } catch {
    // A fake Date (a Symbol.toStringTag trick, a revoked Proxy): treated like no date at all.
  }
  return Number.isNaN(time) ? new Date() : new Date(time);
}

const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

/**
 * The calendar day of `today`, as a number like 20251103. Of its UTC day and its local day we take the
 * later, so both `new Date('2025-11-03')` (UTC midnight) and `new Date(2025, 10, 3)` (local midnight)
 * mean 3 November wherever the code runs; near midnight it errs towards "already started".
 */
function todayNumber(today: Date): number {
  const utc = dayNumber(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
  const local = dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
  return Math.max(utc, local);
}

/** True once `today` has reached the day `startedOn`; false for no date or a malformed one. */
export function isActive(startedOn: IsoDay | null, today: Date = new Date()): boolean {
  if (!isIsoDay(startedOn)) return false;
  const [year, month, day] = startedOn.split('-').map(Number);
  return todayNumber(toDate(today)) >= dayNumber(year, month, day);
}

/** The region group a normalised code belongs to; the catch-all group (no countries) otherwise. */
export function regionGroupOf(
  country: string | null,
  groups: readonly RegionGroup[] = regionGroups,
): RegionGroup {
  const named = country === null ? undefined : groups.find((group) => group.countries.includes(country));
  const rest = groups.find((group) => group.countries.length === 0);
  return named ?? rest ?? (regionGroups.find((group) => group.id === 'rest') as RegionGroup);
}

/** Fresh copies, so a caller changing one answer cannot change the next (docs/contracts.md: pure). */
const copyItems = (items: readonly DataItem[]): DataItem[] => items.map((item) => ({ ...item }));

function resolveClaim(claim: Claim, group: RegionGroup, today: Date, data: PolicyData): PolicyClaim | null {
  const dates: IsoDay[] = [];
  for (const ref of claim.dates ?? []) {
    const day =
      ref === 'aiTraining'
        ? group.aiTrainingFrom
        : ref === 'microsoftAdsSharing'
          ? group.microsoftAdsSharingFrom
          : ref;
    if (!isIsoDay(day)) return null; // A statement whose date we lack is not made at all.
    dates.push(day);
  }
  // A statement that names a later day as past ("... resumed it on 3 Nov 2025") is not made before that day.
  if (dates.slice(1).some((day) => !isActive(day, today))) return null;
  const ahead = claim.beforeKey !== undefined && dates.length > 0 && !isActive(dates[0], today);
  return {
    id: claim.id,
    topic: claim.topic,
    messageKey: ahead && claim.beforeKey ? claim.beforeKey : claim.messageKey,
    dates,
    sources: claim.sources.flatMap((id) => (data.sources[id] ? [{ ...data.sources[id] }] : [])),
    reviewed: claim.reviewed,
    confidence: claim.confidence,
    noteKey: claim.noteKey ?? null,
    // The short sentence speaks of the present; before the start day the full "from ... will" text stands.
    shortKey: ahead ? null : (claim.shortKey ?? null),
    answers: claim.answers ?? null,
    list:
      claim.list === 'used'
        ? copyItems(data.dataUsed)
        : claim.list === 'not-used'
          ? copyItems(data.dataNotUsed)
          : null,
    link: claim.link && data.links[claim.link] ? { ...data.links[claim.link] } : null,
  };
}

/**
 * What applies to a member in `country` (ISO 3166-1 alpha-2, any case; UK and EL accepted) on `today`.
 * Unknown or invalid input gets the rest-of-the-world answer with `country: null`. Never throws.
 */
export function policyFor(country: string, today: Date = new Date(), data: PolicyData = policyData): Policy {
  const code = normaliseCountry(country);
  const day = toDate(today);
  const group = regionGroupOf(code, data.regionGroups);
  const resolved = data.claims
    .filter((claim) => claim.groups.includes(group.id))
    .map((claim) => resolveClaim(claim, group, day, data))
    .filter((claim): claim is PolicyClaim => claim !== null);
  const cited = new Map(resolved.flatMap((claim) => claim.sources).map((source) => [source.url, source]));
  const reviewed =
    resolved
      .map((claim) => claim.reviewed)
      .filter(isIsoDay)
      .sort()[0] ?? factsReviewed;
  const complaint = resolved.find((claim) => claim.topic === 'complaint' && claim.link)?.link ?? null;
  return {
    country: code,
    region: group.id,
    aiTraining: {
      startedOn: group.aiTrainingFrom,
      active: isActive(group.aiTrainingFrom, day),
      // docs/facts.md A6: On by default everywhere (HIGH).
      defaultOn: true,
      objectionForm: group.objectionForm,
    },
    microsoftAdsSharing: {
      applies: group.microsoftAdsSharing,
      startedOn: group.microsoftAdsSharing === 'no' ? null : group.microsoftAdsSharingFrom,
      active: group.microsoftAdsSharing !== 'no' && isActive(group.microsoftAdsSharingFrom, day),
    },
    sources: [...cited.values()],
    claims: resolved,
    dataUsed: copyItems(data.dataUsed),
    dataNotUsed: copyItems(data.dataNotUsed),
    reviewed,
    complaint: complaint && { ...complaint },
  };
}
