/**
 * Zod issues in words a team lead can act on ("must be a list of text", "is 10,000,000 characters
 * long; at most 64,000"), without echoing the offending value: it may be huge or hostile. Each is
 * a message key with values (lib/packs/pack-text.ts), so Settings shows it in the agent's language.
 */
import type { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/translator';
import { packText, type PackText } from '@/lib/packs/pack-text';
import { isMessageKey } from '@/lib/i18n/local-message';

type Issue = z.core.$ZodIssue;

/** What a value is, in words, for "expected X, got Y". */
export function describeValue(value: unknown): PackText {
  if (value === undefined) return packText('packs.value.missing');
  if (value === null) return packText('packs.value.null');
  if (Array.isArray(value)) return packText('packs.value.list', { count: value.length });
  if (typeof value === 'string')
    return value.length > 40
      ? packText('packs.value.longText', { length: value.length })
      : packText('packs.value.text', { text: JSON.stringify(value) });
  // As written in the file: 1000000 stays 1000000.
  if (typeof value === 'number') return packText('packs.value.number', { value: String(value) });
  if (typeof value === 'boolean') return packText('packs.value.boolean', { value: String(value) });
  return packText('packs.value.object');
}

const EXPECTED: Record<string, MessageKey> = {
  string: 'packs.expected.string',
  number: 'packs.expected.number',
  int: 'packs.expected.int',
  boolean: 'packs.expected.boolean',
  array: 'packs.expected.array',
  object: 'packs.expected.object',
};

function expected(name: string): PackText {
  const key = EXPECTED[name];
  return key ? packText(key) : packText('packs.expected.other', { name });
}

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 25).map((v) => JSON.stringify(v));
  return values.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

function sizeText(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>, value: unknown): PackText {
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const bound = issue.code === 'too_big' ? 'most' : 'least';
  if (issue.origin === 'string') {
    if (issue.code === 'too_small' && limit === 1) return packText('packs.problem.empty');
    return typeof value === 'string'
      ? packText('packs.problem.textLength', { length: value.length, bound, limit })
      : packText('packs.problem.textSize', { bound, limit });
  }
  if (issue.origin === 'array') {
    return Array.isArray(value)
      ? packText('packs.problem.listLength', { count: String(value.length), bound, limit })
      : packText('packs.problem.listSize', { bound, limit });
  }
  return packText('packs.problem.size', { bound, limit });
}

/** One issue's problem, to follow the field name: `"intents[0]" ${text}`. */
export function issueText(issue: Issue, value: unknown): PackText {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? packText('packs.problem.missing', { expected: expected(issue.expected) })
        : packText('packs.problem.wrongType', { expected: expected(issue.expected), actual: describeValue(value) });
    case 'too_big':
    case 'too_small':
      return sizeText(issue, value);
    case 'invalid_value':
      return issue.values.length === 1
        ? packText('packs.problem.notExactly', { expected: JSON.stringify(issue.values[0]), actual: describeValue(value) })
        : packText('packs.problem.notOneOf', { actual: describeValue(value), values: listOf(issue.values) });
    case 'unrecognized_keys':
      return packText('packs.problem.unknownKeys', { count: issue.keys.length, keys: listOf(issue.keys) });
    case 'invalid_format':
      // The only pattern in the pack format is the version's.
      return issue.path.at(-1) === 'version'
        ? packText('packs.problem.notSemver', { actual: describeValue(value) })
        : packText('packs.problem.invalidFormat', { format: issue.format });
    default: {
      // A schema's own refinement (lib/schemas): worded from its message key (`i18nIssue`) where it has one.
      const own = issue.code === 'custom' ? (issue.params as { i18n?: PackText } | undefined)?.i18n : undefined;
      return own && isMessageKey(own.key) ? own : packText('packs.problem.other', { message: issue.message });
    }
  }
}

/** The value at an issue's path in the raw input (for "but is ..."). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `intents[0]`, `shop.name`: a path as a person would write it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}
