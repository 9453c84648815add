/**
 * Pack updates the agent has not decided on: a template they edited locally whose pack has since
 * shipped a different body. Import keeps the agent's body and records the pack's (import-pack.ts);
 * here the agent sees the line diff and takes the pack's version or keeps theirs.
 */
import { packText, PackTextError } from '@/lib/packs/pack-text';
import { diffLines } from 'diff';
import type { Template } from '@/lib/schemas/template';
import { getDatabase, parseStoredTemplate, parseStoredTemplates } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import { allTemplateRecords, putTemplateRecords, templateRecords } from '@/lib/templates/template-shelves';

export interface DiffLine {
  /** `removed`: only in the agent's version; `added`: only in the pack's. */
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface PendingUpdate {
  templateId: string;
  title: string;
  packId: string;
  packVersion: string | undefined;
  local: string;
  incoming: string;
  diff: DiffLine[];
}

export function hasPendingUpdate(template: Template): template is Template & { packId: string; packBody: string } {
  return (
    template.locallyModified &&
    template.packId !== undefined &&
    template.packBody !== undefined &&
    template.reviewedPackBody !== undefined &&
    template.packBody !== template.reviewedPackBody &&
    // The pack now says what the agent wrote: nothing to decide.
    template.packBody !== template.body
  );
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Line diff from the agent's body to the pack's. */
export function lineDiff(local: string, incoming: string): DiffLine[] {
  // Without this, a last line that merely gained a successor would show as removed and re-added.
  return diffLines(withFinalNewline(local), withFinalNewline(incoming)).flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    return change.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind, text }) as DiffLine);
  });
}

export function pendingUpdates(): Promise<PendingUpdate[]> {
  return withStorage(async () => {
    const templates = parseStoredTemplates(await allTemplateRecords(getDatabase()));
    return templates
      .filter(hasPendingUpdate)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((t) => ({
        templateId: t.id,
        title: t.title,
        packId: t.packId,
        packVersion: t.packVersion,
        local: t.body,
        incoming: t.packBody,
        diff: lineDiff(t.body, t.packBody),
      }));
  });
}

export class NoPendingUpdateError extends PackTextError {
  override readonly name = 'NoPendingUpdateError';
}

/** Reads, checks and rewrites one template in a single transaction. */
function resolve(id: string, change: (template: Template & { packBody: string }) => Template): Promise<Template> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction('rw', db.templateShelves, async () => {
      const template = parseStoredTemplate((await templateRecords(db, [id]))[0]);
      if (!template || !hasPendingUpdate(template)) throw new NoPendingUpdateError(packText('packs.updates.noneWaiting', { id }));
      const updated = { ...change(template), updatedAt: new Date().toISOString() };
      await putTemplateRecords(db, [updated]);
      return updated;
    }),
  );
}

/** Takes the pack's body; the template follows its pack again from now on. */
export function acceptUpdate(id: string): Promise<Template> {
  return resolve(id, ({ reviewedPackBody: _dropped, ...template }) => ({ ...template, body: template.packBody, locallyModified: false }));
}

/** Keeps the agent's body; this pack version is not offered again (a later one will be). */
export function keepMine(id: string): Promise<Template> {
  return resolve(id, (template) => ({ ...template, reviewedPackBody: template.packBody }));
}
