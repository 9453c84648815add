/** Why a pack is refused as a whole: two templates with one id, or an id another pack or the agent owns. */
import { englishMessage, localMessage, type LocalMessage } from '@/lib/i18n/local-message';
import type { Pack } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';

/** A pack refused as a whole (an id clash): `text` for the agent's language, `message` its English. */
export class PackImportError extends Error {
  override readonly name = 'PackImportError';
  constructor(readonly text: LocalMessage) {
    super(englishMessage(text));
  }
}

export function assertUniqueIds(pack: Pack): void {
  const seen = new Set<string>();
  for (const { id } of pack.templates) {
    if (seen.has(id)) throw new PackImportError(localMessage('packs.importError.duplicateTemplate', { pack: pack.id, template: id }));
    seen.add(id);
  }
}

/** The refusal for a template id already stored by another pack or written by the agent. */
export function takenBy(template: Template): LocalMessage {
  return template.packId
    ? localMessage('packs.importError.templateTakenByPack', { template: template.id, owner: template.packId })
    : localMessage('packs.importError.templateTakenLocal', { template: template.id });
}
