import type { Translator } from '@/lib/i18n/translator';
import { TemplateStorageError } from '@/lib/templates/storage-error';

/**
 * An error as a sentence for the agent: storage, subscription and pack errors already carry one.
 * With `t`, a full or closed template database and an error with no message are said in the
 * interface's language; other messages are shown as they come.
 */
export function errorText(error: unknown, t?: Translator['t']): string {
  if (t && error instanceof TemplateStorageError) return t(`storage.${error.kind}`);
  if (error instanceof Error && error.message) return error.message;
  return t ? t('storage.unknown') : 'Something went wrong; nothing was changed.';
}
