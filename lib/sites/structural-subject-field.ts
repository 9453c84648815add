/**
 * The subject field of a ticket header: an input the page names for the subject (`aria-label`,
 * `name`, a class "subject"), or one whose accessible label is the word "subject" in the page's own
 * language ("Betreff", "Assunto", "主旨", "Předmět"; structural-subject-words.json's field labels).
 * A localized helpdesk labels its subject field in the agent's language, and a production build
 * strips the test ids that named it (layout mutations, 2026-12-07): the label is what stays.
 * Only the whole label counts: "Search subjects" or "Subject line template" is no subject field.
 */
import { SUBJECT_FIELD, SUBJECT_NAMED } from './generic-selectors';
import { fromWords } from './reader-words';

/** Inputs looked at as subject fields beside those named for the subject. */
export const LABELLED_INPUT = 'input[aria-label]';

const SUBJECT_LABEL = fromWords((words) => new RegExp(`^\\s*(?:${words.fieldLabels})\\s*[:：]?\\s*$`, 'iu'));

export function isSubjectField(input: Element): boolean {
  return input.matches(`${SUBJECT_FIELD}, ${SUBJECT_NAMED}`) || SUBJECT_LABEL().test(input.getAttribute('aria-label') ?? '');
}
