/**
 * `DESKPILOT_EVAL_SET=<text>`: which sets (or fixture files) an eval reads. A name is kept when it
 * contains the text and, where the text ends in a number, the number ends there too: "blind 2"
 * is the second blind set, not the twentieth or twenty-first; "blind2" picks the second set's
 * files the same way. Without the variable, everything is read.
 */
export function matchesEvalSet(name: string, filter = process.env.DESKPILOT_EVAL_SET ?? ''): boolean {
  if (!filter) return true;
  for (let at = name.indexOf(filter); at !== -1; at = name.indexOf(filter, at + 1)) {
    const next = name[at + filter.length] ?? '';
    if (!/\d$/.test(filter) || !/\d/.test(next)) return true;
  }
  return false;
}
