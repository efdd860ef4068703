/** "Don't guide me for this setting": one checkbox per setting; ticked ones the guide leaves alone. */
import { t } from '../lib/i18n';
import { settingName } from '../lib/setting-names';
import { type SettingId, settingIds } from '../lib/settings';

export interface KeepOnListProps {
  /** The settings the member keeps on. */
  keepOn: readonly SettingId[];
  onChange: (id: SettingId, keep: boolean) => void;
}

/** Props in, markup out. */
export function KeepOnList({ keepOn, onChange }: KeepOnListProps) {
  return (
    <fieldset class="keep-on">
      <legend>{t('options_keep_on_heading')}</legend>
      <p class="hint">{t('options_keep_on_hint')}</p>
      {settingIds.map((id) => (
        <label key={id} class="check" data-keep-on={id}>
          <input
            type="checkbox"
            checked={keepOn.includes(id)}
            onChange={(event) => onChange(id, event.currentTarget.checked)}
          />
          <span>{settingName(id)}</span>
        </label>
      ))}
    </fieldset>
  );
}
