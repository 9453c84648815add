import { useState, type ChangeEvent } from 'react';
import { PackIssues } from '@/components/pack-issues';
import { importPackFile } from '@/lib/packs/import-file';
import type { PackIssue } from '@/lib/packs/validate';
import { useT } from '@/lib/i18n/i18n-context';
import { packErrorText } from '@/lib/packs/pack-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { readPickedFile } from './files';
import { importSummaryText } from './summary-text';

/** Import a pack file: checked first; an invalid one imports nothing and names template and field. */
export function ImportPackFile() {
  const t = useT();
  const refresh = useRefreshLibrary();
  const [issues, setIssues] = useState<PackIssue[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [allowOlder, setAllowOlder] = useState(false);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Picking the same file again (after fixing it) must fire change again.
    event.target.value = '';
    if (!file) return;
    setIssues([]);
    setStatus(t('packs.import.checking', { file: file.name }));
    try {
      const result = await importPackFile(await readPickedFile(file), { allowOlder });
      if (!result.ok) {
        setIssues(result.issues);
        setStatus(null);
        return;
      }
      setStatus(t('packs.import.done', { summary: importSummaryText(result.pack, result.summary, t) }));
      await refresh();
    } catch (error) {
      setStatus(packErrorText(error, t));
    }
  };

  return (
    <section className="subsection" data-testid="pack-import">
      <h3>{t('packs.import.title')}</h3>
      <label className="field">
        <span>{t('packs.import.file')}</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void onPick(e)} />
      </label>
      <label>
        <input type="checkbox" checked={allowOlder} onChange={(e) => setAllowOlder(e.target.checked)} /> {t('packs.import.allowOlder')}
      </label>
      {status && (
        <p role="status" data-testid="pack-import-status">
          {status}
        </p>
      )}
      <PackIssues issues={issues} />
    </section>
  );
}
