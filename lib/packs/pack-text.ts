/**
 * What lib/packs tells the agent: a LocalMessage (lib/i18n/local-message.ts), worded in the agent's
 * language by Settings and in English by the CLI, logs and `error.message`. The names below are
 * the packs' own words for the shared type.
 */
import { isMessageKey, localMessage, renderMessage, type LocalMessage, type LocalValue } from '@/lib/i18n/local-message';
import { translator, type MessageKey, type Translator } from '@/lib/i18n/translator';
import type { StoredPackText } from '@/lib/packs/pack-text-schema';
import { TemplateStorageError } from '@/lib/templates/storage-error';
import { quoted } from '@/lib/i18n/quote';

export type PackTextValue = LocalValue;
export type PackText = LocalMessage;

export const packText: (key: MessageKey, values?: Record<string, PackTextValue>) => PackText = localMessage;

/** The text in the language `t` speaks; English without one (the CLI, error messages). */
export const renderPackText: (text: PackText, t?: Translator['t']) => string = renderMessage;

/** A stored message, if every key in it is still one this build knows (a record may be older or newer). */
export function storedPackText(stored: StoredPackText): PackText | undefined {
  if (!isMessageKey(stored.key)) return undefined;
  const values: Record<string, PackTextValue> = {};
  for (const [name, value] of Object.entries(stored.values ?? {})) {
    if (typeof value !== 'object') values[name] = value;
    else {
      const inner = storedPackText(value);
      if (!inner) return undefined;
      values[name] = inner;
    }
  }
  return packText(stored.key as MessageKey, values);
}

/** A value that is either data as written (a title, a path) or a message. */
export function renderPackValue(value: PackTextValue, t?: Translator['t']): string {
  return typeof value === 'object' ? renderPackText(value, t) : String(value);
}

/**
 * An error lib/packs expects (a bad file, an unreachable server): a headline and, for a refused
 * file, one line per problem. `message` is the English of both, for the CLI and logs.
 */
export class PackTextError extends Error {
  constructor(
    readonly text: PackText,
    readonly details: readonly PackText[] = [],
    options?: { cause?: unknown },
  ) {
    super([text, ...details].map((line) => renderPackText(line)).join('\n'), options);
  }
}

/** An error from a pack action as the agent reads it: headline and detail lines in their language. */
export function packErrorText(error: unknown, t: Translator['t'] = translator('en').t): string {
  if (error instanceof PackTextError) return [error.text, ...error.details].map((line) => renderPackText(line, t)).join('\n');
  if (error instanceof TemplateStorageError) return t(`packs.error.storage.${error.kind}`);
  // Anything else (a browser's or library's own words) is quoted inside a translated sentence.
  if (error instanceof Error && error.message) return t('errors.failedSaid', { said: quoted(error.message, t) });
  return t('packs.error.unknown');
}
