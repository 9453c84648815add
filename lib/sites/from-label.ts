/**
 * The "From:" label a mail header writes before the sender, in the languages Deskpilot's agents
 * work in (en, de, fr, es, pt, it, nl, sv/da/no, pl/cs, ja, ko): one list for the content scripts,
 * read by the header-row reader and stripped from names. lib/ticket's reply-words.json holds the
 * longer list the reply stripper uses; it stays out of the content scripts for their size.
 */
export const FROM_LABEL = /^\s*(?:from|von|de|da|van|från|fra|od|差出人|보낸\s?사람)\s*[:：]\s*/iu;
/**
 * The label without its colon ("From Lucas Oliveira", a Zammad-like article header): only the words
 * no name begins with — "de", "da", "van", "von" and "od" begin surnames ("Da Silva", "Van Dijk").
 */
export const BARE_FROM_LABEL = /^\s*(?:from|från|差出人|보낸\s?사람)\s+/iu;
