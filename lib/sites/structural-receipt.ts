/**
 * A chat shows a delivery or read receipt as a line of its own beside a message ("Delivered",
 * "Seen 14:02", "Envoyé", "既読"): the page's status of the message, not words its sender wrote, and
 * where no element marks the message's body it ended the text read. The message's last lines are
 * left out while each is such a receipt (the words alone, or with a short time or date) and the whole
 * text of one element of the block (not a paragraph of the message), in the languages of
 * structural-receipt-words.json.
 */
import { phrases } from './structural-phrases';
import { fromWords } from './reader-words';
import { singleLine } from './single-line';

const RECEIPT = fromWords((words) => phrases(words.receipts));
/** A receipt's time or date after its word: "14:02", "· 3 Dec", "à 21 h 47". */
const MAX_TIME = 24;
/** Last lines looked at: a receipt and a time under it at most. */
const MAX_LINES = 2;

/** A receipt line naming its reader: the receipt word, a short word ("by", "von") at most, a name. */
const MAX_RECEIPT_LINE = 80;

/**
 * A line of its own saying who has seen the conversation ("Seen by Ploy S.", "Gelesen von Ploy S."):
 * a receipt word first, then at most one word, then the name of one who wrote in it (`names`, lower
 * case). The page's status, not a message; naming a participant keeps "Received the box, thanks" a message.
 */
export function isReceiptNaming(text: string, names: string[]): boolean {
  const line = singleLine(text, MAX_RECEIPT_LINE + 1).toLowerCase();
  const match = RECEIPT().exec(line);
  if (!match || match.index > 1 || line.length > MAX_RECEIPT_LINE) return false;
  const rest = line.slice(match.index + match[0].length).trim();
  return names.some((name) => name.length > 1 && rest.endsWith(name) && rest.slice(0, -name.length).trim().split(/\s+/).length <= 1);
}

export function withoutReceipt(text: string, block: Element): string {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 1 && lines.length - end < MAX_LINES && isReceipt(singleLine(lines[end - 1]), block)) end--;
  return end === lines.length ? text : lines.slice(0, end).join('\n').trim();
}

function isReceipt(line: string, block: Element): boolean {
  const match = RECEIPT().exec(line);
  if (!match || match.index > 1) return false;
  // What follows the word is nothing, or a short time or date: "Delivered to the buyer in Korean." is a sentence.
  const rest = line.slice(match.index + match[0].length).trim();
  if (rest && (rest.length > MAX_TIME || !/\d/.test(rest))) return false;
  return ownElement(line, block);
}

/**
 * The line is all an element of the block says, and that element is no paragraph of the message.
 * querySelectorAll, not getElementsByTagName('*'): linkedom (the command line's parser) lists no
 * element for the latter, and `extract` kept eBay's "Read" in the seller's message (blind 18).
 */
function ownElement(line: string, block: Element): boolean {
  const elements = block.querySelectorAll('*');
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]!;
    if (element.localName !== 'p' && singleLine(element.textContent, line.length + 1) === line) return true;
  }
  return false;
}
