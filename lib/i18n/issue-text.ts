/**
 * A zod issue as a sentence in the interface's language. Zod words its issues in English; the
 * Settings editors (triage rules, site profiles, the store form) show them to the agent, so each
 * kind of issue gets a message key. A check of our own says what to show through `params.i18n`
 * (a LocalMessage, see `i18nIssue`), and keeps an English `message` for the CLI and packs.
 */
import type { z } from 'zod';
import { englishMessage, isMessageKey, localMessage, renderMessage, type LocalMessage, type LocalValue } from './local-message';
import type { MessageKey, Translator } from './translator';

export { englishText } from './local-message';

/** `{ message, params }` for a refinement: English from the en catalog, the message for the interface. */
export function i18nIssue(key: MessageKey, values?: Record<string, LocalValue>): { message: string; params: { i18n: LocalMessage } } {
  const message = localMessage(key, values);
  return { message: englishMessage(message), params: { i18n: message } };
}

const TYPES = new Set(['string', 'number', 'boolean', 'object', 'array']);
type ExpectedType = 'string' | 'number' | 'boolean' | 'object' | 'array';

export function issueText(issue: z.core.$ZodIssue, t: Translator['t']): string {
  return renderMessage(issueMessage(issue), t);
}

/** The issue as a message; a check of our own without one keeps its own words (`issue.asWritten`). */
export function issueMessage(issue: z.core.$ZodIssue): LocalMessage {
  const m = localMessage;
  switch (issue.code) {
    case 'custom': {
      const i18n = (issue.params as { i18n?: LocalMessage } | undefined)?.i18n;
      return i18n && isMessageKey(i18n.key) ? i18n : m('issue.asWritten', { text: issue.message });
    }
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return m('issue.required');
      return TYPES.has(issue.expected)
        ? m('issue.invalidType', { expected: m(`issue.type.${issue.expected as ExpectedType}`) })
        : m('issue.invalid');
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array')
        return Number(issue.minimum) <= 1 ? m('issue.empty') : m('issue.tooFew', { minimum: Number(issue.minimum) });
      return m('issue.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return m('issue.tooLong', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return m('issue.tooMany', { maximum: Number(issue.maximum) });
      return m('issue.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return m('issue.oneOf', { values: issue.values.map((v) => String(v)).join(', ') });
    case 'unrecognized_keys':
      return m('issue.unknownKeys', { count: issue.keys.length, keys: issue.keys.join(', ') });
    case 'invalid_format':
      return issue.format === 'url' ? m('issue.url') : m('issue.format');
    default:
      return m('issue.invalid');
  }
}
