/** The short answer: one statement per question, shared by the checklist, the summary and the explanation. */
import type { MessageKey } from '../i18n';
import type { Applies, Confidence, IsoDay, Link, Policy, PolicyClaim, Question } from './types';

/** One question's answer for a region, taken from the very claim the explanation shows (so they agree). */
export interface Status {
  /** The claim behind it; null when the data holds none (then the answer is the cautious default). */
  claimId: string | null;
  confidence: Confidence;
  /** One short plain sentence (the full one while its start day is ahead). */
  shortKey: MessageKey;
  /** ISO days for its $1, $2...: format them in words. */
  dates: IsoDay[];
  noteKey: MessageKey | null;
  link: Link | null;
}

/** A line of the short answer: the short sentence (or the full one), with what it needs to be shown. */
export interface SummaryLine {
  question: Question;
  claimId: string;
  messageKey: MessageKey;
  /** ISO days for $1, $2...: format them in words. */
  dates: IsoDay[];
  confidence: Confidence;
  noteKey: MessageKey | null;
  link: Link | null;
}

/** The caution shown beside a statement of this confidence, in the explanation and the checklist alike; none for HIGH. */
export function confidenceKey(confidence: Confidence): MessageKey | null {
  if (confidence === 'med') return 'policy_confidence_med';
  if (confidence === 'low') return 'policy_confidence_low';
  return null;
}

const answering = (policy: Policy, question: Question): PolicyClaim | undefined =>
  policy.claims.find((claim) => claim.answers === question);

function statusOf(claim: PolicyClaim | undefined, fallback: MessageKey): Status {
  if (!claim)
    return { claimId: null, confidence: 'low', shortKey: fallback, dates: [], noteKey: null, link: null };
  return {
    claimId: claim.id,
    confidence: claim.confidence,
    shortKey: claim.shortKey ?? claim.messageKey,
    dates: claim.dates,
    noteKey: claim.noteKey,
    link: claim.link,
  };
}

/** Whether LinkedIn's extra sharing with Microsoft for ads applies here, and how sure we are. */
export function microsoftSharingStatus(policy: Policy): Status & { applies: Applies } {
  const claim = answering(policy, 'microsoft-sharing');
  return {
    applies: claim ? policy.microsoftAdsSharing.applies : 'unclear',
    ...statusOf(claim, 'policy_short_ms_unclear'),
  };
}

/** What the objection form is for the member: a legal right (EU/EEA/CH/UK) or a request LinkedIn offers. */
export function objectionStatus(policy: Policy): Status & { legalRight: boolean } {
  return {
    legalRight: policy.aiTraining.objectionForm,
    ...statusOf(answering(policy, 'objection'), 'policy_short_objection_elsewhere'),
  };
}

/** The short answer for a region, in the order of `Question`: since when, undo, Microsoft, objection, complaint. */
export function policySummary(policy: Policy): SummaryLine[] {
  const order: Question[] = ['since-when', 'undo', 'microsoft-sharing', 'objection', 'complaint'];
  return order.flatMap((question) => {
    const claim = answering(policy, question);
    if (!claim) return [];
    return [
      {
        question,
        claimId: claim.id,
        messageKey: claim.shortKey ?? claim.messageKey,
        // A short sentence names at most the dates of its full statement (the data test holds it to that).
        dates: claim.dates,
        confidence: claim.confidence,
        noteKey: claim.noteKey,
        link: claim.link,
      },
    ];
  });
}
