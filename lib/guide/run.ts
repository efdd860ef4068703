/** Follows LinkedIn's in-app navigation and runs the right guide for each page, one AbortController per page. */
import { type Page, pageOf } from '../pages';
import { getSetting, type Setting, settings } from '../settings';
import { guideSetting, type SettingGuideOptions } from './guide-setting';
import { guideStep } from './guide-step';
import { createOverlay } from './overlay';
import { legacyView } from './views';

export interface RunOptions {
  /** Aborts when the content script is invalidated (WXT's ctx.signal). */
  signal: AbortSignal;
  doc?: Document;
  /** The setting that hub and category pages lead towards (the checkup's current one; else AI training). */
  target?: () => Setting;
  /** Passed to the setting guide: reporting, checkup extras. */
  setting?: Omit<SettingGuideOptions, 'signal' | 'doc' | 'stale'>;
}

const samePage = (a: Page | null, b: Page | null) => JSON.stringify(a) === JSON.stringify(b);

/** Returns the function to call with every new URL; it starts, keeps or ends the guide. */
export function createRunner({ signal, doc = document, target = () => settings[0], setting }: RunOptions) {
  let current: { page: Page; controller: AbortController } | null = null;
  signal.addEventListener('abort', () => current?.controller.abort(), { once: true });

  return function go(url: string | URL, navigated = false): void {
    if (signal.aborted) return;
    const page = pageOf(url);
    if (current && samePage(page, current.page)) return;
    current?.controller.abort();
    current = null;
    if (!page) return;
    const controller = new AbortController();
    current = { page, controller };
    const options = { signal: controller.signal, doc };
    if (page.kind === 'setting') {
      const found = getSetting(page.setting);
      // After an in-app navigation, the switches on screen may belong to the page being left.
      const stale = navigated ? new WeakSet(doc.querySelectorAll('[role="switch"], input[type="checkbox"]')) : undefined;
      if (found) guideSetting(found, { ...setting, ...options, stale });
    } else if (page.kind === 'legacy') {
      createOverlay(doc, { ...options, onDismiss: () => controller.abort() }).show(legacyView(target()));
    } else {
      guideStep(page, target(), options);
    }
  };
}
