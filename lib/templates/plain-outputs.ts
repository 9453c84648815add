/**
 * Whether a body is text and plain variable outputs only ("Hi {{ customer.first_name }}", "{{- shop.name -}}"):
 * no tags, no filters, every `{{` opening a dotted name and closed at once. Such a body always parses
 * (render.test.ts holds liquidjs to that over generated bodies), so checking a pack need not build its
 * syntax tree: most reply bodies are like this, and a pack import checks up to 5,000 of them. Anything
 * else (a tag, a filter, a literal, a stray brace) answers false and gets liquidjs's full parse and exact error.
 */

/** One output at the position the scan is at: `{{`, optional trim dashes, a dotted name, `}}`. */
const PLAIN_OUTPUT = /\{\{-?\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*-?\}\}/y;

/** Words liquidjs reads as literals or operators, not names: bodies using them get the full parse. */
const NOT_NAMES = new Set(['true', 'false', 'nil', 'null', 'empty', 'blank', 'and', 'or', 'not', 'contains']);

export function onlyPlainOutputs(body: string, maxLength: number): boolean {
  if (body.length > maxLength || body.includes('{%')) return false;
  let at = body.indexOf('{{');
  while (at !== -1) {
    PLAIN_OUTPUT.lastIndex = at;
    const output = PLAIN_OUTPUT.exec(body);
    if (!output || output[1]!.split('.').some((name) => NOT_NAMES.has(name))) return false;
    at = body.indexOf('{{', PLAIN_OUTPUT.lastIndex);
  }
  return true;
}
