/** Which templates an export takes, and checking the pack's name, id and version before building it. */
import { PackSchema } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';

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

/** Problems with the metadata, in words; empty when it can be exported. */
export function metadataProblems({ id, name, version }: ExportMetadataInput): string[] {
  const problems: string[] = [];
  if (!PackSchema.shape.id.safeParse(id.trim()).success) problems.push('Pack id: 1 to 200 characters, e.g. acme.support.');
  if (!PackSchema.shape.name.safeParse(name.trim()).success) problems.push('Pack name: 1 to 300 characters.');
  if (!PackSchema.shape.version.safeParse(version.trim()).success)
    problems.push('Version: a semantic version such as 1.0.0 (raise it for every release).');
  return problems;
}
