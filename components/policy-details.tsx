/** Journey 3: what LinkedIn does with the member's data where they live; every point with its sources (docs/product.md). */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { countryName } from '../lib/countries';
import { formatDay } from '../lib/format';
import { type MessageKey, t, uiLanguage } from '../lib/i18n';
import { confidenceKey, type Policy, type PolicyClaim, type Source, type Topic } from '../lib/policy';
import './policy-details.css';

export interface PolicyDetailsProps {
  /** policyFor()'s answer for the member's region. */
  policy: Policy;
  /** BCP 47 locale for dates and country names; the browser's UI language by default. */
  locale?: string;
  /** Shows the "facts last reviewed" line; false where the page shows it once elsewhere (the popup's summary). */
  reviewed?: boolean;
}

const sections = [
  { topic: 'ai-training', headingKey: 'policy_ai_heading' },
  { topic: 'microsoft-ads', headingKey: 'policy_ms_heading' },
  { topic: 'complaint', headingKey: 'policy_complaint_heading' },
] as const satisfies readonly { topic: Topic; headingKey: MessageKey }[];

// We only ever link out over https; the data tests hold every source to that, this holds the markup to it.
const isHttps = (url: string) => /^https:\/\/[^/\s]+/i.test(url);

function NewTabLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
      <span class="policy-visually-hidden"> {t('policy_new_tab')}</span>
    </a>
  );
}

function Sources({ sources }: { sources: Source[] }) {
  const shown = sources.filter((source) => isHttps(source.url));
  return (
    <p class="policy-meta">
      {t(shown.length === 1 ? 'policy_source' : 'policy_sources')}{' '}
      {shown.map((source, index) => (
        <span key={source.id}>
          {index > 0 && ', '}
          <NewTabLink href={source.url}>{source.title}</NewTabLink>
        </span>
      ))}
    </p>
  );
}

function Claim({ claim, locale }: { claim: PolicyClaim; locale: string }) {
  const caution = confidenceKey(claim.confidence);
  return (
    <li class={`policy-claim policy-claim-${claim.confidence}`} data-claim={claim.id}>
      <p>{t(claim.messageKey, ...claim.dates.map((day) => formatDay(day, locale)))}</p>
      {claim.list && (
        <ul class="policy-data">
          {claim.list.map((item) => (
            <li key={item.id}>{t(item.messageKey)}</li>
          ))}
        </ul>
      )}
      {claim.link && isHttps(claim.link.url) && (
        <p class="policy-action">
          <NewTabLink href={claim.link.url}>{t(claim.link.labelKey)}</NewTabLink>
        </p>
      )}
      {claim.noteKey && <p class="policy-caution">{t(claim.noteKey)}</p>}
      {caution && <p class="policy-caution">{t(caution)}</p>}
      <Sources sources={claim.sources} />
    </li>
  );
}

function TopicSection({
  headingKey,
  claims,
  locale,
}: {
  headingKey: MessageKey;
  claims: PolicyClaim[];
  locale: string;
}) {
  const id = useId();
  return (
    <section class="policy-topic" aria-labelledby={id}>
      <h3 id={id}>{t(headingKey)}</h3>
      <ul class="policy-claims">
        {claims.map((claim) => (
          <Claim key={claim.id} claim={claim} locale={locale} />
        ))}
      </ul>
    </section>
  );
}

/** The policy for one region, in plain words: AI training first, then the sharing with Microsoft for ads. */
export function PolicyDetails({ policy, locale = uiLanguage(), reviewed = true }: PolicyDetailsProps) {
  const id = useId();
  return (
    <section class="policy" aria-labelledby={id}>
      <h2 id={id}>
        {policy.country
          ? t('policy_heading', countryName(policy.country, locale))
          : t('policy_heading_unknown')}
      </h2>
      {sections.map(({ topic, headingKey }) => {
        const claims = policy.claims.filter((claim) => claim.topic === topic);
        return (
          claims.length > 0 && (
            <TopicSection key={topic} headingKey={headingKey} claims={claims} locale={locale} />
          )
        );
      })}
      {reviewed && (
        <p class="policy-meta policy-reviewed">{t('policy_reviewed', formatDay(policy.reviewed, locale))}</p>
      )}
    </section>
  );
}
