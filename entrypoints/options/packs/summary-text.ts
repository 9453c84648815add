/** One sentence saying what an import or a subscription check changed, in the agent's language. */
import type { Translator } from '@/lib/i18n/translator';
import { renderPackText } from '@/lib/packs/pack-text';
import type { RefreshResult } from '@/lib/packs/subscription';
import type { ImportSummary } from '@/lib/templates/import-pack';

type T = Translator['t'];

/** "2 added, 1 kept with your edits": only the counts that are not zero. */
function changes(summary: ImportSummary, t: T, withUnchanged: boolean): string | undefined {
  const parts = [
    summary.added.length && t('packs.summary.added', { count: summary.added.length }),
    summary.updated.length && t('packs.summary.updated', { count: summary.updated.length }),
    summary.keptLocal.length && t('packs.summary.keptLocal', { count: summary.keptLocal.length }),
    summary.removed.length && t('packs.summary.removed', { count: summary.removed.length }),
    withUnchanged && summary.unchanged.length && t('packs.summary.unchanged', { count: summary.unchanged.length }),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(t('packs.summary.separator')) : undefined;
}

export function importSummaryText(pack: { name: string; version: string }, summary: ImportSummary, t: T): string {
  return t('packs.summary.import', {
    name: pack.name,
    version: pack.version,
    changes: changes(summary, t, true) ?? t('packs.summary.noTemplates'),
  });
}

export function refreshText(result: RefreshResult, t: T): string {
  switch (result.status) {
    case 'updated':
      return t('packs.summary.refreshed', {
        pack: result.packId,
        version: result.version,
        changes: changes(result.summary, t, false) ?? t('packs.summary.nothingChanged'),
      });
    case 'unchanged':
      return result.packId ? t('packs.summary.upToDate', { pack: result.packId }) : t('packs.summary.upToDateUnnamed');
    case 'error':
      return [result.text, ...result.details].map((line) => renderPackText(line, t)).join('\n');
  }
}
