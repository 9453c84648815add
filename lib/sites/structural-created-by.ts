/**
 * A message whose header says it was created by someone other than its sender ("Telefon (eingehend) ·
 * erstellt von Tobias Brandt" under the caller's name, a Zammad-like phone article, blind set 16): an
 * agent wrote it into the ticket for the customer shown as its sender, so its words are ours. Created
 * by its own sender ("created by Jane" on Jane's web-form message) says nothing.
 */
import type { GenericMessage } from '@/lib/sites/generic-message';
import { escapeRegExp } from '@/lib/sites/escape-regexp';
import { fromWords } from '@/lib/sites/reader-words';

/** The label near the header's end, and the name after it (the time may follow it). */
const CREATED_BY = fromWords(
  (words) => new RegExp(`(?:^|[^\\p{L}])(?:${words.createdByLabels.map(escapeRegExp).join('|')})\\s+(\\p{L}[^<>@]{1,60})$`, 'iu'),
);

export function createdByOther({ header, author }: GenericMessage): boolean {
  const creator = CREATED_BY().exec(header)?.[1]?.trim().toLowerCase();
  const sender = author.name?.toLowerCase();
  return !!creator && !!sender && !creator.startsWith(sender);
}
