/** The popup: the one place that reads state and passes it down to the components. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { Checklist } from '@/components/checklist';
import { CheckupPanel, countsText } from '@/components/checkup-panel';
import { RegionLine } from '@/components/region-line';
import { RulesSummary } from '@/components/rules-summary';
import { type NextAction, nextAction, StatusCard } from '@/components/status-card';
import { type Checkup, parseCheckup, planCheckup } from '@/lib/checkup';
import { checkupCounts } from '@/lib/checkup-counts';
import { t } from '@/lib/i18n';
import { parseKeepOn } from '@/lib/keep-on';
import { openInLinkedInTab } from '@/lib/open-setting';
import { microsoftSharingStatus, objectionStatus, type Policy, policyFor } from '@/lib/policy';
import { parseRecord, type SettingRecord } from '@/lib/record';
import { isDue, parseReminder, type Reminder } from '@/lib/reminder';
import { type SettingId, settingIds, settingUrl, typedUrl } from '@/lib/settings';
import {
  checkupItem,
  keepOnItem,
  readCheckup,
  readKeepOn,
  readRecordOrNull,
  readRegion,
  readReminder,
  recordItem,
  regionItem,
  reminderItem,
} from '@/lib/storage';

export interface AppProps {
  /** Now, for the policy's dates and the reminder; a parameter so tests can travel in time. */
  now?: () => Date;
  /** Called after a LinkedIn page or the options page was opened (the popup closes itself). */
  onOpened?: () => void;
}

type Region = { code: string | null; source: 'chosen' | 'guessed' };
type RegionPanel = typeof import('./region-panel').RegionPanel;

/**
 * The region guessed from the browser. Its time-zone table loads only when no region is stored (the popup budget,
 * docs/ARCHITECTURE.md); null when it cannot load or says nothing.
 */
const guessRegion = () =>
  import('@/lib/region').then(
    ({ detectRegion }) => detectRegion(),
    () => null,
  );

/** Settings that do not apply where the member lives: no urging where the Microsoft sharing does not apply. */
function notApplicable(policy: Policy): SettingId[] {
  return policy.microsoftAdsSharing.applies === 'no' ? ['partner-sharing'] : [];
}

/** Settings the checkup walks through: those that apply here and the member has not chosen to keep on. */
function checkupSettings(policy: Policy, keepOn: readonly SettingId[]): SettingId[] {
  const skip = [...notApplicable(policy), ...keepOn];
  return settingIds.filter((id) => !skip.includes(id));
}

export function App({ now = () => new Date(), onOpened = () => window.close() }: AppProps) {
  const [region, setRegion] = useState<Region | null>(null);
  // null until storage answers: the status makes no claim before it knows (docs/product.md, journey 6).
  const [stored, setRecord] = useState<SettingRecord | null>(null);
  // The browser refused to read storage: the status says it does not know (lib/storage.ts, readRecordOrNull).
  const [unreadable, setUnreadable] = useState(false);
  const record = stored ?? {};
  const [checkup, setCheckup] = useState<Checkup | null>(null);
  const [reminder, setReminder] = useState<Reminder | null>(null);
  const [keepOn, setKeepOn] = useState<SettingId[]>([]);
  const [picking, setPicking] = useState(false);
  const [Panel, setPanel] = useState<RegionPanel | null>(null);
  // The page that did not open, to name it in the error (the member then goes there by hand).
  const [openError, setOpenError] = useState<string | null>(null);
  // Which change the browser refused to store (storage full): said beside the control that made it.
  const [saveFailed, setSaveFailed] = useState<'region' | 'checkup' | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const chosen = useRef(false);

  useEffect(() => {
    let live = true;
    void Promise.all([readRegion(), readRecordOrNull(), readCheckup(), readReminder(), readKeepOn()]).then(
      async ([code, rec, cu, rem, keep]) => {
        if (!live) return;
        setUnreadable(rec === null);
        setRecord(rec ?? {});
        setCheckup(cu);
        setReminder(rem);
        setKeepOn(keep);
        const next: Region = code
          ? { code, source: 'chosen' }
          : { code: await guessRegion(), source: 'guessed' };
        if (live) setRegion(next);
      },
    );
    // What the content script records while the popup is open shows up at once.
    const unwatch = [
      recordItem.watch((value) => {
        setUnreadable(false);
        setRecord(parseRecord(value));
      }),
      reminderItem.watch((value) => setReminder(parseReminder(value))),
      checkupItem.watch((value) => setCheckup(parseCheckup(value))),
      keepOnItem.watch((value) => setKeepOn(parseKeepOn(value))),
    ];
    return () => {
      live = false;
      for (const stop of unwatch) stop();
    };
  }, []);

  // After a choice the picker closes: focus returns to "Change" instead of falling to the page's body.
  useEffect(() => {
    if (picking || !chosen.current) return;
    chosen.current = false;
    changeButton.current?.focus();
  }, [picking]);

  // The picker's chunk and options load on the member's intent (pointer over or focus on Change), else on the click.
  const panelLoad = useRef<Promise<void> | null>(null);
  const loadPicker = () => {
    panelLoad.current ??= import('./region-panel').then(
      ({ RegionPanel, preparePicker }) => {
        preparePicker();
        setPanel(() => RegionPanel);
      },
      () => {}, // The picker stays closed; the rest of the popup works.
    );
  };
  const togglePicker = () => {
    setPicking((open) => !open);
    loadPicker();
  };

  const open = async (url: string) => {
    try {
      setOpenError(null);
      await openInLinkedInTab(url);
      onOpened();
    } catch {
      setOpenError(url);
    }
  };

  const policy = region ? policyFor(region.code ?? '', now()) : null;

  const startCheckup = async () => {
    if (!policy) return;
    const plan = planCheckup(record, checkupSettings(policy, keepOn), now());
    // Every setting that applies is kept on: nothing to walk, and no page to open.
    if (!plan.steps.length) return;
    // Unstored, the walk would open its first page without "Next setting" there: say so and start nothing.
    try {
      await checkupItem.setValue(plan);
    } catch {
      setSaveFailed('checkup');
      return;
    }
    setSaveFailed(null);
    setCheckup(plan);
    await open(settingUrl(plan.steps[0]));
  };

  const act = (action: NextAction) =>
    action === 'checkup' ? startCheckup() : open(settingUrl('ai-training'));

  const openOptions = async () => {
    await browser.runtime.openOptionsPage().catch(() => {});
    onOpened();
  };

  const othersPending = policy
    ? checkupSettings(policy, keepOn).filter((id) => id !== 'ai-training' && record[id]?.state !== 'off')
        .length
    : 0;

  return (
    <main class="popup">
      <header class="top">
        <img src="/icon/32.png" width="24" height="24" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <StatusCard
        loading={!stored}
        unknown={unreadable}
        sighting={record['ai-training']}
        action={nextAction(record['ai-training'], othersPending, keepOn.includes('ai-training'))}
        onAction={act}
      />
      {openError && (
        <p role="alert" class="error">
          {t('popup_open_failed', typedUrl(openError))}
        </p>
      )}
      {isDue(reminder, now()) && (
        <p class="reminder-due" role="status">
          {t('reminder_due')}
        </p>
      )}
      {region && policy && (
        <>
          <div class="block region">
            <RegionLine
              code={region.code}
              guessed={region.source === 'guessed'}
              expanded={picking}
              onChange={togglePicker}
              onPrepare={loadPicker}
              buttonRef={changeButton}
            />
            {picking && (
              <div id="region-panel">
                {Panel && (
                  <Panel
                    value={region.code}
                    guessed={region.source === 'guessed'}
                    onChange={(code) => {
                      const before = region;
                      setRegion({ code, source: 'chosen' });
                      chosen.current = true;
                      setPicking(false);
                      // Refused (storage full): say so, and show the rules of what is stored, not a choice that is gone.
                      void regionItem.setValue(code).then(
                        () => setSaveFailed(null),
                        () => {
                          setSaveFailed('region');
                          setRegion(before);
                        },
                      );
                    }}
                  />
                )}
              </div>
            )}
            {saveFailed === 'region' && (
              <p role="alert" class="error">
                {t('save_failed')}
              </p>
            )}
            <RulesSummary policy={policy} />
          </div>
          <section aria-labelledby="settings-heading" class="block">
            {/* The list with its notes is one click away; the counts say at a glance where the member stands. */}
            <details class="settings-details">
              <summary>
                <h2 id="settings-heading">{t('popup_settings_heading')}</h2>
                <span class="hint settings-counts">
                  {countsText(checkupCounts(record, notApplicable(policy)))}
                </span>
              </summary>
              <Checklist
                record={record}
                sharing={microsoftSharingStatus(policy)}
                objection={objectionStatus(policy)}
                onOpen={(id) => open(settingUrl(id))}
              />
            </details>
            <CheckupPanel
              record={record}
              checkup={checkup}
              notApplicable={notApplicable(policy)}
              onStart={startCheckup}
              allKeptOn={checkupSettings(policy, keepOn).length === 0}
              onOpenOptions={openOptions}
            />
            {saveFailed === 'checkup' && (
              <p role="alert" class="error">
                {t('save_failed')}
              </p>
            )}
          </section>
        </>
      )}
      <footer class="foot">
        <p>{t('popup_private')}</p>
        <button type="button" id="open-options" class="link" onClick={openOptions}>
          {t('popup_options')}
        </button>
      </footer>
    </main>
  );
}
