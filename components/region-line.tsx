/** "Rules for Germany (guessed) · Change": the region in one line; Change opens the picker below it. */
import type { Ref } from 'preact';
import { countryName } from '../lib/countries';
import { t, uiLanguage } from '../lib/i18n';

export interface RegionLineProps {
  code: string | null;
  guessed: boolean;
  /** Whether the picker is showing (the button's aria-expanded). */
  expanded: boolean;
  onChange: () => void;
  /** The Change button, where the page returns focus once a region is chosen. */
  buttonRef?: Ref<HTMLButtonElement>;
  locale?: string;
}

/** Props in, markup out. */
export function RegionLine(props: RegionLineProps) {
  const { code, guessed, expanded, onChange, buttonRef, locale = uiLanguage() } = props;
  const name = code ? countryName(code, locale) : '';
  const text = !code
    ? t('popup_rules_for_unknown')
    : guessed
      ? t('popup_rules_for_guessed', name)
      : t('popup_rules_for', name);
  return (
    <p class="region-line" id="region-line">
      <span>{text}</span>
      <span aria-hidden="true"> · </span>
      <button
        type="button"
        id="region-change"
        ref={buttonRef}
        class="link"
        aria-expanded={expanded}
        aria-controls={expanded ? 'region-panel' : undefined}
        aria-label={t('popup_region_change_label')}
        onClick={onChange}
      >
        {t('popup_region_change')}
      </button>
    </p>
  );
}
