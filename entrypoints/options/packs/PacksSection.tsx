import { useT } from '@/lib/i18n/i18n-context';
import { BackupRestore } from './BackupRestore';
import { ExportPackForm } from './ExportPackForm';
import { ImportFromTool } from './ImportFromTool';
import { ImportPackFile } from './ImportPackFile';
import { InstalledPacks } from './InstalledPacks';
import { PendingUpdates } from './PendingUpdates';
import { Subscriptions } from './Subscriptions';

/**
 * Settings › Packs: how a team shares one voice. Updates waiting for a decision come first; then
 * subscriptions, files in and out, installed packs, other tools, and the backup.
 */
export function PacksSection() {
  const t = useT();
  return (
    <section className="card packs" data-testid="packs" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <p className="muted">{t('packs.explain')}</p>
      <PendingUpdates />
      <Subscriptions />
      <ImportPackFile />
      <ExportPackForm />
      <InstalledPacks />
      <ImportFromTool />
      <BackupRestore />
    </section>
  );
}
