/**
 * Text made in lib/ that reaches the agent, as a message key and its values rather than a
 * sentence: the interface words it in the agent's language (`renderMessage(message, t)`), the
 * command line, packs and `error.message` in English from the same catalog (`englishMessage`),
 * so both always say the same. A value may itself be a message ("must be {expected}" with
 * expected = "a list"): a sentence is translated as a whole, never glued from English parts.
 * Store problems, pack messages, zod issues of our own, AI problems and connection verdicts all
 * travel as this one type.
 */
import { z } from 'zod';
import { CATALOGS, type MessageKey } from './catalogs';
import { translator, type Translator } from './translator';

export type LocalValue = string | number | LocalMessage;

export interface LocalMessage {
  key: MessageKey;
  values?: Readonly<Record<string, LocalValue>>;
}

export function localMessage(key: MessageKey, values?: Record<string, LocalValue>): LocalMessage {
  return values ? { key, values } : { key };
}

const english = translator('en').t;

/** The message in the language `t` speaks; English without one. */
export function renderMessage(message: LocalMessage, t: Translator['t'] = english): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = typeof value === 'object' ? renderMessage(value, t) : value;
  return t(message.key, values);
}

/** The English of a message: the CLI's output, pack validation, `error.message` and logs. */
export function englishMessage(message: LocalMessage): string {
  return renderMessage(message, english);
}

/** One key and its values in English (`englishMessage` without building the message first). */
export function englishText(key: MessageKey, values?: Record<string, LocalValue>): string {
  return renderMessage(localMessage(key, values), english);
}

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(CATALOGS.en, key);
}

/**
 * A message as it crosses a boundary (a runtime message, storage): every key must be one this
 * build knows, or the message is refused and the caller shows its fallback.
 */
export const LocalMessageSchema: z.ZodType<LocalMessage> = z.object({
  key: z.string().max(200).refine(isMessageKey, 'not a message key of this build') as unknown as z.ZodType<MessageKey>,
  values: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), z.lazy(() => LocalMessageSchema)])).optional(),
});
