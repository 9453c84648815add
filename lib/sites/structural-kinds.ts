/**
 * Teammates' internal comments: many helpdesks show them in the conversation's timeline in markup
 * of their own (`comment` beside `message`, a note card beside the mail), written by agents —
 * sometimes by one who never wrote to the customer, so no other evidence names them. A kind of
 * block (tag and first class word) that holds our messages and never the customer's, on a page
 * whose customer writes in another kind, is ours: its unsigned-by-evidence blocks are the agents'.
 */
import type { Role } from '@/lib/schemas/ticket';

/** A block's kind: its tag and first class word, digits ignored (`comment`, `msg-3` = `msg-#`). */
export function blockKind(block: Element): string {
  const first = (block.getAttribute('class') ?? '').slice(0, 200).trim().split(/\s+/, 1)[0] ?? '';
  return `${block.localName}.${first.replace(/\d+/g, '#')}`;
}

/** `decided`: each message's role where evidence gave one (null where it is only the default). */
export function teamKindRoles(kinds: string[], decided: Array<Role | null>): Array<Role | null> {
  const customers = new Set(kinds.filter((_, index) => decided[index] === 'customer'));
  const ours = new Set(kinds.filter((kind, index) => decided[index] === 'agent' && !customers.has(kind)));
  if (customers.size === 0 || ours.size === 0) return decided;
  return decided.map((role, index) => role ?? (ours.has(kinds[index]!) ? 'agent' : null));
}
