/** The statements the popup makes, each with where it holds, its sources and how sure we are. */
import { objectionFormUrl, settingUrl } from '../settings';
import type { Claim, DataItem, Link, LinkId } from './types';

// Every statement below is from shared/linkedin-facts.md ("Policy"), reviewed against it on this day.
const reviewed = '2026-11-29';

const everywhere = ['eu', 'eea', 'ch', 'gb', 'uk-linked', 'ca', 'hk', 'us', 'rest'] as const;
const europe = ['eu', 'eea', 'ch', 'gb'] as const;
const sharingMayApply = ['uk-linked', 'ca', 'hk', 'us', 'rest'] as const;

/** What the AI training may use (linkedin-facts.md: "Data used", HIGH). */
export const dataUsed = [
  { id: 'profile', messageKey: 'policy_data_profile' },
  { id: 'posts', messageKey: 'policy_data_posts' },
  { id: 'comments', messageKey: 'policy_data_comments' },
  { id: 'groups', messageKey: 'policy_data_groups' },
  { id: 'ai-inputs', messageKey: 'policy_data_ai_inputs' },
  { id: 'resumes', messageKey: 'policy_data_resumes' },
] as const satisfies readonly DataItem[];

/** What it leaves out (linkedin-facts.md: "Not used", HIGH). */
export const dataNotUsed = [
  { id: 'private-messages', messageKey: 'policy_data_private_messages' },
  { id: 'credentials', messageKey: 'policy_data_credentials' },
  { id: 'payment', messageKey: 'policy_data_payment' },
  { id: 'salary', messageKey: 'policy_data_salary' },
  { id: 'job-applications', messageKey: 'policy_data_job_applications' },
] as const satisfies readonly DataItem[];

/** LinkedIn pages the statements point to (lib/settings.ts holds their URLs). */
export const links = {
  'objection-form': { url: objectionFormUrl, labelKey: 'policy_link_objection_form' },
  'partner-sharing': { url: settingUrl('partner-sharing'), labelKey: 'policy_link_partner_sharing' },
} as const satisfies Record<LinkId, Link>;

/** Every statement, in the order the popup shows them; `groups` says where each holds. */
export const claims = [
  // --- AI training: since when ---
  {
    id: 'ai-start-2025',
    topic: 'ai-training',
    groups: ['eu', 'eea', 'ch', 'gb', 'ca', 'hk'],
    messageKey: 'policy_ai_start_2025',
    beforeKey: 'policy_ai_start_2025_before',
    dates: ['aiTraining'],
    sources: ['li-a8059228', 'li-a5538339'],
    reviewed,
    confidence: 'high',
    // linkedin-facts.md: some press says "November 9"; no primary source does.
    noteKey: 'policy_note_nov9',
  },
  {
    id: 'ai-start-2024',
    topic: 'ai-training',
    groups: ['us', 'rest'],
    messageKey: 'policy_ai_start_2024',
    beforeKey: 'policy_ai_start_2024_before',
    dates: ['aiTraining'],
    sources: ['li-a6278444', 'li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    // Same facts as ai-start-2024, but the facts do not name these places (see regions.ts).
    id: 'ai-start-2024-uk-linked',
    topic: 'ai-training',
    groups: ['uk-linked'],
    messageKey: 'policy_ai_start_2024',
    beforeKey: 'policy_ai_start_2024_before',
    dates: ['aiTraining'],
    sources: ['li-a6278444', 'li-a5538339'],
    reviewed,
    confidence: 'low',
    noteKey: 'policy_note_uk_linked',
  },
  {
    // linkedin-facts.md: "Europe/Switzerland were excluded in 2024" (HIGH).
    id: 'ai-history-europe',
    topic: 'ai-training',
    groups: ['eu', 'eea', 'ch'],
    messageKey: 'policy_ai_history_europe',
    sources: ['li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    // linkedin-facts.md: "the UK paused on 20 Sep 2024"; the ICO's update of 23 Sep 2025 on resuming.
    id: 'ai-history-gb',
    topic: 'ai-training',
    groups: ['gb'],
    messageKey: 'policy_ai_history_gb',
    dates: ['2024-09-20', 'aiTraining'],
    sources: ['uk-ico', 'li-a8059228'],
    reviewed,
    confidence: 'high',
  },
  {
    // linkedin-facts.md: "Hong Kong [paused] on 11 Oct 2024"; PCPD press release of 15 Oct 2024.
    id: 'ai-history-hk',
    topic: 'ai-training',
    groups: ['hk'],
    messageKey: 'policy_ai_history_hk',
    dates: ['2024-10-11', 'aiTraining'],
    sources: ['hk-pcpd', 'li-a8059228'],
    reviewed,
    confidence: 'high',
  },
  // --- AI training: how it works ---
  {
    id: 'ai-default-on',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_default_on',
    sources: ['li-a6278444', 'li-a8059228'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-data-used',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_data_used',
    list: 'used',
    sources: ['li-a5538339', 'li-a6278444'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-data-not-used',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_data_not_used',
    list: 'not-used',
    sources: ['li-a6278444', 'li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-under-18',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_under_18',
    sources: ['li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-not-retroactive',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_not_retroactive',
    sources: ['li-a6278444', 'li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-any-time',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_any_time',
    sources: ['li-a8059228', 'li-a6278444'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-scope',
    topic: 'ai-training',
    groups: everywhere,
    messageKey: 'policy_ai_scope',
    sources: ['li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    // linkedin-facts.md: the form is for "members in the EU/EEA/Switzerland/UK" (HIGH).
    id: 'ai-objection-form',
    topic: 'ai-training',
    groups: europe,
    messageKey: 'policy_ai_objection_form',
    link: 'objection-form',
    sources: ['li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-objection-form-elsewhere',
    topic: 'ai-training',
    groups: ['ca', 'hk', 'us', 'rest'],
    messageKey: 'policy_ai_objection_form_elsewhere',
    sources: ['li-a5538339'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ai-objection-form-elsewhere-uk-linked',
    topic: 'ai-training',
    groups: ['uk-linked'],
    messageKey: 'policy_ai_objection_form_elsewhere',
    sources: ['li-a5538339'],
    reviewed,
    confidence: 'low',
    noteKey: 'policy_note_uk_linked',
  },
  // --- Sharing with Microsoft for ads: whether it applies ---
  {
    // linkedin-facts.md: the sharing itself is HIGH; which regions it covers is MED.
    id: 'ms-status-yes',
    topic: 'microsoft-ads',
    groups: ['us', 'rest'],
    messageKey: 'policy_ms_applies',
    beforeKey: 'policy_ms_applies_before',
    dates: ['microsoftAdsSharing'],
    sources: ['li-a8059228', 'li-a1397243'],
    reviewed,
    confidence: 'med',
  },
  {
    id: 'ms-status-yes-uk-linked',
    topic: 'microsoft-ads',
    groups: ['uk-linked'],
    messageKey: 'policy_ms_applies',
    beforeKey: 'policy_ms_applies_before',
    dates: ['microsoftAdsSharing'],
    sources: ['li-a8059228', 'li-a1397243'],
    reviewed,
    confidence: 'low',
    noteKey: 'policy_note_uk_linked',
  },
  {
    id: 'ms-status-no',
    topic: 'microsoft-ads',
    groups: europe,
    messageKey: 'policy_ms_not_here',
    sources: ['li-a1397243', 'li-a8059228'],
    reviewed,
    confidence: 'med',
  },
  {
    // linkedin-facts.md: "Canada and Hong Kong: unclear (LOW) — say so."
    id: 'ms-status-unclear',
    topic: 'microsoft-ads',
    groups: ['ca', 'hk'],
    messageKey: 'policy_ms_unclear',
    beforeKey: 'policy_ms_unclear_before',
    dates: ['microsoftAdsSharing'],
    sources: ['li-a1397243', 'li-a8059228'],
    reviewed,
    confidence: 'low',
    noteKey: 'policy_note_ms_unclear',
  },
  // --- Sharing with Microsoft for ads: the controls (HIGH, a1397243) ---
  {
    id: 'ms-control',
    topic: 'microsoft-ads',
    groups: sharingMayApply,
    messageKey: 'policy_ms_control',
    link: 'partner-sharing',
    sources: ['li-a1397243'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ms-ads-beyond-linkedin',
    topic: 'microsoft-ads',
    groups: sharingMayApply,
    messageKey: 'policy_ms_ads_beyond',
    sources: ['li-a1397243'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ms-gpc',
    topic: 'microsoft-ads',
    groups: ['us'],
    messageKey: 'policy_ms_gpc',
    sources: ['li-a1397243'],
    reviewed,
    confidence: 'high',
  },
  {
    id: 'ms-ads-remain',
    topic: 'microsoft-ads',
    groups: sharingMayApply,
    messageKey: 'policy_ms_ads_remain',
    sources: ['li-a1397243'],
    reviewed,
    confidence: 'high',
  },
] as const satisfies readonly Claim[];
