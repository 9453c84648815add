import { quotedError } from '@/lib/i18n/quote';
import type { Translator } from '@/lib/i18n/translator';
import { PackTextError, packErrorText } from '@/lib/packs/pack-text';
import { TemplateStorageError } from '@/lib/templates/storage-error';

/**
 * An error as a sentence for the agent. With `t`, storage and pack errors are said in the
 * interface's language from their codes; any other error's own words are quoted inside a
 * translated sentence, never shown bare. Without `t` (logs), its English.
 */
export function errorText(error: unknown, t?: Translator['t']): string {
  if (t && error instanceof TemplateStorageError) return t(`storage.${error.kind}`);
  if (t && error instanceof PackTextError) return packErrorText(error, t);
  if (!t) return error instanceof Error && error.message ? error.message : 'Something went wrong; nothing was changed.';
  return error instanceof Error && error.message ? t('errors.failedSaid', { said: quotedError(error, t) }) : t('storage.unknown');
}
