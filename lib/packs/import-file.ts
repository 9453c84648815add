/**
 * Importing a pack file the agent picked: validated first (an invalid pack imports nothing and
 * names the template and field), then written in one transaction by lib/templates/import-pack.ts,
 * which updates the pack's templates and keeps local edits.
 */
import type { Pack } from '@/lib/schemas/pack';
import { formatIssue, validatePackText, type PackIssue } from '@/lib/packs/validate';
import { packText } from '@/lib/packs/pack-text';
import { importValidatedPack } from '@/lib/templates/import-pack';
import { PackImportError } from '@/lib/templates/pack-import-error';
import { getInstalledPack, type ImportSummary } from '@/lib/templates/repository';
import { compareVersions } from '@/lib/templates/semver';

export const FILE_SOURCE = 'file';

export type PackImportResult =
  | { ok: true; pack: Pick<Pack, 'id' | 'name' | 'version'>; summary: ImportSummary }
  | { ok: false; issues: PackIssue[] };

export interface FileImportOptions {
  /** Install a version older than the one installed (a deliberate rollback). */
  allowOlder?: boolean;
}

/** Installs a pack validated by lib/packs/validate.ts (not parsed again); refusals (older version, id clash) come back as issues. */
export async function installPack(pack: Pack, source: string, options: FileImportOptions = {}): Promise<PackImportResult> {
  const installed = await getInstalledPack(pack.id);
  if (installed && !options.allowOlder && compareVersions(pack.version, installed.version) < 0) {
    return {
      ok: false,
      issues: [
        {
          field: 'version',
          problem: packText('packs.problem.olderVersion', { version: pack.version, installed: installed.version }),
        },
      ],
    };
  }
  try {
    const summary = await importValidatedPack(pack, source);
    return { ok: true, pack: { id: pack.id, name: pack.name, version: pack.version }, summary };
  } catch (error) {
    if (error instanceof PackImportError) return { ok: false, issues: [{ field: '', problem: error.text }] };
    throw error;
  }
}

/** Marks the import leaves in the page's performance timeline, which the benchmark reads (tests/bench/pack-import-chromium.ts). */
export const IMPORT_MARKS = {
  start: 'deskpilot:pack-import-start',
  checked: 'deskpilot:pack-import-checked',
  written: 'deskpilot:pack-import-written',
} as const;

/** Validates and installs a pack file's text. Storage failures throw TemplateStorageError. */
export async function importPackFile(text: string, options: FileImportOptions = {}): Promise<PackImportResult> {
  performance.mark(IMPORT_MARKS.start);
  const validation = validatePackText(text);
  performance.mark(IMPORT_MARKS.checked);
  if (!validation.ok) return validation;
  const result = await installPack(validation.pack, FILE_SOURCE, options);
  performance.mark(IMPORT_MARKS.written);
  return result;
}

/** The issues of a failed import as lines for a message box or stderr. */
export function describeImportFailure(issues: readonly PackIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
