/** Follows LinkedIn's in-app navigation and runs the right guide for each page, one AbortController per page. */
import type { CheckupPosition } from '../checkup';
import { type Page, pageOf } from '../pages';
import { getSetting, type Setting, type SettingId, settings, settingUrl } from '../settings';
import { guideSetting, type SettingGuideOptions, switchSelector } from './guide-setting';
import { guideStep } from './guide-step';
import { createOverlay } from './overlay';
import { checkupExtras, legacyView } from './views';

/** What the runner needs to take part in a checkup; all of it talks to the background. */
export interface CheckupLink {
  positionOf(setting: SettingId): Promise<CheckupPosition | null>;
  done(): Promise<void>;
  /** Opens a URL in this tab when the member pressed "Next setting". */
  navigate(url: string): void;
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
}

const samePage = (a: Page | null, b: Page | null) => JSON.stringify(a) === JSON.stringify(b);

/** Returns the function to call with every new URL; it starts, keeps or ends the guide. */
export function createRunner({ signal, doc = document, target = settings[0], setting, checkup }: RunOptions) {
  let current: { page: Page; controller: AbortController } | null = null;
  /** Switches on screen when the previous setting page last found its own switch. */
  let lastSeen: Element[] | null = null;
  signal.addEventListener('abort', () => current?.controller.abort(), { once: true });

  /** True while the document still shows `page`, or has not left the URL it had when the guide started. */
  const showing = (page: Page) => {
    const startUrl = doc.location.href;
    return () => doc.location.href === startUrl || samePage(pageOf(doc.location.href), page);
  };

  function guideSettingPage(page: Page, found: Setting, pageSignal: AbortSignal, navigated: boolean) {
    // After an in-app navigation, the switches on screen may belong to the page being left: those its guide last
    // saw (URL watchers can report late, after the new page rendered), else those on screen now.
    const left = lastSeen ?? [...doc.querySelectorAll(switchSelector)];
    const stale = navigated ? new WeakSet(left) : undefined;
    lastSeen = null;
    let position: CheckupPosition | null = null;
    let finished = false;
    const guide = guideSetting(found, {
      ...setting,
      signal: pageSignal,
      doc,
      stale,
      here: showing(page),
      onLeft: () => go(doc.location.href, true),
      remember: (switches) => {
        if (!pageSignal.aborted) lastSeen = switches;
      },
      extras: (state) => (position ? checkupExtras(position, state, finished) : {}),
      onAction: (id) => {
        if (id === 'checkup-next' && position?.next) checkup?.navigate(settingUrl(position.next));
        if (id === 'checkup-done') {
          finished = true;
          guide.rerender();
          void checkup?.done().catch(() => {});
        }
      },
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
    if (page.kind === 'setting') {
      const found = getSetting(page.setting);
      if (found) guideSettingPage(page, found, controller.signal, navigated);
    } else if (page.kind === 'legacy') {
      createOverlay(doc, { signal: controller.signal, onDismiss: () => controller.abort() }).show(
        legacyView(target),
      );
    } else {
      guideStep(page, target, { signal: controller.signal, doc });
    }
  }
  return go;
}
