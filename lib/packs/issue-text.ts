/**
 * Zod issues in words a team lead can act on ("must be a list of text", "is 10,000,000 characters
 * long; at most 64,000"), without echoing the offending value: it may be huge or hostile.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const numberFormat = new Intl.NumberFormat('en');

/** What a value is, in words, for "expected X, got Y". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string')
    return value.length > 40 ? `text of ${numberFormat.format(value.length)} characters` : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return `an ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 25).map((v) => JSON.stringify(v));
  return values.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

function sizeText(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>, value: unknown): string {
  const limit = numberFormat.format(Number(issue.code === 'too_big' ? issue.maximum : issue.minimum));
  const bound = issue.code === 'too_big' ? 'at most' : 'at least';
  if (issue.origin === 'string') {
    if (issue.code === 'too_small' && Number(issue.minimum) === 1) return 'must not be empty';
    const length =
      typeof value === 'string' ? `is ${numberFormat.format(value.length)} ${value.length === 1 ? 'character' : 'characters'} long; ` : '';
    return `${length}must be ${bound} ${limit} characters`;
  }
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? `lists ${value.length}; ` : '';
    return `${count}must list ${bound} ${limit} ${Number(limit) === 1 ? 'item' : 'items'}`;
  }
  return `must be ${bound} ${limit}`;
}

/** One issue's problem, to follow the field name: `"intents[0]" ${text}`. */
export function issueText(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return value === undefined ? `is missing; it must be ${expected}` : `must be ${expected}, but is ${describeValue(value)}`;
    }
    case 'too_big':
    case 'too_small':
      return sizeText(issue, value);
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, but is ${describeValue(value)}`
        : `is ${describeValue(value)}, which is not one of: ${listOf(issue.values)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Deskpilot does not know: ${listOf(issue.keys)}`;
    case 'invalid_format':
      // The only pattern in the pack format is the version's.
      return issue.path.at(-1) === 'version'
        ? `must be a semantic version such as "1.4.0", but is ${describeValue(value)}`
        : `is not a valid ${issue.format}`;
    default:
      return issue.message;
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
