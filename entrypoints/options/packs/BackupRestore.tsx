import { useState, type ChangeEvent } from 'react';
import { useI18n } from '@/lib/i18n/i18n-context';
import type { Translator } from '@/lib/i18n/translator';
import { createBackup, restoreBackup } from '@/lib/packs/backup';
import { parseBackup, serializeBackup, type Backup } from '@/lib/packs/backup-document';
import { packErrorText } from '@/lib/packs/pack-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { downloadText, readPickedFile } from './files';

function contents(backup: Pick<Backup, 'templates' | 'packs' | 'subscriptions'>, t: Translator['t']): string {
  return t('backup.contents', {
    templates: backup.templates.length,
    packs: backup.packs.length,
    subscriptions: backup.subscriptions.length,
  });
}

/** Everything in the template database as one file, and putting it back; keys and tokens are never in it. */
export function BackupRestore() {
  const { t, dateTime } = useI18n();
  const refresh = useRefreshLibrary();
  const [pending, setPending] = useState<Backup | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const download = async () => {
    try {
      const backup = await createBackup();
      downloadText(`deskpilot-backup-${backup.createdAt.slice(0, 10)}.json`, serializeBackup(backup));
      setStatus(t('backup.done', { contents: contents(backup, t) }));
    } catch (error) {
      setStatus(packErrorText(error, t));
    }
  };

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      setPending(parseBackup(await readPickedFile(file)));
      setStatus(null);
    } catch (error) {
      setPending(null);
      setStatus(packErrorText(error, t));
    }
  };

  const restore = async (backup: Backup) => {
    try {
      await restoreBackup(backup);
      setStatus(t('backup.restored', { contents: contents(backup, t), when: dateTime(backup.createdAt) }));
    } catch (error) {
      setStatus(packErrorText(error, t));
    } finally {
      setPending(null);
      await refresh();
    }
  };

  return (
    <section className="subsection form" data-testid="backup">
      <h3>{t('backup.title')}</h3>
      <p className="muted">{t('backup.explain')}</p>
      <div className="actions">
        <button type="button" onClick={() => void download()}>
          {t('backup.download')}
        </button>
      </div>
      <label className="field">
        <span>{t('backup.restoreFile')}</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void onPick(e)} />
      </label>
      {pending && (
        <div className="confirm" role="alertdialog" aria-label={t('backup.confirmLabel')}>
          <p>{t('backup.confirm', { contents: contents(pending, t) })}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void restore(pending)}>
              {t('backup.restore')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {status && (
        <p role="status" data-testid="backup-status" style={{ whiteSpace: 'pre-wrap' }}>
          {status}
        </p>
      )}
    </section>
  );
}
