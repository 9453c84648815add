/**
 * The structural reader: reads a conversation from the page's structure alone (repeated message
 * blocks with sender lines, the heading above them), given what the site knows (StructuralHints).
 * The generic adapter calls it for pages no adapter knows; the reading engine calls it when a site's
 * selectors find nothing. Its confidence is honest: a guess never reads as certain.
 * Content-script safe: no zod, no getComputedStyle, bounded work on any page.
 */
import type { Thread, ThreadMessage } from '@/lib/schemas/ticket';
import type { StructuralHints } from './structural-hints';
import { findMessageBlocks, type BlockKind } from './generic-blocks';
import { inContainers } from './structural-containers';
import { withOriginalBelow } from './structural-original-below';
import { readWithoutFolded } from './structural-folded';
import { assignRoles, type RoleEvidence } from './structural-roles';
import { findPageIdentity } from './structural-identity';
import { findCustomerCard } from './structural-customer';
import { findNameLists } from './structural-listed-ours';
import { findSubject } from './structural-subject';
import { confidence } from './confidence';
import { chronological } from './time';
import { shownNewestFirst } from './shown-order';
import { withoutEvents } from './structural-events';
import { withoutDrafts } from './structural-draft';
import { customerFromTitle } from './structural-title-name';
import { customerFromHeading } from './structural-heading-name';
import { withDisplayName } from './structural-display-name';
import { withPaneTitle } from './structural-pane-title';
import { findSingleMail } from './structural-single-mail';
import { composedDocument } from './shadow-composed';
import { withChainOut, withNestedMessagesOut } from './structural-unclosed';

const BLOCK_SCORE: Record<BlockKind, number> = { semantic: 0.8, named: 0.7, repeated: 0.5 };
const ROLE_SCORE: Record<RoleEvidence, number> = {
  'signed-in': 0.9,
  labels: 0.85,
  title: 0.8,
  classes: 0.8,
  side: 0.7,
  'one-author': 0.6,
  authors: 0.4,
};
/** The newest messages read: an older history adds nothing an agent answers. */
export const MAX_STRUCTURAL_MESSAGES = 200;

export function readStructurally(document: Document, url: URL, hints: StructuralHints): Thread | null {
  try {
    // Messages a page renders in open shadow roots are read from its composed copy (./shadow-composed.ts).
    return readPage(composedDocument(document), url, hints);
  } catch {
    // A hostile or half-loaded page means "no conversation here", never an exception into the page.
    return null;
  }
}

/** `copied`: `doc` is already the copy with nested messages put out, read as it is. */
function readPage(doc: Document, url: URL, hints: StructuralHints, copied = false): Thread | null {
  // A newest-first page's original message set apart below the replies is the oldest (./structural-original-below.ts).
  const found = withOriginalBelow(inContainers(doc, hints.containerSelectors) ?? findMessageBlocks(doc));
  // A message nested in the one before by a tag the page left unclosed is read beside it (./structural-unclosed.ts).
  const unnested = copied ? null : found ? withNestedMessagesOut(doc, found.blocks) : withChainOut(doc);
  if (unnested) return readPage(unnested, url, hints, true);
  // No conversation of blocks: one opened mail shown whole is one (./structural-single-mail.ts).
  const single = found ? null : findSingleMail(doc);
  const blocks = found?.blocks.slice(-MAX_STRUCTURAL_MESSAGES) ?? (single && [single.container]);
  if (!blocks) return null;
  const { read, folded } = single ? { read: [single.message], folded: 0 } : readWithoutFolded(withoutDrafts(blocks));
  const messagesRead = withoutEvents(read);
  const newestFirst = shownNewestFirst(messagesRead);
  const ordered = chronological(messagesRead, newestFirst).slice(-MAX_STRUCTURAL_MESSAGES);
  if (ordered.length === 0) return null;
  const conversation = single?.container ?? blocks[0]!.parentElement;
  const identity = degrading(() => findPageIdentity(doc, hints.self, conversation), {
    names: hints.self?.names.map((name) => name.toLowerCase()) ?? [],
    emails: hints.self?.emails.map((email) => email.toLowerCase()) ?? [],
  });
  // A heading or pane title naming a read message's author names who the thread is with, not what it is about.
  const authors = ordered.map(({ author }) => author.name ?? '');
  const subject = single?.subject
    ? { text: single.subject, score: 0.7 }
    : degrading(
        () => withPaneTitle(findSubject(doc, blocks[0]!, authors, newestFirst ? blocks.at(-1) : undefined), conversation, authors),
        { text: '', score: 0.2 },
      );
  const lists = degrading(() => findNameLists(doc, conversation), []);
  const { roles, customer: fromMessages, evidence } = assignRoles(ordered, identity, subject.text, lists);
  const card = degrading(() => findCustomerCard(doc, fromMessages, conversation, identity.emails), fromMessages);
  // A chat (roles by side or by bubble classes) with no author shown is titled by the other party.
  const chat = (evidence === 'side' || evidence === 'classes') && !card.name && !card.email;
  const titled = chat ? (customerFromTitle(subject.text, ordered) ?? customerFromHeading(conversation, ordered)) : null;
  const customer = titled ?? degrading(() => withDisplayName(doc, card, conversation), card);
  const messages: ThreadMessage[] = ordered.map(({ author, sentAt, text }, index) => ({
    author,
    role: roles[index]!,
    ...(sentAt ? { sentAt } : {}),
    text,
  }));
  const withAuthor = ordered.filter(({ author }) => author.name || author.email).length / ordered.length;
  const parts = [
    BLOCK_SCORE[found?.kind ?? 'repeated'] * (ordered.length === 1 ? 0.7 : 1),
    0.4 + 0.5 * withAuthor,
    ROLE_SCORE[evidence],
    subject.score,
  ];
  const earlier = folded > 0 ? { earlierMessages: folded } : {};
  return { site: hints.site, url: url.href, subject: subject.text, customer, messages, confidence: confidence(parts), ...earlier };
}

/** A part of the read that may fail on a pathological page gives way to its fallback, not the whole read. */
function degrading<T>(part: () => T, fallback: T): T {
  try {
    return part();
  } catch {
    return fallback;
  }
}
