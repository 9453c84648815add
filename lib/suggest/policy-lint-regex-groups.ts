/**
 * Which groups of a cue's source begin and end with a plain ASCII word character in every
 * alternative ("(?:could|would|can|will)"), so that a `\b` beside the group can be one lookaround,
 * as beside a plain letter (policy-lint-regex.ts). A group this does not understand (a lookaround,
 * a named or nested group at an alternative's edge, an empty alternative) counts as neither.
 */

const ASCII_WORD = /^[A-Za-z0-9_]$/;
const OPTIONAL = /^[?*{]$/;

export interface GroupEdges {
  /** Index of the group's ")" atom. */
  close: number;
  /** Every alternative starts with an ASCII word character that must be there. */
  startsWithWord: boolean;
  /** Every alternative ends with an ASCII word character that must be there. */
  endsWithWord: boolean;
}

interface Open {
  open: number;
  /** Where the group's content starts (after "(?:"), or -1 for a group this does not read. */
  content: number;
  alternatives: { first: number; last: number }[];
  current: number;
}

function wordAt(atoms: readonly string[], index: number): boolean {
  return index >= 0 && ASCII_WORD.test(atoms[index] ?? '');
}

function edgesOf(atoms: readonly string[], group: Open, close: number): GroupEdges {
  const alternatives = [...group.alternatives, { first: group.current, last: close - 1 }];
  const readable = group.content >= 0 && alternatives.every((alt) => alt.last >= alt.first);
  return {
    close,
    startsWithWord: readable && alternatives.every((alt) => wordAt(atoms, alt.first) && !OPTIONAL.test(atoms[alt.first + 1] ?? '')),
    endsWithWord: readable && alternatives.every((alt) => wordAt(atoms, alt.last)),
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
      const edges = edgesOf(atoms, group, i);
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
