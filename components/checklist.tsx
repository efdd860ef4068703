/** Journey 4: the related LinkedIn settings with the last state seen, a link to each, and the objection form. */
import { formatDay } from '../lib/format';
import { t, uiLanguage } from '../lib/i18n';
import type { Applies } from '../lib/policy';
import type { SettingRecord } from '../lib/record';
import { settingName } from '../lib/setting-names';
import { objectionFormUrl, type SettingId, settings, settingUrl } from '../lib/settings';

export interface ChecklistProps {
  record: SettingRecord;
  /** Whether the Microsoft ads sharing applies in the member's region (policyFor). */
  microsoftSharing: Applies;
  /** The Data Processing Objection Form applies (EU/EEA/CH/UK). */
  objectionForm: boolean;
  /** Opens a setting's page (the App decides which tab). */
  onOpen: (id: SettingId) => void;
  locale?: string;
}

/** What the partner-sharing row says instead of urging, where the sharing does not or may not apply. */
const sharingNotes = { no: 'checklist_sharing_no', unclear: 'checklist_sharing_unclear' } as const;

/** Props in, markup out: one row per setting, states in words, never colour alone. */
export function Checklist({
  record,
  microsoftSharing,
  objectionForm,
  onOpen,
  locale = uiLanguage(),
}: ChecklistProps) {
  return (
    <ul class="checklist">
      {settings.map(({ id }) => {
        const sighting = record[id];
        const note =
          id === 'partner-sharing' && microsoftSharing !== 'yes' ? sharingNotes[microsoftSharing] : null;
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
            <span class={`check-state ${sighting?.state ?? 'unseen'}`}>
              {sighting
                ? t(
                    sighting.state === 'on' ? 'checklist_on' : 'checklist_off',
                    formatDay(sighting.seenAt, locale),
                  )
                : t('checklist_unseen')}
            </span>
            {note && <span class="check-note">{t(note)}</span>}
          </li>
        );
      })}
      {objectionForm && (
        <li class="check-row" data-setting="objection-form">
          <a href={objectionFormUrl} class="check-name" target="_blank" rel="noreferrer">
            {t('checklist_objection_form')}
          </a>
          <span class="check-note">{t('checklist_objection_form_note')}</span>
        </li>
      )}
    </ul>
  );
}
