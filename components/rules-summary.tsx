/** The rules where the member lives in four to six plain sentences; sources and the long notes one click away. */
import { formatDay } from '../lib/format';
import { type MessageKey, t, uiLanguage } from '../lib/i18n';
import { confidenceKey, type Policy, policySummary } from '../lib/policy';
import { PolicyDetails } from './policy-details';

export interface RulesSummaryProps {
  policy: Policy;
  locale?: string;
}

const isHttps = (url: string) => /^https:\/\/[^/\s]+/i.test(url);

/** Props in, markup out: the short answer, one "facts last reviewed" date, and the explanation in a disclosure. */
export function RulesSummary({ policy, locale = uiLanguage() }: RulesSummaryProps) {
  const lines = policySummary(policy);
  return (
    <div class="rules">
      <ul class="rules-lines">
        {lines.map((line, index) => (
          <li key={line.claimId} data-claim={line.claimId}>
            {t(line.messageKey, ...line.dates.map((day) => formatDay(day, locale)))}
            {/* The same caution the checklist and the explanation show: the short answer claims no more (docs/facts.md). */}
            {confidenceKey(line.confidence) && ` ${t(confidenceKey(line.confidence) as MessageKey)}`}
            {line.link && isHttps(line.link.url) && (
              <>
                {' '}
                <a href={line.link.url} target="_blank" rel="noreferrer" class="rules-link">
                  {t(line.link.labelKey)}
                  <span class="visually-hidden"> {t('policy_new_tab')}</span>
                </a>
              </>
            )}
            {/* What it uses follows when it started: the third thing a member asks. */}
            {index === 0 && <span class="rules-uses"> {t('rules_uses')}</span>}
          </li>
        ))}
      </ul>
      <p class="hint rules-reviewed">{t('policy_reviewed', formatDay(policy.reviewed, locale))}</p>
      <details class="rules-details">
        <summary>{t('rules_details')}</summary>
        <PolicyDetails policy={policy} locale={locale} reviewed={false} />
      </details>
    </div>
  );
}
