/** The receipt's actions: copy it, or save it as text or JSON; a polite line says what happened. */
import { t } from '../lib/i18n';

export interface ReceiptActionsProps {
  onCopy: () => void;
  onDownload: (format: 'text' | 'json') => void;
  /** "Copied", "Saved to your downloads."; announced politely. */
  status?: string;
}

/** Props in, markup out. */
export function ReceiptActions({ onCopy, onDownload, status }: ReceiptActionsProps) {
  return (
    <div class="receipt-block">
      <div class="receipt">
        <span>{t('receipt_label')}</span>
        <button type="button" class="link" onClick={onCopy}>
          {t('receipt_copy')}
        </button>
        <button type="button" class="link" onClick={() => onDownload('text')}>
          {t('receipt_download_text')}
        </button>
        <button type="button" class="link" onClick={() => onDownload('json')}>
          {t('receipt_download_json')}
        </button>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </div>
  );
}
