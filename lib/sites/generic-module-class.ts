/**
 * A CSS-module class as build tools name it, `<Component>_<local>__<hash>` (`TicketMessage_fromAgent__2Hk7R`,
 * `ChatRow_isCustomer__x81Qa`; create-react-app's and Next.js's default, Gorgias-like 2026-12-07): the
 * local name says what the element is, in camelCase words; the component's name is the same on every
 * block of the list and the hash says nothing. Read by ./generic-class-words.ts.
 */

/** Component (PascalCase), local name (camelCase or one word), a hash of letters, digits, "-" or "_". */
const MODULE_CLASS = /^[A-Z][A-Za-z\d]*_([a-z][a-zA-Z\d]*)__[\w-]{3,12}$/;

/** The local name's words, lower case: `TicketMessage_fromAgent__2Hk7R` → from, agent. */
export function moduleLocalWords(token: string): string[] {
  const local = MODULE_CLASS.exec(token)?.[1];
  return local
    ? local
        .split(/(?=[A-Z])/)
        .map((part) => part.replace(/\d+/g, '').toLowerCase())
        .filter(Boolean)
    : [];
}
