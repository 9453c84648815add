/**
 * Roles from class kinds a build keeps when it hashes its class names (`x1kk2c4 xkdyx71`, CSS
 * modules, atomic CSS): the words that said who wrote a block are gone, yet one side's messages
 * still share a class the other side's lack. Only roles no evidence gave are filled in:
 * - a class our messages carry and the customer's never do makes an unvoted block that carries it
 *   ours; one whose every class the customer's messages carry, and one of them only theirs, is theirs;
 * - a class every message of the customer carries (two or more of them, so it is no "first
 *   message" mark) and no other block does: another writer's unvoted block, without it, is ours.
 */
import type { Role } from '@/lib/schemas/ticket';
import type { GenericMessage } from '@/lib/sites/generic-message';

/** Each read message's class tokens (none for a message read without its block). */
export function classesOf(messages: readonly GenericMessage[]): string[][] {
  return messages.map((message) => message.classes ?? []);
}

/**
 * `classes`: each message's class tokens; `keys`: each message's author key ('' when unsigned);
 * `decided`: each role evidence gave (null where it is only the default); `customerKey`: whose
 * messages are the customer's when no evidence says so (the first author's). `marksOnly`: the
 * agents in `decided` are a guess (the last writer who answered), so only the second rule applies.
 */
export function classKindRoles(
  classes: readonly string[][],
  keys: readonly string[],
  decided: Array<Role | null>,
  customerKey: string | undefined,
  marksOnly = false,
): Array<Role | null> {
  const agentKeys = new Set(keys.filter((key, index) => key && decided[index] === 'agent'));
  // A customer's key that evidence gives one of us (a misread header) leaves no side to anchor on.
  if (classes.length < 3 || !decided.includes(null) || (customerKey && agentKeys.has(customerKey))) return decided;
  const shared = new Set(classes[0]!.filter((token) => classes.every((tokens) => tokens.includes(token))));
  const own = classes.map((tokens) => new Set(tokens.filter((token) => !shared.has(token))));
  const isCustomer = decided.map((role, index) => role === 'customer' || (role === null && !!customerKey && keys[index] === customerKey));
  const carried = (role: 'agent' | 'customer') =>
    new Set(own.flatMap((tokens, index) => ((role === 'agent' ? decided[index] === 'agent' : isCustomer[index]) ? [...tokens] : [])));
  const ours = carried('agent');
  const theirs = carried('customer');
  // The customer's mark: a class all their messages carry (two or more, so no "first message" class) and no other block does.
  const customerBlocks = own.filter((_, index) => isCustomer[index]);
  const others = own.filter((_, index) => !isCustomer[index]);
  const marked =
    customerBlocks.length >= 2 &&
    [...customerBlocks[0]!].some(
      (token) => customerBlocks.every((tokens) => tokens.has(token)) && others.every((tokens) => !tokens.has(token)),
    );
  return decided.map((role, index) => {
    if (role || isCustomer[index]) return role;
    const tokens = [...own[index]!];
    // Another writer (or none shown), without the customer's mark; a block without classes (a bare wrapper) says nothing.
    const unmarked = marked && tokens.length > 0 && keys[index] !== customerKey;
    const agent = unmarked || (!marksOnly && tokens.some((token) => ours.has(token) && !theirs.has(token)));
    // A kind both sides write in (`reply` beside `note`) is no side: every class must be the customer's alone.
    const customer = !marksOnly && !unmarked && tokens.length > 0 && tokens.every((token) => theirs.has(token) && !ours.has(token));
    return agent === customer ? null : agent ? 'agent' : 'customer';
  });
}
