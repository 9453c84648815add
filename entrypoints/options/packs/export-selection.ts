/** Which templates an export takes, and checking the pack's name, id and version before building it. */
import { PackSchema } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';
import type { MessageKey } from '@/lib/i18n/translator';

export type ExportScope = 'all' | 'own' | 'picked';

/**
 * `own`: templates written here, not from a pack. That is what a lead usually shares: a file with
 * another pack's templates is refused by a profile that has that pack (the ids belong to it).
 */
export function exportIds(templates: readonly Template[], scope: ExportScope, picked: ReadonlySet<string>): string[] | undefined {
  if (scope === 'all') return undefined;
  if (scope === 'own') return templates.filter((t) => t.packId === undefined).map((t) => t.id);
  return templates.filter((t) => picked.has(t.id)).map((t) => t.id);
}

export interface ExportMetadataInput {
  id: string;
  name: string;
  version: string;
}

/** Problems with the metadata, as messages (lib/i18n); empty when it can be exported. */
export function metadataProblems({ id, name, version }: ExportMetadataInput): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!PackSchema.shape.id.safeParse(id.trim()).success) problems.push('packs.export.problem.id');
  if (!PackSchema.shape.name.safeParse(name.trim()).success) problems.push('packs.export.problem.name');
  if (!PackSchema.shape.version.safeParse(version.trim()).success) problems.push('packs.export.problem.version');
  return problems;
}
