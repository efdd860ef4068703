/** "Delete everything", confirmed in the page (no browser dialog), then an announcement of what happened. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export interface DeleteEverythingProps {
  /** Deletes; resolves true when the browser did it. */
  onDelete: () => Promise<boolean>;
}

/** Props in, markup out; the only state is whether the confirmation shows. */
export function DeleteEverything({ onDelete }: DeleteEverythingProps) {
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<'deleted' | 'failed' | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The confirmation takes focus on its safe answer, and gives it back to the button that asked once answered
  // (Yes or Cancel): its buttons are gone, and focus would fall to the page's body. Preact leaves `autofocus` to
  // the browser (page load only).
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = asking;
  }, [asking]);
  return (
    <div class="delete-everything">
      <p class="hint">{t('options_delete_hint')}</p>
      {asking ? (
        // Escape backs out, as from any question the page asks; the safe answer, never the deletion.
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setAsking(false);
          }}
        >
          <legend id="delete-confirm">{t('options_delete_confirm')}</legend>
          <div class="row">
            <button
              type="button"
              id="delete-yes"
              class="danger"
              onClick={async () => {
                setAsking(false);
                setResult((await onDelete()) ? 'deleted' : 'failed');
              }}
            >
              {t('options_delete_yes')}
            </button>
            <button
              type="button"
              id="delete-cancel"
              class="secondary"
              ref={cancel}
              onClick={() => setAsking(false)}
            >
              {t('options_delete_cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          id="delete-everything"
          class="danger"
          ref={start}
          onClick={() => {
            setResult(null);
            setAsking(true);
          }}
        >
          {t('options_delete')}
        </button>
      )}
      <p role="status" aria-live="polite" class={result === 'failed' ? 'error' : 'hint'}>
        {result === 'deleted' ? t('options_deleted') : result === 'failed' ? t('options_delete_failed') : ''}
      </p>
    </div>
  );
}
