/**
 * A message that is a voice note, a video or a photo is still its sender's message (a WhatsApp voice
 * note in a Zendesk messaging log, blind set 16, 2026-12-07). The Ticket has no attachments, only
 * text (DESIGN.md), so such a message's text is what the page gives of it in words: the transcript it
 * folds under the player (a closed <details>, which the text reader skips as unshown), after any words
 * of the message's own; else, when nothing is left, the file names it shows (an image's alt "IMG-….jpg",
 * a download link, the full picture a thumbnail links to: ./structural-linked-image.ts), as an
 * attachments-only message's file chips read.
 */
import { readableText } from './text';
import { singleLine } from './single-line';
import { linkedImageName } from './structural-linked-image';

const PLAYER = 'audio, video';
const FOLDED = 'details:not([open])';
/** A file link or a picture named by its file: an attachment, not an icon or an avatar. */
const FILE = 'a[download], img[alt]';
const FILE_NAME = /^[^\s/\\]{1,120}\.[a-z\d]{2,5}$/i;
/** Folded transcripts and files looked at in a block. */
const MAX_ITEMS = 4;

/** The block's text with its media in words: `shown` is what the page shows as its text. */
export function withMediaText(block: Element, shown: string): string {
  const transcript = block.querySelector(PLAYER) ? foldedTranscripts(block) : '';
  // A duration ("0:24") is the player's, not words of the message.
  const words = /\p{L}/u.test(shown) ? shown : '';
  if (transcript) return [words, transcript].filter(Boolean).join('\n\n');
  return shown || fileNames(block);
}

/** The text of the block's closed <details>, without their summaries ("Automatic transcript"). */
function foldedTranscripts(block: Element): string {
  const texts: string[] = [];
  for (const details of Array.from(block.querySelectorAll(FOLDED)).slice(0, MAX_ITEMS)) {
    const parts = Array.from(details.childNodes, (node) =>
      node.nodeType === 3
        ? node.nodeValue
        : node.nodeType === 1 && (node as Element).localName !== 'summary'
          ? readableText(node as Element)
          : '',
    );
    const text = singleLine(parts.join(' '), 5000);
    if (text) texts.push(text);
  }
  return texts.join('\n\n');
}

function fileNames(block: Element): string {
  const files = Array.from(block.querySelectorAll(FILE)).slice(0, MAX_ITEMS);
  return files
    .map((file) => singleLine(file.localName === 'img' ? file.getAttribute('alt') : file.textContent, 200))
    .map((name, index) => (FILE_NAME.test(name) ? name : linkedImageName(files[index]!)))
    .filter(Boolean)
    .join('\n');
}
