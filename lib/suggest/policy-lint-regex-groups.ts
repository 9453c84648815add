/**
 * Where a cue's source must start or end with a word character, so that a `\b` beside it can be one lookaround
 * (policy-lint-regex.ts): a letter that must be there ("star"), a last letter after which another may follow
 * ("reviews?", "stars+"), or a group whose every alternative does ("(?:could|would|can|will)", "(?:écrit|dit)").
 * A letter counts when every letter the i and u flags fold it with is a word character too: ASCII, Latin-1 and
 * Latin Extended-A letters (their case partners stay among them), and Kana, CJK and Hangul, which have no case.
 * A group this does not understand (a lookaround, a named group, an empty alternative) counts as neither.
 */

const WORD_ATOM = /^[A-Za-z0-9_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]$/u;
const OPTIONAL = /^[?*{]$/;
/** A quantifier after which the atom before it still ends the match: it may repeat, or be left out. */
const REPEATS = /^[?*+]$/;

export interface GroupEdges {
  /** Index of the group's ")" atom. */
  close: number;
  /** Every alternative starts with a word character that must be there. */
  startsWithWord: boolean;
  /** Every alternative ends with a word character. */
  endsWithWord: boolean;
}

interface Open {
  open: number;
  /** Where the group's content starts (after "(?:"), or -1 for a group this does not read. */
  content: number;
  alternatives: { first: number; last: number }[];
  current: number;
}

const wordAt = (atoms: readonly string[], index: number): boolean => index >= 0 && WORD_ATOM.test(atoms[index] ?? '');

/** Whether the match of atoms[from..] must begin with a word character (the atom at `from` is not optional). */
export function startsWithWordAt(atoms: readonly string[], from: number, groups: ReadonlyMap<number, GroupEdges>): boolean {
  if (wordAt(atoms, from)) return !OPTIONAL.test(atoms[from + 1] ?? '');
  const group = atoms[from] === '(' ? groups.get(from) : undefined;
  return !!group?.startsWithWord && !OPTIONAL.test(atoms[group.close + 1] ?? '');
}

/** Whether the match of atoms[..to] must end with a word character: "star", "stars?" (after "r" or "s"), "(?:a|b)". */
export function endsWithWordAt(atoms: readonly string[], to: number, groups: ReadonlyMap<number, GroupEdges>): boolean {
  const atom = atoms[to] ?? '';
  if (wordAt(atoms, to)) return true;
  if (atom === ')') return !!groups.get(to)?.endsWithWord;
  if (atom === '+') return wordAt(atoms, to - 1);
  // "reviews?": the optional letter or, left out, the letter before it; that letter must be there.
  return REPEATS.test(atom) && wordAt(atoms, to - 1) && wordAt(atoms, to - 2);
}

function edgesOf(atoms: readonly string[], group: Open, close: number, found: ReadonlyMap<number, GroupEdges>): GroupEdges {
  const alternatives = [...group.alternatives, { first: group.current, last: close - 1 }];
  const readable = group.content >= 0 && alternatives.every((alt) => alt.last >= alt.first);
  return {
    close,
    startsWithWord: readable && alternatives.every((alt) => startsWithWordAt(atoms, alt.first, found) && alt.first <= alt.last),
    endsWithWord: readable && alternatives.every((alt) => endsWithWordAt(atoms, alt.last, found)),
  };
}
/** Each readable group's edges, keyed by the index of its "(" atom and of its ")" atom. */
export function groupEdges(atoms: readonly string[]): Map<number, GroupEdges> {
  const found = new Map<number, GroupEdges>();
  const stack: Open[] = [];
  let inClass = false;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i];
    if (inClass) {
      if (atom === ']') inClass = false;
      continue;
    }
    if (atom === '[') inClass = true;
    else if (atom === '(') {
      const plain = atoms[i + 1] === '?' && atoms[i + 2] === ':';
      const content = plain ? i + 3 : -1;
      stack.push({ open: i, content, alternatives: [], current: content });
      if (plain) i += 2;
    } else if (atom === '|' && stack.length > 0) {
      const group = stack.at(-1)!;
      group.alternatives.push({ first: group.current, last: i - 1 });
      group.current = i + 1;
    } else if (atom === ')' && stack.length > 0) {
      const group = stack.pop()!;
      const edges = edgesOf(atoms, group, i, found);
      found.set(group.open, edges);
      found.set(i, edges);
    }
  }
  return found;
}

/** Whether a source has a "|" outside every group and class: "a|b" does, "(?:a|b)c" does not. */
export function hasTopLevelBar(atoms: readonly string[]): boolean {
  let depth = 0;
  let inClass = false;
  for (const atom of atoms) {
    if (inClass) inClass = atom !== ']';
    else if (atom === '[') inClass = true;
    else if (atom === '(') depth++;
    else if (atom === ')') depth--;
    else if (atom === '|' && depth === 0) return true;
  }
  return false;
}
