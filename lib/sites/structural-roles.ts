/**
 * Customer or agent, for every message of a conversation read structurally, from the best evidence
 * the page offers, strongest first: one of us wrote it (the signed-in account, the shop's names and
 * addresses, "You"/"me" as the sender); a label says so ("Internal note", "Sent by you", in nine
 * languages), or a header addresses the first author ("To: Ana"); class words some blocks have and
 * others lack (`message--agent`, `outgoing`, `internal`); the side a chat layout puts it on. An author once known as an agent is an agent in
 * every message. With no evidence at all, whoever answered the first author last is the agent. A
 * delivery-failure report is the mail system's ("system", ./structural-delivery-report.ts): left out
 * while the others' roles are weighed, so it never stands for "whoever answered".
 */
import type { Person, Role } from '@/lib/schemas/ticket';
import type { GenericMessage } from './generic-message';
import { isSelf, type Identity } from './structural-identity';
import { automatedReplies } from './structural-automated';
import { AGENT_LABEL } from './structural-our-marks';
import { teamKindRoles } from './structural-kinds';
import { teamChannelRoles } from './structural-team-channel';
import { customerBehindRelay } from './form-relay';
import { repliesToFirstAuthor } from './structural-recipient';
import { isDeliveryReport } from './structural-delivery-report';
import { createdByOther } from '@/lib/sites/structural-created-by';
import { listedBesideOurs } from '@/lib/sites/structural-listed-ours';
import { classesOf, classKindRoles } from '@/lib/sites/structural-class-kinds';
import { classRoles, sideRoles } from '@/lib/sites/structural-class-roles';
import { authorKeys, mostFrequentCustomer } from '@/lib/sites/structural-author-keys';

export type RoleEvidence = 'signed-in' | 'labels' | 'title' | 'classes' | 'side' | 'authors' | 'one-author';

export interface Roles {
  roles: Role[];
  customer: Person;
  evidence: RoleEvidence;
}

type Vote = { role: Role; by: RoleEvidence } | null;
const STRENGTH: RoleEvidence[] = ['signed-in', 'labels', 'title', 'classes', 'side'];

/**
 * `title` is what the conversation is headed by: a page that heads it with a person's name
 * ("Amelia Clarke", "Conversation with Amelia Clarke") names the customer. `lists`: the lists of
 * names outside the conversation (./structural-listed-ours.ts), lower case.
 */
export function assignRoles(messages: GenericMessage[], identity: Identity, title = '', lists: readonly string[][] = []): Roles {
  const reports = messages.map(({ author }) => isDeliveryReport(author));
  if (!reports.includes(true) || !reports.includes(false)) return rolesOf(messages, identity, title, lists);
  const read = rolesOf(
    messages.filter((_, index) => !reports[index]),
    identity,
    title,
    lists,
  );
  let next = 0;
  return { ...read, roles: reports.map((report): Role => (report ? 'system' : read.roles[next++]!)) };
}

function rolesOf(messages: GenericMessage[], identity: Identity, title: string, lists: readonly string[][]): Roles {
  const keys = authorKeys(messages);
  const heading = title.toLowerCase();
  const titled = messages.map(
    ({ author }) =>
      !!author.name &&
      author.name.length >= 3 &&
      (heading === author.name.toLowerCase() || heading.endsWith(` ${author.name.toLowerCase()}`)),
  );
  const customerKey = titled.includes(true) ? keys[titled.indexOf(true)] : undefined;
  const byClass = classRoles(messages);
  const bySide = sideRoles(messages);
  const automated = automatedReplies(messages);
  const replies = repliesToFirstAuthor(messages);
  // Typed in by an agent for the sender shown: the block is ours, its sender is still the customer.
  const typedForSender = messages.map(createdByOther);
  const votes: Vote[] = messages.map((message, index) => {
    // A shop's form mailer writes under the shop's name, yet relays a customer (./form-relay.ts).
    if (message.relayed) return { role: 'customer', by: 'signed-in' };
    if (isSelf(message.author, identity)) return { role: 'agent', by: 'signed-in' };
    // Written into the ticket by an agent for the sender shown (./structural-created-by.ts) is ours too.
    if (AGENT_LABEL().test(message.header) || message.ours || automated[index] || replies[index] || typedForSender[index])
      return { role: 'agent', by: 'labels' };
    if (customerKey) return { role: keys[index] === customerKey ? 'customer' : 'agent', by: 'title' };
    if (byClass[index]) return { role: byClass[index]!, by: 'classes' };
    if (bySide[index]) return { role: bySide[index]!, by: 'side' };
    return null;
  });
  // A writer the page lists beside one of us (a ticket's followers) is ours (./structural-listed-ours.ts).
  const names = messages.map(({ author }) => author.name?.toLowerCase() ?? '');
  const ours = new Set([
    ...identity.names,
    ...names.filter((name, index) => name && votes[index]?.role === 'agent' && !typedForSender[index]),
  ]);
  listedBesideOurs(names, ours, lists).forEach((listed, index) => {
    if (listed && !votes[index]) votes[index] = { role: 'agent', by: 'labels' };
  });
  if (votes.every((vote) => vote === null)) return byAuthors(messages, keys);
  // An author's strongest vote decides all their messages.
  const byAuthor = new Map<string, NonNullable<Vote> & { name?: string }>();
  votes.forEach((vote, index) => {
    const key = keys[index]!;
    if (!vote || !key || typedForSender[index]) return;
    const known = byAuthor.get(key);
    if (!known || STRENGTH.indexOf(vote.by) < STRENGTH.indexOf(known.by))
      byAuthor.set(key, { ...vote, name: messages[index]!.author.name?.toLowerCase() });
  });
  // A block's own weaker vote gives way to its writer's stronger one: a colleague's forward comes in like a customer's
  // mail (`is-incoming`), yet his internal note says who he is (blind set 16's Freshdesk page, 2026-12-07). Only when
  // the stronger vote is the same writer's by name too: a header that names someone else's address gives two writers one key.
  const decided = messages.map((message, index) => {
    const own = votes[index];
    if (typedForSender[index]) return own!.role;
    const best = byAuthor.get(keys[index]!);
    const same = best && (!own || best.name === message.author.name?.toLowerCase());
    return (same && (!own || STRENGTH.indexOf(best.by) < STRENGTH.indexOf(own.by)) ? best : own)?.role ?? null;
  });
  const kinds = messages.map((message) => message.kind);
  // A hashed build's classes still sort the blocks into the sides' kinds (./structural-class-kinds.ts).
  const byKind = classKindRoles(classesOf(messages), keys, decided, customerKey ?? keys.find(Boolean));
  const roles = teamChannelRoles(kinds, keys, teamKindRoles(kinds, byKind)).map((role): Role => role ?? 'customer');
  const used = votes.filter((vote) => vote?.role === 'agent').map((vote) => vote!.by);
  const evidence = STRENGTH.find((kind) => used.includes(kind)) ?? STRENGTH.find((kind) => votes.some((vote) => vote?.by === kind))!;
  return { roles, customer: customerBehindRelay(mostFrequentCustomer(messages, keys, roles), messages), evidence };
}

function byAuthors(messages: GenericMessage[], keys: string[]): Roles {
  const first = keys.find(Boolean);
  const agent = [...keys].reverse().find((key) => key && key !== first);
  // A third writer, or none shown, is ours without the class all the customer's messages carry (./structural-class-kinds.ts).
  const guessed = keys.map((key): Role | null => (key && key === first ? 'customer' : agent && key === agent ? 'agent' : null));
  const roles = classKindRoles(classesOf(messages), keys, guessed, first, true).map((role): Role => role ?? 'customer');
  return { roles, customer: mostFrequentCustomer(messages, keys, roles), evidence: agent ? 'authors' : 'one-author' };
}
