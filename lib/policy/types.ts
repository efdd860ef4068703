/** Shapes of the policy data (regions, sources, claims) and of policyFor()'s answer (docs/contracts.md). */
import type { MessageKey } from '../i18n';

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDay = string;

export type RegionGroupId = 'eu' | 'eea' | 'ch' | 'gb' | 'uk-linked' | 'ca' | 'hk' | 'us' | 'rest';

export type Applies = 'yes' | 'no' | 'unclear';

/** HIGH = LinkedIn's own text plus another source; MED = one good source; LOW = inference or press only. */
export type Confidence = 'high' | 'med' | 'low';

/** The explanation's sections, in the order it shows them. */
export type Topic = 'ai-training' | 'microsoft-ads' | 'complaint';

export type SourceId =
  | 'li-a8059228'
  | 'li-a6278444'
  | 'li-a5538339'
  | 'li-a1397243'
  | 'li-privacy-policy'
  | 'li-eu-notice'
  | 'ota-linkedin'
  | 'uk-ico'
  | 'hk-pcpd'
  | 'ca-opc'
  | 'ie-dpc'
  | 'it-garante'
  | 'edpb-members'
  | 'ch-fdpic';

export interface Source {
  id: SourceId;
  /** The document's own title with its publisher: a citation, so it stays in its original language. */
  title: string;
  url: string;
}

/** Places that share one answer; the facts behind each are cited beside the data. */
export interface RegionGroup {
  id: RegionGroupId;
  /** ISO 3166-1 alpha-2 codes; empty for the rest of the world, which takes every other code. */
  countries: readonly string[];
  aiTrainingFrom: IsoDay;
  objectionForm: boolean;
  microsoftAdsSharing: Applies;
  /** When the extra sharing with Microsoft began, where it applies or might. */
  microsoftAdsSharingFrom: IsoDay | null;
}

/** The questions the popup's short answer covers, one claim each per region (docs/contracts.md). */
export type Question = 'since-when' | 'undo' | 'microsoft-sharing' | 'objection' | 'complaint';

/** Where a claim's date substitution comes from: a fixed day, or the region's own start date. */
export type DateRef = IsoDay | 'aiTraining' | 'microsoftAdsSharing';

export type LinkId =
  | 'objection-form'
  | 'partner-sharing'
  | 'microsoft-privacy'
  | 'authority-eu'
  | 'authority-ch'
  | 'authority-gb'
  | 'authority-ca'
  | 'authority-hk';

export type DataListId = 'used' | 'not-used';

/** One statement the popup shows, with where it holds and what backs it. */
export interface Claim {
  id: string;
  topic: Topic;
  groups: readonly RegionGroupId[];
  messageKey: MessageKey;
  /** Wording while the first of `dates` is still ahead ("From 3 Nov 2025 LinkedIn will..."). */
  beforeKey?: MessageKey;
  /** The days the message names as $1, $2...; shown in words. The claim is left out while a day after the first is ahead. */
  dates?: readonly DateRef[];
  sources: readonly SourceId[];
  reviewed: IsoDay;
  confidence: Confidence;
  /** Where sources disagree or are thin, what the member should know. */
  noteKey?: MessageKey;
  /** The statement as one short plain sentence, for the popup's summary and the checklist. */
  shortKey?: MessageKey;
  /** The question of the short answer this claim answers, if any. */
  answers?: Question;
  /** A list of data kinds shown under the statement. */
  list?: DataListId;
  /** A LinkedIn page the statement points to. */
  link?: LinkId;
}

export interface DataItem {
  id: string;
  messageKey: MessageKey;
}

export interface Link {
  url: string;
  labelKey: MessageKey;
}

/** A claim as policyFor() resolves it for one place and day. */
export interface PolicyClaim {
  id: string;
  topic: Topic;
  messageKey: MessageKey;
  /** ISO days for $1, $2...: format them in words. */
  dates: IsoDay[];
  sources: Source[];
  reviewed: IsoDay;
  confidence: Confidence;
  noteKey: MessageKey | null;
  shortKey: MessageKey | null;
  answers: Question | null;
  list: readonly DataItem[] | null;
  link: Link | null;
}

/** policyFor()'s answer: the contract in docs/contracts.md, plus what the popup shows. */
export interface Policy {
  country: string | null;
  region: RegionGroupId;
  aiTraining: { startedOn: IsoDay; active: boolean; defaultOn: boolean; objectionForm: boolean };
  /** `active`: the start day has passed, where the sharing applies or might. */
  microsoftAdsSharing: { applies: Applies; startedOn: IsoDay | null; active: boolean };
  sources: Source[];
  claims: PolicyClaim[];
  dataUsed: readonly DataItem[];
  dataNotUsed: readonly DataItem[];
  /** The oldest review day among the claims: "facts last reviewed on <date>" for the whole explanation. */
  reviewed: IsoDay;
  /** Where a member here can complain (the data protection authority), when the facts name one. */
  complaint: Link | null;
}
