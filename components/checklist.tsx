/** Journey 4: the related LinkedIn settings with the last state seen, a link to each, and the objection form. */
import { formatDay } from '../lib/format';
import { type MessageKey, t, uiLanguage } from '../lib/i18n';
import { type Applies, confidenceKey, type Status } from '../lib/policy';
import type { SettingRecord } from '../lib/record';
import { settingName } from '../lib/setting-names';
import { objectionFormUrl, type SettingId, settings, settingUrl } from '../lib/settings';

export interface ChecklistProps {
  record: SettingRecord;
  /** Whether the Microsoft ads sharing applies here: microsoftSharingStatus(policy), as the explanation says it. */
  sharing: Status & { applies: Applies };
  /** What the objection form is here: objectionStatus(policy), as the explanation says it. */
  objection: Status;
  /** Opens a setting's page (the App decides which tab). */
  onOpen: (id: SettingId) => void;
  locale?: string;
}

/** LinkedIn's other names for settings, where a member would search for them (help a1397243; docs/facts.md M5). */
const otherNames: Partial<Record<SettingId, MessageKey>> = {
  'partner-sharing': 'checklist_name_partner_sharing_alias',
  'ads-beyond-linkedin': 'checklist_name_ads_beyond_alias',
};

/** A status in words: its short sentence, and the same caution the explanation shows beside it. */
function StatusNote({ status, locale }: { status: Status; locale: string }) {
  const caution = confidenceKey(status.confidence);
  return (
    <span class="check-note">
      {t(status.shortKey, ...status.dates.map((day) => formatDay(day, locale)))}
      {caution && ` ${t(caution)}`}
    </span>
  );
}

/** Props in, markup out: one row per setting, states in words, never colour alone. */
export function Checklist({ record, sharing, objection, onOpen, locale = uiLanguage() }: ChecklistProps) {
  return (
    <ul class="checklist">
      {settings.map(({ id }) => {
        const sighting = record[id];
        const alias = otherNames[id];
        // A setting that does not apply here is not "not checked yet": nothing is left to do (issue #8).
        const notHere = id === 'partner-sharing' && sharing.applies === 'no';
        return (
          <li key={id} class="check-row" data-setting={id}>
            <a
              href={settingUrl(id)}
              class="check-name"
              onClick={(event) => {
                event.preventDefault();
                onOpen(id);
              }}
            >
              {settingName(id)}
            </a>
            <span class={`check-state ${sighting?.state ?? (notHere ? 'not-here' : 'unseen')}`}>
              {sighting
                ? t(
                    sighting.state === 'on' ? 'checklist_on' : 'checklist_off',
                    formatDay(sighting.seenAt, locale),
                  )
                : t(notHere ? 'checklist_not_here' : 'checklist_unseen')}
            </span>
            {alias && <span class="check-note check-alias">{t('checklist_also_called', t(alias))}</span>}
            {id === 'partner-sharing' && <StatusNote status={sharing} locale={locale} />}
          </li>
        );
      })}
      <li class="check-row" data-setting="objection-form">
        <a href={objectionFormUrl} class="check-name" target="_blank" rel="noreferrer">
          {t('checklist_objection_form')}
        </a>
        <StatusNote status={objection} locale={locale} />
        <span class="check-note">{t('checklist_objection_form_note')}</span>
      </li>
    </ul>
  );
}
