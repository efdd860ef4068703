/** Follows LinkedIn's in-app navigation and runs the right guide for each page, one AbortController per page. */
import type { CheckupPosition } from '../checkup';
import { isSettled, nothingSettled, type Settled } from '../keep-on';
import { type Page, pageOf } from '../pages';
import { getSetting, type Setting, type SettingId, settings, settingUrl } from '../settings';
import { guideSetting, type SettingGuideOptions, switchSelector } from './guide-setting';
import { guideStep } from './guide-step';
import { guidedSwitch, showKeptOn } from './kept-on';
import { createOverlay } from './overlay';
import { checkupExtras, legacyView } from './views';

/** What the runner needs to take part in a checkup; all of it talks to the background. */
export interface CheckupLink {
  positionOf(setting: SettingId): Promise<CheckupPosition | null>;
  done(): Promise<void>;
  /** Opens a URL in this tab when the member pressed "Next setting". */
  navigate(url: string): void;
}

/** What the member settled, kept by the background: the guide stops leading there. */
export interface GuideMemory {
  settled(): Promise<Settled>;
  /** Remembers "Keep it on — don't show this again" for `setting`. */
  keepOn(setting: SettingId): Promise<void>;
}

export interface RunOptions {
  /** Aborts when the content script is invalidated (WXT's ctx.signal). */
  signal: AbortSignal;
  doc?: Document;
  /** The setting that hub and category pages lead towards. */
  target?: Setting;
  /** Passed to the setting guide (reporting the state). */
  setting?: Pick<SettingGuideOptions, 'report' | 'budgetMs'>;
  checkup?: CheckupLink;
  /** Without it every page is guided as if nothing were settled. */
  memory?: GuideMemory;
}

const samePage = (a: Page | null, b: Page | null) => JSON.stringify(a) === JSON.stringify(b);

/** Returns the function to call with every new URL; it starts, keeps or ends the guide. */
export function createRunner({
  signal,
  doc = document,
  target = settings[0],
  setting,
  checkup,
  memory,
}: RunOptions) {
  let current: { page: Page; controller: AbortController } | null = null;
  /** Switches on screen when the previous setting page last found its own switch. */
  let lastSeen: Element[] | null = null;
  signal.addEventListener('abort', () => current?.controller.abort(), { once: true });

  /** True while the document still shows `page`, or has not left the URL it had when the guide started. */
  const showing = (page: Page) => {
    const startUrl = doc.location.href;
    return () => doc.location.href === startUrl || samePage(pageOf(doc.location.href), page);
  };

  function guideSettingPage(
    found: Setting,
    pageSignal: AbortSignal,
    here: () => boolean,
    stale?: WeakSet<Element>,
  ) {
    let position: CheckupPosition | null = null;
    let finished = false;
    // The guide ends on "Keep it on" while the page (and its confirmation) stays.
    const guideController = new AbortController();
    pageSignal.addEventListener('abort', () => guideController.abort(), { once: true });
    const onAction = (id: string) => {
      if (id === 'checkup-next' && position?.next) checkup?.navigate(settingUrl(position.next));
      if (id === 'checkup-done') {
        finished = true;
        guide.rerender();
        void checkup?.done().catch(() => {});
      }
      if (id === 'keep-on' && !guideController.signal.aborted) {
        const near = guidedSwitch(doc);
        guideController.abort();
        void memory?.keepOn(found.id).catch(() => {});
        const extras = position ? checkupExtras(position, 'on', finished) : {};
        showKeptOn(doc, found, near, { signal: pageSignal, extras, onAction });
      }
    };
    const guide = guideSetting(found, {
      ...setting,
      signal: guideController.signal,
      doc,
      stale,
      here,
      onLeft: () => go(doc.location.href, true),
      remember: (switches) => {
        if (!pageSignal.aborted) lastSeen = switches;
      },
      extras: (state) => (position ? checkupExtras(position, state, finished) : {}),
      onAction,
    });
    checkup
      ?.positionOf(found.id)
      .then((answer) => {
        if (pageSignal.aborted || !answer) return;
        position = answer;
        guide.rerender();
      })
      .catch(() => {});
  }

  function go(url: string | URL, navigated = false): void {
    if (signal.aborted) return;
    const page = pageOf(url);
    if (current && samePage(page, current.page)) return;
    if (current?.page.kind !== 'setting') lastSeen = null;
    current?.controller.abort();
    current = null;
    if (!page) return;
    const controller = new AbortController();
    current = { page, controller };
    // After an in-app navigation, the switches on screen may belong to the page being left: those its guide last
    // saw (URL watchers can report late, after the new page rendered), else those on screen now. Read now: the
    // page may render while the background answers.
    let stale: WeakSet<Element> | undefined;
    if (page.kind === 'setting') {
      const left = lastSeen ?? [...doc.querySelectorAll(switchSelector)];
      stale = navigated ? new WeakSet(left) : undefined;
      lastSeen = null;
    }
    const here = showing(page);
    if (!memory) {
      guidePage(page, controller, here, stale, nothingSettled);
      return;
    }
    void memory
      .settled()
      .catch(() => nothingSettled)
      .then((settled) => {
        if (!controller.signal.aborted) guidePage(page, controller, here, stale, settled);
      });
  }

  /** Guides `page` unless the member settled where it leads: seen Off (hub, categories) or kept on. */
  function guidePage(
    page: Page,
    controller: AbortController,
    here: () => boolean,
    stale: WeakSet<Element> | undefined,
    settled: Settled,
  ) {
    const pageSignal = controller.signal;
    if (page.kind === 'setting') {
      const found = getSetting(page.setting);
      if (!found) return;
      if (!settled.keptOn.includes(found.id)) {
        guideSettingPage(found, pageSignal, here, stale);
        return;
      }
      // Kept on: no longer called out, except in a checkup the member started (it needs its "Next setting").
      checkup
        ?.positionOf(found.id)
        .then((position) => {
          if (position && !pageSignal.aborted) guideSettingPage(found, pageSignal, here, stale);
        })
        .catch(() => {});
    } else if (isSettled(settled, target.id)) {
      // Seen Off or kept on: nothing to point at on the way there.
    } else if (page.kind === 'legacy') {
      createOverlay(doc, { signal: pageSignal, onDismiss: () => controller.abort() }).show(
        legacyView(target),
      );
    } else {
      guideStep(page, target, { signal: pageSignal, doc });
    }
  }
  return go;
}
