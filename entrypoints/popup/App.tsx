/** The popup: the one place that reads state and passes it down to the components. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PolicyDetails } from '@/components/policy-details';
import { RegionPicker } from '@/components/region-picker';
import { countryOptions } from '@/lib/countries';
import { t, uiLanguage } from '@/lib/i18n';
import { openInLinkedInTab } from '@/lib/open-setting';
import { policyFor } from '@/lib/policy';
import { detectRegion } from '@/lib/region';
import { settingUrl } from '@/lib/settings';
import { readRegion, regionItem } from '@/lib/storage';

export interface AppProps {
  /** Today, for the policy's "since" statements; a parameter so tests can travel in time. */
  today?: Date;
  /** Called after the setting page was opened (the popup closes itself). */
  onOpened?: () => void;
}

type Region = { code: string | null; source: 'chosen' | 'guessed' };

export function App({ today, onOpened = () => window.close() }: AppProps) {
  const [region, setRegion] = useState<Region | null>(null);
  const [openError, setOpenError] = useState(false);
  const options = useMemo(() => countryOptions(uiLanguage()), []);

  useEffect(() => {
    let live = true;
    void readRegion().then((code) => {
      if (live) setRegion(code ? { code, source: 'chosen' } : { code: detectRegion(), source: 'guessed' });
    });
    return () => {
      live = false;
    };
  }, []);

  const choose = (code: string) => {
    setRegion({ code, source: 'chosen' });
    void regionItem.setValue(code).catch(() => {});
  };

  const open = async () => {
    try {
      setOpenError(false);
      await openInLinkedInTab(settingUrl('ai-training'));
      onOpened();
    } catch {
      setOpenError(true);
    }
  };

  const policy = region ? policyFor(region.code ?? '', today) : null;
  return (
    <main class="popup">
      <header class="top">
        <img src="/icon/32.png" width="24" height="24" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <p class="lead">{t('popup_lead')}</p>
      <button type="button" id="open-setting" class="primary" onClick={open}>
        {t('popup_open_setting')}
      </button>
      {openError && (
        <p role="alert" class="error">
          {t('popup_open_failed')}
        </p>
      )}
      {region && policy && (
        <>
          <RegionPicker
            label={t('popup_region_label')}
            hint={region.source === 'guessed' ? t('popup_region_guessed') : t('popup_region_chosen')}
            noMatch={t('popup_region_no_match')}
            value={region.code}
            options={options}
            onChange={choose}
          />
          {!region.code && <p class="note">{t('popup_region_unknown')}</p>}
          <PolicyDetails policy={policy} />
        </>
      )}
      <footer class="foot">{t('popup_private')}</footer>
    </main>
  );
}
