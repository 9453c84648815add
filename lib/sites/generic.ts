/**
 * The generic adapter: reads a conversation on a page no adapter knows, from the page's structure
 * (repeated message blocks with sender lines, the heading above them, the editable field for the
 * reply). It is never picked by URL — it matches nothing — and runs only when the agent asks for it
 * (context menu, keyboard command, or "Always read this site"). Its confidence is honest: a guess
 * never reads as certain.
 */
import type { Thread, ThreadMessage } from '@/lib/schemas/ticket';
import type { SiteAdapter } from './types';
import { findMessageBlocks, isPageChrome, type BlockKind } from './generic-blocks';
import { readGenericMessage, type GenericMessage } from './generic-message';
import { findGenericReplyBox, insertGenericReply } from './generic-reply-box';
import { assignRoles, findSignedInUser, type RoleEvidence } from './generic-roles';
import { HEADING } from './generic-selectors';
import { confidence } from './confidence';
import { neverThrows } from './never-throws';
import { singleLine } from './text';
import { chronological } from './time';

const BLOCK_SCORE: Record<BlockKind, number> = { semantic: 0.8, named: 0.7, repeated: 0.5 };
const ROLE_SCORE: Record<RoleEvidence, number> = { 'signed-in': 0.9, classes: 0.8, 'one-author': 0.6, authors: 0.4 };
/** Headings that name a section, not the ticket. */
const SECTION_LABEL = /^(?:conversation|messages?|replies|comments?|thread|history|activity|timeline|verlauf|nachrichten|antworten|kommentare)$/i;
const MAX_HEADINGS = 100;
/** "Subject | Helpdesk name" in a page title: the site's name is not the subject. */
const TITLE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{1,60}$/;

export const generic = {
  id: 'generic',
  // Never chosen by URL: injected on demand, or registered for origins the agent allowed.
  matches: [],
  isTicketPage: () => true,
  readThread: neverThrows(readThread),
  findReplyBox: findGenericReplyBox,
  insertReply: insertGenericReply,
} satisfies SiteAdapter;

function readThread(doc: Document, url: URL): Thread | null {
  const found = findMessageBlocks(doc);
  if (!found) return null;
  const read = found.blocks.map(readGenericMessage).filter((message): message is GenericMessage => message !== null);
  const ordered = chronological(read);
  if (ordered.length === 0) return null;
  const { roles, customer, evidence } = assignRoles(ordered, findSignedInUser(doc));
  const messages: ThreadMessage[] = ordered.map(({ author, sentAt, text }, index) => ({
    author,
    role: roles[index]!,
    ...(sentAt ? { sentAt } : {}),
    text,
  }));
  const subject = findSubject(doc, found.blocks[0]!);
  const withAuthor = ordered.filter(({ author }) => author.name || author.email).length / ordered.length;
  const parts = [
    BLOCK_SCORE[found.kind] * (ordered.length === 1 ? 0.7 : 1),
    0.4 + 0.5 * withAuthor,
    ROLE_SCORE[evidence],
    subject.score,
  ];
  return { site: 'generic', url: url.href, subject: subject.text, customer, messages, confidence: confidence(parts) };
}

/**
 * The heading nearest above the conversation that is not a section label or page chrome;
 * else the page title without the site's name.
 */
function findSubject(doc: Document, firstBlock: Element): { text: string; score: number } {
  const headings = Array.from(doc.querySelectorAll(HEADING)).slice(0, MAX_HEADINGS);
  let subject = '';
  for (const heading of headings) {
    const before = (heading.compareDocumentPosition(firstBlock) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
    if (!before) break;
    const text = singleLine(heading.textContent, 300);
    if (text.length >= 3 && !SECTION_LABEL.test(text) && !isPageChrome(heading)) subject = text;
  }
  if (subject) return { text: subject, score: 0.8 };
  const title = singleLine(doc.title, 300).replace(TITLE_SUFFIX, '');
  return title ? { text: title, score: 0.4 } : { text: '', score: 0.2 };
}
