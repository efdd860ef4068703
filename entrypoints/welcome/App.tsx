/** The welcome page, opened once on install: what the extension does and doesn't, the region, pinning, the switch. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { RegionPicker } from '@/components/region-picker';
import { WelcomeText } from '@/components/welcome-text';
import { countryName } from '@/lib/countries';
import { searchableCountries } from '@/lib/country-search';
import { t, uiLanguage } from '@/lib/i18n';
import { openInLinkedInTab } from '@/lib/open-setting';
import { detectRegion } from '@/lib/region';
import { settingUrl, typedUrl } from '@/lib/settings';
import { readRegion, regionItem } from '@/lib/storage';

/** Reads the stored or guessed region and stores what the member confirms. */
export function WelcomeApp() {
  const locale = uiLanguage();
  const options = useMemo(() => searchableCountries(locale), [locale]);
  const guess = useMemo(() => detectRegion(), []);
  const [region, setRegion] = useState<string | null>(guess);
  const [saved, setSaved] = useState<string | null>(null);
  const [openError, setOpenError] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    void readRegion().then((code) => {
      if (code) {
        setRegion(code);
        setSaved(code);
      }
    });
  }, []);

  // "Saved" only once the browser stored it; refused (storage full), the confirm button stays to try again.
  const store = (code: string) => {
    setRegion(code);
    void regionItem.setValue(code).then(
      () => {
        setSaved(code);
        setSaveFailed(false);
      },
      () => setSaveFailed(true),
    );
  };

  return (
    <main class="page welcome">
      <WelcomeText />
      <section aria-labelledby="welcome-region">
        <h2 id="welcome-region">{t('welcome_region_heading')}</h2>
        <p>{guess ? t('welcome_region_guessed', countryName(guess, locale)) : t('welcome_region_unknown')}</p>
        <RegionPicker
          label={t('popup_region_label')}
          hint={saved ? t('popup_region_chosen') : t('popup_region_guessed')}
          noMatch={(typed) => t('region_no_match', typed)}
          value={region}
          guessed={guess}
          options={options}
          onChange={store}
        />
        {region && saved !== region && (
          <button type="button" id="confirm-region" class="secondary" onClick={() => store(region)}>
            {t('welcome_region_confirm')}
          </button>
        )}
        <p role="status" aria-live="polite" class="hint">
          {saved ? t('welcome_region_saved', countryName(saved, locale)) : ''}
        </p>
        {saveFailed && (
          <p role="alert" class="error">
            {t('save_failed')}
          </p>
        )}
      </section>
      <section aria-labelledby="welcome-go">
        <h2 id="welcome-go" class="visually-hidden">
          {t('welcome_go')}
        </h2>
        <button
          type="button"
          id="take-me"
          class="primary"
          onClick={() =>
            openInLinkedInTab(settingUrl('ai-training')).then(
              () => setOpenError(false),
              () => setOpenError(true),
            )
          }
        >
          {t('welcome_go')}
        </button>
        <p class="hint">{t('welcome_go_hint')}</p>
        {openError && (
          <p role="alert" class="error">
            {t('popup_open_failed', typedUrl(settingUrl('ai-training')))}
          </p>
        )}
      </section>
      <footer class="foot">{t('popup_private')}</footer>
    </main>
  );
}
