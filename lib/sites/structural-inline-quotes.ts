/**
 * A customer who answers questions inline copies each question above her answer, marked with ">"
 * (plain-text quoting, kept as text by an HTML mail: blind set 16's Outlook page). The copied lines
 * are the shop's words, not hers: a quoted line that her own words follow is left out. Quoted lines
 * at the end — a quoted history under the reply — are kept whole for the reply stripper, which cuts
 * from its header ("On … wrote:").
 */
const QUOTED = /^\s*>/;

export function withoutInlineQuotes(text: string): string {
  const lines = text.split('\n');
  let lastOwn = -1;
  for (let index = lines.length - 1; index >= 0 && lastOwn < 0; index--) {
    if (lines[index]!.trim() && !QUOTED.test(lines[index]!)) lastOwn = index;
  }
  const kept = lines.filter((line, index) => index > lastOwn || !QUOTED.test(line));
  // A quoted paragraph leaves its blank lines behind: one blank line between the answers, as between paragraphs.
  return kept.length === lines.length ? text : kept.join('\n').replace(/\n(?:[^\S\n]*\n){2,}/g, '\n\n');
}
