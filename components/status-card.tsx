/** The popup's first block: AI training Off / On / not seen yet, from the record, and the one next action. */
import { formatDay } from '../lib/format';
import { t, uiLanguage } from '../lib/i18n';
import type { Sighting } from '../lib/record';

/** What the one next action does; its label says so. */
export type NextAction = 'open-ai' | 'checkup' | 'all-done';

export interface StatusCardProps {
  /** The last sighting of the AI-training switch; undefined when never seen. */
  sighting: Sighting | undefined;
  action: NextAction;
  onAction: (action: NextAction) => void;
  /** Storage has not answered yet: say nothing rather than a wrong "Not seen yet". */
  loading?: boolean;
  /** The browser refused to read storage: what was seen is not known (never "Not seen yet"). */
  unknown?: boolean;
  locale?: string;
}

const labels = {
  'open-ai': 'action_open_ai',
  checkup: 'action_checkup',
  'all-done': 'action_all_done',
} as const;

/**
 * The next action from the record: the AI setting until it is seen Off or the member chose to keep it on (then it
 * is not pushed again: docs/product.md, journey 7), then the settings still to look at.
 */
export function nextAction(
  sighting: Sighting | undefined,
  othersPending: number,
  keptOn = false,
): NextAction {
  if (sighting?.state !== 'off' && !keptOn) return 'open-ai';
  return othersPending > 0 ? 'checkup' : 'all-done';
}

/** Props in, markup out; the state in words and colour, never colour alone. */
export function StatusCard(props: StatusCardProps) {
  const { sighting, action, onAction, loading = false, unknown = false, locale = uiLanguage() } = props;
  if (loading) {
    return (
      <section class="status status-loading" aria-labelledby="status-heading" aria-busy="true">
        <h2 id="status-heading">{t('status_heading')}</h2>
        <p class="status-line" id="status-line" role="status" />
      </section>
    );
  }
  const state = unknown ? 'unknown' : (sighting?.state ?? 'unseen');
  const day = sighting ? formatDay(sighting.seenAt, locale) : '';
  const line = {
    off: t('status_off', day),
    on: t('status_on', day),
    unseen: t('status_unseen'),
    unknown: t('status_unknown'),
  }[state];
  const body = {
    off: 'status_off_body',
    on: 'status_on_body',
    unseen: 'status_unseen_body',
    unknown: 'status_unknown_body',
  } as const;
  return (
    <section class={`status status-${state}`} aria-labelledby="status-heading">
      <h2 id="status-heading">{t('status_heading')}</h2>
      <p class="status-line" id="status-line" role="status">
        {line}
      </p>
      <p class="status-body">{t(body[state])}</p>
      <button
        type="button"
        id={action === 'checkup' ? 'next-checkup' : 'open-setting'}
        class="primary"
        onClick={() => onAction(action)}
      >
        {t(labels[action])}
      </button>
    </section>
  );
}
