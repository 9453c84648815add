/**
 * A heading that names a part of the page (the messages, a log, a contact card, an AI summary card;
 * structural-subject-words.json's sectionLabels), never the conversation's subject. Compared without
 * the icons and punctuation around its words ("✨ Summary", "Résumé IA :"), which a build may write
 * as text where another drew them with a class.
 */
import { readerWords } from './reader-words';

const AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function isSectionLabel(headingText: string): boolean {
  return readerWords().sectionLabels.includes(headingText.toLowerCase().replace(AROUND, ''));
}
