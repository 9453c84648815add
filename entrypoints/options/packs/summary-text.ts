/** One sentence saying what an import or a subscription check changed. */
import type { RefreshResult } from '@/lib/packs/subscription';
import type { ImportSummary } from '@/lib/templates/import-pack';

function count(n: number, what: string): string | undefined {
  return n > 0 ? `${n} ${what}` : undefined;
}

export function importSummaryText(pack: { name: string; version: string }, summary: ImportSummary): string {
  const parts = [
    count(summary.added.length, 'added'),
    count(summary.updated.length, 'updated'),
    count(summary.keptLocal.length, 'kept with your edits'),
    count(summary.removed.length, 'removed'),
    count(summary.unchanged.length, 'unchanged'),
  ].filter(Boolean);
  return `“${pack.name}” ${pack.version}: ${parts.length ? parts.join(', ') : 'no templates'}.`;
}

export function refreshText(result: RefreshResult): string {
  switch (result.status) {
    case 'updated':
      return `Updated ${result.packId} to version ${result.version}: ${
        [
          count(result.summary.added.length, 'added'),
          count(result.summary.updated.length, 'updated'),
          count(result.summary.keptLocal.length, 'kept with your edits'),
          count(result.summary.removed.length, 'removed'),
        ]
          .filter(Boolean)
          .join(', ') || 'nothing changed in the templates'
      }.`;
    case 'unchanged':
      return `${result.packId ?? 'The pack'} is up to date.`;
    case 'error':
      return result.message;
  }
}
