/**
 * A line of a message block's header (./generic-message-text.ts): the sender, the time, a "From:"/
 * "Sent:" row, a recipient row naming us, avatar initials or an icon glyph — not the message's words.
 */
import { ADDRESSEE_LABEL } from './structural-header-row';
import { FROM_LABEL } from './from-label';
import { fromWords, phraseAlternation } from './reader-words';
import { isDateLine } from './generic-date-line';

/** Header rows a message view writes above the text: recipients, "From:" (./from-label.ts), "Sent:" rows (several languages). */
const HEADER_ROW = new RegExp(
  `${/^(?:(?:to|an|à|a|para|aan|cc)\s+[^.!?]{1,60}$|(?:to|sent|date|an|gesendet|para|enviado|envoyé|inviato|a|verzonden|aan)\s*:\s*\S.{0,120}$)/.source}|${FROM_LABEL.source}\\S.{0,120}$`,
  'iu',
);
/**
 * A recipient row without a colon that names us among the addressees, in any language the word
 * lists know: "till mig, Peter", "to Jana, me", "do mnie" (addressee labels, header-row words; "me"
 * words, the self names). Us among them is what tells it from a first line starting "To"/"Do".
 * Some languages write "to me" as one phrase ("나에게", "自分宛", "alıcı: ben": header-row words' toUsLines).
 */
const TO_US = fromWords((words) => {
  const us = words.selfAuthorNames.join('|');
  return new RegExp(
    `^(?:(?:${phraseAlternation(words.addresseeLabels)})\\s+(?:[^.!?:]{0,60},\\s*)?(?:${us})|${phraseAlternation(words.toUsLines)})(?:,[^.!?:]{0,60})?$`,
    'iu',
  );
});
/** What a header line may say besides its header parts (the sender, the time): "replied", a recipient row. */
const HEADER_EXTRA_CHARS = 60;

/** Whether `line` is a header line, given the block's own header parts (`header`: sender, address, times, recipients). */
export function isHeaderLine(line: string, header: string[]): boolean {
  if (
    line.length <= 3 ||
    !/\p{L}/u.test(line) ||
    HEADER_ROW.test(line) ||
    TO_US().test(line) ||
    ADDRESSEE_LABEL().exec(line)?.index === 0 ||
    isDateLine(line)
  )
    return true;
  // A line holding the sender, beside a few other words: the header parts in it (the name and the time, "Ana Ruiz
  // replied by e-mail to: shop@… 5 Dec, 18:30") are not counted against the few words.
  const inLine = header.filter((part) => line.includes(part));
  // Each part counted once, and not when another part holds it (the name in the sender line).
  const parts = inLine.filter(
    (part, index) => inLine.indexOf(part) === index && !inLine.some((other) => other !== part && other.includes(part)),
  );
  return parts.length > 0 && line.length <= parts.reduce((length, part) => length + part.length, 0) + HEADER_EXTRA_CHARS;
}
