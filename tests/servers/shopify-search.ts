/**
 * Shopify's search syntax, as far as the loopback server needs it to answer Deskpilot's order
 * searches: terms joined by OR (or by space, meaning AND), each `field:value`, `field:'quoted'`,
 * `field:"quoted"` (backslash escapes inside quotes) or `field:>value`.
 * Parsing the string the connector sent (instead of trusting it) is what tests its quoting.
 */
export interface SearchTerm {
  field: string;
  comparator: ':' | ':>' | ':<';
  value: string;
}

/** Groups of terms: the outer list is OR, each inner list AND. Throws on an unterminated quote. */
export function parseSearch(query: string): SearchTerm[][] {
  const groups: SearchTerm[][] = [[]];
  let i = 0;
  const skipSpace = () => {
    while (i < query.length && /\s/.test(query[i]!)) i += 1;
  };
  while ((skipSpace(), i < query.length)) {
    if (query.startsWith('OR', i) && /\s/.test(query[i + 2] ?? ' ')) {
      groups.push([]);
      i += 2;
      continue;
    }
    const field = /^[a-z_]+/.exec(query.slice(i))?.[0];
    if (!field || query[i + field.length] !== ':') throw new Error(`search: expected field:value at ${i}`);
    i += field.length + 1;
    let comparator: SearchTerm['comparator'] = ':';
    if (query[i] === '>' || query[i] === '<') {
      comparator = `:${query[i]}` as SearchTerm['comparator'];
      i += 1;
    }
    let value = '';
    const quote = query[i];
    if (quote === "'" || quote === '"') {
      i += 1;
      while (i < query.length && query[i] !== quote) {
        if (query[i] === '\\') i += 1;
        value += query[i] ?? '';
        i += 1;
      }
      if (query[i] !== quote) throw new Error('search: unterminated quote');
      i += 1;
    } else {
      while (i < query.length && !/\s/.test(query[i]!)) value += query[i++];
    }
    groups.at(-1)!.push({ field, comparator, value });
  }
  return groups.filter((group) => group.length > 0);
}
