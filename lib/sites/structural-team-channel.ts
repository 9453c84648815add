/**
 * A team's own channel beside the mail: shared inboxes show teammates' chat posts between the mail
 * cards, in markup of their own. When a build hashes the class words that marked them (`--team`),
 * what is left is the structure: the kind of block (./structural-kinds.ts) that holds the first
 * author's mail also holds our reply to it, and another kind is written only by people who never
 * write in it. Those people talk beside the conversation, not in it: they are the team.
 */
import type { Role } from '@/lib/schemas/ticket';

/**
 * `decided`: each message's role where evidence gave one (null where it is only the default);
 * `keys`: each message's author key ('' when unsigned). Fills in the team channel's posts.
 */
export function teamChannelRoles(kinds: string[], keys: string[], decided: Array<Role | null>): Array<Role | null> {
  const mail = kinds[0];
  const first = keys[0];
  if (!first || decided[0] === 'agent') return decided;
  const mailAuthors = new Set(keys.filter((_, index) => kinds[index] === mail));
  // The mail kind must show the conversation itself: the first author and one of us answering.
  if (!keys.some((key, index) => kinds[index] === mail && key !== first && decided[index] === 'agent')) return decided;
  const channel = new Set<string>();
  const mixed = new Set<string>();
  kinds.forEach((kind, index) => {
    if (kind === mail) return;
    // An unsigned post, a customer's, or one by someone who writes mail too: not a side channel.
    if (!keys[index] || decided[index] === 'customer' || mailAuthors.has(keys[index]!)) mixed.add(kind);
    else channel.add(kind);
  });
  return decided.map((role, index) => role ?? (channel.has(kinds[index]!) && !mixed.has(kinds[index]!) ? 'agent' : null));
}
