/**
 * A small ICU-like message formatter: `{name}` inserts a parameter, `{n, plural, one {# order}
 * other {# orders}}` picks a form with Intl.PluralRules (`=0 {…}` matches an exact number, `#` is
 * the number in the locale's digits), `{kind, select, a {…} other {…}}` picks by value. Quotes are
 * plain text (French and English write apostrophes everywhere); there is no escaping of braces.
 */
import { numberFormat, pluralRules } from '@/lib/i18n/intl-formatters';

export type MessageParams = Record<string, string | number>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Map<string, Part[]> };

const cache = new Map<string, Part[]>();

export function formatMessage(message: string, params: MessageParams | undefined, locale: string): string {
  let parts = cache.get(message);
  if (!parts) {
    parts = parseMessage(message);
    cache.set(message, parts);
  }
  return render(parts, params ?? {}, locale, undefined);
}

function render(parts: Part[], params: MessageParams, locale: string, count: number | undefined): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'pound') out += count === undefined ? '#' : numberFormat(locale, {}).format(count);
    else if (part.kind === 'arg') {
      const value = params[part.name];
      out += value === undefined ? `{${part.name}}` : typeof value === 'number' ? numberFormat(locale, {}).format(value) : value;
    } else if (part.kind === 'plural') {
      const n = Number(params[part.name] ?? 0);
      const chosen = part.options.get(`=${n}`) ?? part.options.get(pluralRules(locale).select(n)) ?? part.options.get('other') ?? [];
      out += render(chosen, params, locale, n);
    } else {
      const value = String(params[part.name] ?? '');
      out += render(part.options.get(value) ?? part.options.get('other') ?? [], params, locale, count);
    }
  }
  return out;
}

/** Parses a whole message; throws on unbalanced braces or a malformed argument (the catalog test runs this on every message). */
export function parseMessage(message: string): Part[] {
  const [parts, end] = parseParts(message, 0, false);
  if (end !== message.length) throw new Error(`unexpected "}" at ${end} in "${message}"`);
  return parts;
}

function parseParts(source: string, start: number, inPlural: boolean): [Part[], number] {
  const parts: Part[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  while (i < source.length) {
    const char = source[i];
    if (char === '}') break;
    if (char === '#' && inPlural) {
      flush();
      parts.push({ kind: 'pound' });
      i++;
    } else if (char === '{') {
      flush();
      const [part, next] = parseArgument(source, i + 1, inPlural);
      parts.push(part);
      i = next;
    } else {
      text += char;
      i++;
    }
  }
  flush();
  return [parts, i];
}

function parseArgument(source: string, start: number, inPlural: boolean): [Part, number] {
  const close = source.indexOf('}', start);
  const comma = source.indexOf(',', start);
  if (close < 0) throw new Error(`unclosed "{" in "${source}"`);
  if (comma < 0 || comma > close) {
    const name = source.slice(start, close).trim();
    if (!/^\w+$/.test(name)) throw new Error(`bad argument "{${name}}" in "${source}"`);
    return [{ kind: 'arg', name }, close + 1];
  }
  const name = source.slice(start, comma).trim();
  const typeEnd = source.indexOf(',', comma + 1);
  const type = source.slice(comma + 1, typeEnd).trim();
  if (!/^\w+$/.test(name) || (type !== 'plural' && type !== 'select')) throw new Error(`bad argument "{${name}, ${type}" in "${source}"`);
  const options = new Map<string, Part[]>();
  let i = typeEnd + 1;
  for (;;) {
    while (/\s/.test(source[i] ?? '')) i++;
    if (source[i] === '}') break;
    const open = source.indexOf('{', i);
    if (open < 0) throw new Error(`unclosed "{${name}, ${type}" in "${source}"`);
    const selector = source.slice(i, open).trim();
    if (!selector) throw new Error(`empty selector in "${source}"`);
    const [parts, end] = parseParts(source, open + 1, type === 'plural' || inPlural);
    if (source[end] !== '}') throw new Error(`unclosed option "${selector}" in "${source}"`);
    options.set(selector, parts);
    i = end + 1;
  }
  if (!options.has('other')) throw new Error(`"{${name}, ${type}" has no "other" in "${source}"`);
  return [{ kind: type, name, options }, i + 1];
}

/** The names a message shows as text (`{name}`) and those it only chooses a form by (plural, select). */
export function messageParams(message: string): { shown: Set<string>; chosenBy: Set<string> } {
  const shown = new Set<string>();
  const chosenBy = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === 'arg') shown.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') {
        chosenBy.add(part.name);
        for (const option of part.options.values()) walk(option);
      }
    }
  };
  walk(parseMessage(message));
  return { shown, chosenBy };
}
