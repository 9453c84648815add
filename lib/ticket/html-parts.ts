/**
 * What the mail renderer hands strip-reply-html.ts: the text a reader sees, as strings, and the elements a client
 * marked as quote, signature or header block, set aside as ranges of the HTML to decide on once the mail is read.
 */
import type { ElementKind } from '@/lib/ticket/reply-html-markers';

type SetAsideKind = Exclude<ElementKind, 'history' | 'content'>;
/** An element set aside as a range of the HTML, read only if needed once the message is read. */
export interface SetAside {
  depth: number;
  kind: SetAsideKind;
  start: number;
  end: number;
}
export type Part = string | SetAside;

/**
 * Whether a header block (Outlook's bordered From/Sent/To) below the sender's text ends the reply.
 * `opensWithHeader`: the mail itself opened with one (it passes a message on); `written`: the parts so far.
 */
export type HeaderEndsReply = (html: string, block: SetAside, opensWithHeader: boolean, written: readonly Part[]) => boolean;

/** The text of parts, set-aside elements left out. */
export const joinText = (parts: readonly Part[]) => parts.filter((part): part is string => typeof part === 'string').join('');
