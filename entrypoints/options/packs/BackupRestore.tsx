import { useState, type ChangeEvent } from 'react';
import { createBackup, parseBackup, restoreBackup, serializeBackup, type Backup } from '@/lib/packs/backup';
import { errorText } from '@/components/template-library/error-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { downloadText, readPickedFile } from './files';

function contents(backup: Pick<Backup, 'templates' | 'packs' | 'subscriptions'>): string {
  return `${backup.templates.length} templates, ${backup.packs.length} packs and ${backup.subscriptions.length} subscriptions`;
}

/** Everything in the template database as one file, and putting it back; keys and tokens are never in it. */
export function BackupRestore() {
  const refresh = useRefreshLibrary();
  const [pending, setPending] = useState<Backup | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const download = async () => {
    try {
      const backup = await createBackup();
      downloadText(`deskpilot-backup-${backup.createdAt.slice(0, 10)}.json`, serializeBackup(backup));
      setStatus(`Backed up ${contents(backup)}.`);
    } catch (error) {
      setStatus(errorText(error));
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
      setStatus(errorText(error));
    }
  };

  const restore = async (backup: Backup) => {
    try {
      await restoreBackup(backup);
      setStatus(`Restored ${contents(backup)} from the backup of ${new Date(backup.createdAt).toLocaleString()}.`);
    } catch (error) {
      setStatus(errorText(error));
    } finally {
      setPending(null);
      await refresh();
    }
  };

  return (
    <section className="subsection form" data-testid="backup">
      <h3>Backup and restore</h3>
      <p className="muted">
        Templates with their usage counts and your edits, installed packs, subscriptions and the local support history. Store keys and the
        AI key are never in a backup.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void download()}>
          Download a backup
        </button>
      </div>
      <label className="field">
        <span>Restore from a backup file</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void onPick(e)} />
      </label>
      {pending && (
        <div className="confirm" role="alertdialog" aria-label="Restore this backup?">
          <p>
            Replace everything in the library with this backup’s {contents(pending)}? What you have now is lost unless you download a backup
            first.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void restore(pending)}>
              Restore
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
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
