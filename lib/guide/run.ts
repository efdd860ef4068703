/** Follows LinkedIn's in-app navigation and runs the right guide for each page, one AbortController per page. */
import type { Rung } from '../finder/locators';
import { type GuideStart, noAnswer } from '../guide-start';
import { t } from '../i18n';
import { isSettled } from '../keep-on';
import { type Page, pageOf } from '../linkedin/pages';
import { getSetting, type Setting, type SettingId, settings, settingUrl } from '../linkedin/settings';
import type { SwitchState } from '../messages';
import { type GuideEvent, guideSetting, namedSwitches, type SettingGuide } from './guide-setting';
import { guideStep } from './guide-step';
import { followKeptOn, guidedSwitch, showKeptOn } from './kept-on';
import { removeLeftovers } from './leftovers';
import { createOverlay } from './overlay';
import { checkupExtras, legacyView } from './views';

/** What the runner tells the background and asks it; every call is safe when the background is gone, and none rejects. */
export interface BackgroundLink {
  /** The guided switch in this tab shows `state` (null: no guided switch any more), found by `rung`. */
  report(setting: SettingId | null, state: SwitchState | null, rung: Rung | null): void;
  /**
   * A guided page starts (`setting`'s own page; null: hub or category): what the member settled, the checkup's place,
   * LinkedIn's labels. Without it nothing is settled and only label ids and position find a switch.
   */
  start?(setting: SettingId | null): Promise<GuideStart>;
  checkupDone(): Promise<void>;
  /** Remembers "Keep it on — don't show this again" for `setting`; false when the browser refused to store it. */
  keepOn?(setting: SettingId): Promise<boolean>;
}

export interface RunOptions {
  /** Aborts when the content script is invalidated (WXT's ctx.signal). */
  signal: AbortSignal;
  doc?: Document;
  /** The setting that hub and category pages lead towards. */
  target?: Setting;
  background?: BackgroundLink;
  /** Opens a URL in this tab (the checkup's "Next setting"). */
  navigate?: (url: string) => void;
  /** How long a switch may take to appear before the callout says so. */
  budgetMs?: number;
  /** True once the extension was updated or reloaded under this script: the guide then ends. */
  isCutOff?: () => boolean;
}

export interface Runner {
  /** Starts, keeps or ends the guide for the page at `url`; `navigated`: reached by in-app navigation. */
  followUrl(url: string | URL, navigated?: boolean): void;
  /**
   * After a restore from the back-forward cache: tells the background again what a setting page shows; guides any
   * other page afresh (the member may have settled where its step led meanwhile), and one whose guide the member
   * dismissed (a dismissal holds for one visit; coming back is a new one).
   */
  reportAgain(): void;
}

interface GuidedPage {
  page: Page;
  controller: AbortController;
  /** What tells the background again what this page shows: the setting guide, or the kept-on follower. */
  guide: Pick<SettingGuide, 'reportAgain'> | null;
}

const samePage = (a: Page | null, b: Page | null) => JSON.stringify(a) === JSON.stringify(b);

/** The runner for one document; nothing happens until followUrl is called. */
export function createRunner(options: RunOptions): Runner {
  const { signal, doc = document, target = settings[0], background, navigate, budgetMs } = options;
  const { isCutOff = () => false } = options;
  let current: GuidedPage | null = null;
  /** Switches on screen when a setting page last found its own switch, and that page. */
  let onScreen: { page: Page; switches: [Element, string][] } | null = null;
  signal.addEventListener('abort', () => current?.controller.abort());

  /** True while the document's URL still shows `page` (the runner follows the URL once it changed). */
  const showing = (page: Page) => () => samePage(pageOf(doc.location.href), page);

  function guideSettingPage(
    found: Setting,
    pageSignal: AbortSignal,
    stillOnPage: () => boolean,
    leftBehind: WeakMap<Element, string> | undefined,
    { position, labels }: GuideStart,
  ) {
    // "Keep it on" ends this guide while the page (and its confirmation) stays.
    const guideController = new AbortController();
    pageSignal.addEventListener('abort', () => guideController.abort());
    let finished = false;
    let refused = false;
    let showKeptOnAgain: ReturnType<typeof showKeptOn> | undefined;
    const onEvent = (event: GuideEvent) => {
      if (event.type === 'state')
        background?.report(event.state ? event.setting : null, event.state, event.rung);
      else if (event.type === 'switches-on-screen') {
        if (!pageSignal.aborted && current) onScreen = { page: current.page, switches: event.switches };
      } else if (event.type === 'left') followUrl(doc.location.href, true);
      else if (event.type === 'action') onAction(event.id);
      else current?.controller.abort(); // dismissed (on this page, the current one): this visit's guide ended
    };
    const onAction = (id: string) => {
      if (id === 'checkup-next' && position?.next) navigate?.(settingUrl(position.next));
      if (id === 'checkup-done') {
        finished = true;
        guide.rerender();
        if (position) showKeptOnAgain?.(checkupExtras(position, 'on', true));
        void background?.checkupDone(); // never rejects: send() answers null (entrypoints/linkedin.content.ts)
      }
      // Ended once the background stored it: a choice the browser refused to store is said, and can be made again.
      if (id === 'keep-on')
        void background?.keepOn?.(found.id).then((saved) => {
          if (guideController.signal.aborted) return;
          refused = !saved;
          if (refused) return guide.rerender();
          const near = guidedSwitch(doc);
          guideController.abort();
          const extras = position ? checkupExtras(position, 'on', finished) : {};
          showKeptOnAgain = showKeptOn(doc, found, near, { signal: pageSignal, extras, onAction });
        });
    };
    const guide = guideSetting(found, {
      signal: guideController.signal,
      doc,
      budgetMs,
      leftBehind,
      stillOnPage,
      labels,
      onEvent,
      extras: (state) => ({
        ...(position && checkupExtras(position, state, finished)),
        // Said while "Keep it on" is offered again (On), not beside the Off the member chose since.
        ...(refused && state === 'on' && { hint: t('save_failed') }),
      }),
    });
    return guide;
  }

  function followUrl(url: string | URL, navigated = false): void {
    if (signal.aborted) return;
    const page = pageOf(url);
    if (current && samePage(page, current.page)) return;
    const previous = current?.page ?? null;
    current?.controller.abort();
    current = null;
    if (!page) return;
    const controller = new AbortController();
    const entry: GuidedPage = { page, controller, guide: null };
    current = entry;
    removeLeftovers(doc);
    stopWhenCutOff(controller.signal);
    // After an in-app navigation, the switches on screen may belong to the page being left: those its guide last
    // saw (URL watchers can report late, after the new page rendered), else those on screen now — except those of
    // an earlier page when we come back to it before the page between rendered (A → B → A). Read now: the new
    // page may render while the background says what the member settled.
    let leftBehind: WeakMap<Element, string> | undefined;
    if (page.kind === 'setting' && navigated) {
      const shown = onScreen;
      leftBehind = new WeakMap(shown && samePage(shown.page, previous) ? shown.switches : namedSwitches(doc));
      if (shown && samePage(shown.page, page))
        for (const [element] of shown.switches) leftBehind.delete(element);
    }
    const stillOnPage = showing(page);
    const begin = (answer: GuideStart) => {
      if (!controller.signal.aborted) guidePage(entry, stillOnPage, leftBehind, answer);
    };
    if (!background?.start) begin(noAnswer);
    else
      void background
        .start(page.kind === 'setting' ? page.setting : null)
        .catch(() => noAnswer)
        .then(begin);
  }

  /** Guides `entry`'s page unless the member settled where it leads: seen Off (hub, categories) or kept on. */
  function guidePage(
    entry: GuidedPage,
    stillOnPage: () => boolean,
    leftBehind: WeakMap<Element, string> | undefined,
    answer: GuideStart,
  ) {
    const { page, controller } = entry;
    const { settled, position, labels } = answer;
    if (page.kind === 'setting') {
      const found = getSetting(page.setting);
      if (!found) return;
      // `entry`, not `current`: the guide's first look may already have followed the URL to another page.
      const start = () => {
        entry.guide = guideSettingPage(found, controller.signal, stillOnPage, leftBehind, answer);
      };
      if (!settled.keptOn.includes(found.id)) return start();
      // Kept on: no longer called out, except in a checkup the member started (it needs its "Next setting"). Out
      // of one, the record still follows the switch if the member turns it by hand.
      entry.guide = {
        reportAgain: followKeptOn(doc, found, labels, controller.signal, (state, rung) =>
          background?.report(state && found.id, state, rung),
        ),
      };
      if (position) start();
    } else if (isSettled(settled, target.id)) {
      // Seen Off or kept on: nothing to point at on the way there.
    } else if (page.kind === 'legacy') {
      createOverlay(doc, { signal: controller.signal, onDismiss: () => controller.abort() }).show(
        legacyView(target),
      );
    } else {
      guideStep(page, target, { controller, doc, labels, follow: () => followUrl(doc.location.href, true) });
    }
  }

  /**
   * After an update or reload the old script lives on, cut off from its extension (Chrome; Firefox unloads it).
   * The new version removes the old overlay when it starts: that removal, or the member coming back to the tab,
   * makes this script check its connection and end its guide, taking its marks with it.
   */
  function stopWhenCutOff(pageSignal: AbortSignal) {
    const check = () => {
      if (isCutOff()) current?.controller.abort();
    };
    const view = doc.defaultView ?? window;
    const observer = new view.MutationObserver(check);
    if (doc.body) observer.observe(doc.body, { childList: true });
    doc.addEventListener('visibilitychange', check, { signal: pageSignal });
    pageSignal.addEventListener('abort', () => observer.disconnect());
  }

  return {
    followUrl,
    reportAgain() {
      // Never called once cut off (page-events.ts): an aborted page here is one the member dismissed.
      if (current?.guide && !current.controller.signal.aborted) return current.guide.reportAgain();
      current?.controller.abort();
      current = null;
      followUrl(doc.location.href);
    },
  };
}
