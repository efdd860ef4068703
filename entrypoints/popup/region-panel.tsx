/**
 * The popup's region picker with its country search, in a chunk of its own: App.tsx imports it only when the
 * member opens "Change", so the names, synonyms and time zones stay out of every other popup open (popup budget,
 * docs/ARCHITECTURE.md).
 */
import { useMemo } from 'preact/hooks';
import { RegionPicker } from '@/components/region-picker';
import { searchableCountries } from '@/lib/country-search';
import { t, uiLanguage } from '@/lib/i18n';
import { detectRegion } from '@/lib/region';

export interface RegionPanelProps {
  value: string | null;
  guessed: boolean;
  onChange: (code: string) => void;
}

/** The picker, focused as it opens (the member asked for it), with the guessed region first among equals. */
export function RegionPanel({ value, guessed, onChange }: RegionPanelProps) {
  const options = useMemo(() => searchableCountries(uiLanguage()), []);
  const guess = useMemo(() => detectRegion(), []);
  return (
    <RegionPicker
      label={t('popup_region_label')}
      hint={guessed ? t('popup_region_guessed') : t('popup_region_chosen')}
      noMatch={(typed) => t('region_no_match', typed)}
      value={value}
      guessed={guess}
      options={options}
      autoFocus
      onChange={onChange}
    />
  );
}
