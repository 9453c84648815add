/**
 * One mail whose body quotes the earlier ones under header blocks ("De: … / Enviado: … / Para: … /
 * Asunto: …", as Outlook writes them with conversation view off): those blocks repeat and carry a
 * "From:" row, so they look like a conversation's messages, yet each is only a header — its quoted
 * text follows it as a sibling. When every block found is such a header, the conversation is the
 * one mail around them: the nearest ancestor that shows a sender of its own. Its whole body is read
 * and lib/ticket's reply stripper (which knows the header words of many languages) cuts the history.
 * Told by shape, not words: every line of the block is "Label: value".
 */
import { SENDER_CUE } from './generic-selectors';
import { readableText } from './text';

/** From, Sent, To and Subject: a quote header has at least three of its rows. */
const MIN_HEADER_LINES = 3;
/** A header label: one to a few words before a colon ("Enviado:", "E-mail-Adresse:", "보낸 사람:"). */
const LABEL_LINE = /^\s*\p{L}[\p{L}\p{M} .'-]{0,24}\s?[:：]/u;
/** Levels above the headers' parent where the mail's own header may be. */
const MAX_LEVELS = 6;

/** Whether the block says nothing but header rows. */
export function isQuoteHeader(block: Element): boolean {
  const lines = readableText(block)
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.length >= MIN_HEADER_LINES && lines.every((line) => LABEL_LINE.test(line));
}

/** The mail that quotes the blocks, when all of them are quote headers; null otherwise. */
export function mailAroundQuotes(blocks: readonly Element[]): Element | null {
  const body = blocks[0]?.parentElement;
  if (!body || !blocks.every(isQuoteHeader)) return null;
  let mail: Element | null = body.parentElement;
  for (let level = 0; mail && level < MAX_LEVELS; level++, mail = mail.parentElement) {
    const cue = mail.querySelector(SENDER_CUE);
    if (cue && !body.contains(cue)) return mail;
  }
  return null;
}
