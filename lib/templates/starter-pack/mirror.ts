/**
 * A starter template in another language that answers exactly what an English one answers: same
 * intents, order-state tags and sites, id = the English id plus the language ("starter.wismo.tracking.ko").
 * Keeping one source of truth for intents and tags means a fix to the English template's targeting
 * reaches every translation.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { letter, type StarterLanguage } from '@/lib/templates/starter-pack/letter';

export interface MirrorText {
  /** Id of the English template this one translates. */
  of: string;
  title: string;
  paragraphs: string[];
}

export function mirrorTemplates(english: readonly PackTemplate[], language: StarterLanguage, texts: readonly MirrorText[]): PackTemplate[] {
  const byId = new Map(english.map((t) => [t.id, t]));
  return texts.map(({ of, title, paragraphs }) => {
    const source = byId.get(of);
    if (!source) throw new Error(`starter pack: no English template "${of}" to translate into ${language}`);
    return letter({
      id: `${of}.${language}`,
      title,
      language,
      intents: [...source.intents],
      tags: [...source.tags],
      sites: [...source.sites],
      paragraphs,
    });
  });
}
