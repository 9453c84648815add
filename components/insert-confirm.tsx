import { useT } from '@/lib/i18n/i18n-context';

/** "Insert anyway?": shown when a reply holds unverified facts or breaks the site's rules. */
export function InsertConfirm({ summary, onInsert, onCancel }: { summary: string; onInsert: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="confirm" role="alertdialog" aria-label={t('confirm.label')}>
      <p>{t('confirm.question', { summary })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onInsert}>
          {t('confirm.insertAnyway')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
