/**
 * Words Deskpilot did not write (a store's error body, a library's message, a browser's error) are
 * data: shown only inside a translated sentence, in the interface language's quotation marks, and
 * cut short — never bare, never as the whole message.
 */
import type { Translator } from './translator';

export const QUOTE_MAX_CHARS = 200;

/** `text` in the quotation marks of the language `t` speaks (“…”, „…“, « … », 「…」), at most 200 characters. */
export function quoted(text: string, t: Translator['t']): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  const short = oneLine.length > QUOTE_MAX_CHARS ? `${oneLine.slice(0, QUOTE_MAX_CHARS)}…` : oneLine;
  return t('common.quoted', { text: short });
}

/** What a thrown value says about itself, quoted (empty when it says nothing). */
export function quotedError(error: unknown, t: Translator['t']): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return text.trim() ? quoted(text, t) : t('common.quoted', { text: '?' });
}
