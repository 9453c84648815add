/**
 * A zod issue as a sentence in the interface's language. Zod words its issues in English; the
 * Settings editors (triage rules, site profiles, the store form) show them to the agent, so each
 * kind of issue gets a message key. A check of our own says what to show through `params.i18n`
 * (`{ key, params }`, see `i18nIssue`), and keeps an English `message` for the CLI and packs.
 */
import type { z } from 'zod';
import { CATALOGS } from './catalogs';
import { translator, type MessageKey, type MessageParams, type Translator } from './translator';

/** What a custom check passes to `refine`/`addIssue` so the interface can word it. */
export interface IssueI18n {
  key: MessageKey;
  params?: MessageParams;
}

/** `{ message, params }` for a refinement: English from the en catalog, the key for the interface. */
export function i18nIssue(key: MessageKey, params?: MessageParams): { message: string; params: { i18n: IssueI18n } } {
  return { message: englishText(key, params), params: { i18n: { key, params } } };
}

/** A message in English, for what reads English whatever the interface's language (CLI output, pack validation). */
export function englishText(key: MessageKey, params?: MessageParams): string {
  return translator('en').t(key, params);
}

const TYPES = new Set(['string', 'number', 'boolean', 'object', 'array']);
type ExpectedType = 'string' | 'number' | 'boolean' | 'object' | 'array';

function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(CATALOGS.en, key);
}

export function issueText(issue: z.core.$ZodIssue, t: Translator['t']): string {
  switch (issue.code) {
    case 'custom': {
      const i18n = (issue.params as { i18n?: IssueI18n } | undefined)?.i18n;
      return i18n && isMessageKey(i18n.key) ? t(i18n.key, i18n.params) : issue.message;
    }
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return t('issue.required');
      return TYPES.has(issue.expected)
        ? t('issue.invalidType', { expected: t(`issue.type.${issue.expected as ExpectedType}`) })
        : t('issue.invalid');
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array')
        return Number(issue.minimum) <= 1 ? t('issue.empty') : t('issue.tooFew', { minimum: Number(issue.minimum) });
      return t('issue.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('issue.tooLong', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return t('issue.tooMany', { maximum: Number(issue.maximum) });
      return t('issue.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return t('issue.oneOf', { values: issue.values.map((v) => String(v)).join(', ') });
    case 'unrecognized_keys':
      return t('issue.unknownKeys', { count: issue.keys.length, keys: issue.keys.join(', ') });
    case 'invalid_format':
      return t('issue.format');
    default:
      return t('issue.invalid');
  }
}
