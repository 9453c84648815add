/**
 * What a page writes beside an author's name that is not the name: the person's other identities,
 * a phone number ("Luana Ribeiro +55 21 98832-4407", a WhatsApp or SMS contact) or a handle ("Ana
 * Lima @ana.lima"). A name that is nothing but a number is kept as it is (a contact known only by
 * it). The message's time in the same row is left out where the row is read (generic-message.ts).
 * Nor are the avatar's initials a page renders just before the name ("FAFernanda Almeida": the text
 * of an avatar and a name side by side), or the channel a helpdesk writes after it ("por e-mail",
 * "via Web", "über E-Mail", "メール経由"; name-channel-words.json), nor the "From:" label of a
 * mail header row the name was read from ("Od: Tomasz Kaczmarek", "From Lucas Oliveira").
 */
import { BARE_FROM_LABEL, FROM_LABEL } from './from-label';
import { fromWords } from './reader-words';

/**
 * A phone number: seven digits or more, written with a plus or in groups (spaces, dots, dashes,
 * brackets) — one run of digits alone is rather an order or an account number.
 */
const PHONE = /[\s,·•|–-]+(\(?\+?\d(?:[\s().-]{0,2}\d){6,17}\)?)$/u;
const HANDLE = /[\s,·•|–-]+\(?@[\p{L}\d_.]{2,40}\)?$/u;

/** "via", "über", "par", "por", "tramite" and what follows end a name; so does "…経由" (by way of). */
const CHANNEL = fromWords((words) => new RegExp(`\\s+(?:${words.channelBefore})\\s+\\S.*$|\\s*\\S+(?:${words.channelGlued})$`, 'iu'));
/**
 * Two capitals glued to (or spaced from) a name whose words start with them: the avatar's initials
 * ("FAFernanda Almeida", "LB Lia Barros"), never "AJ Smith" or "MC Hammer".
 */
const INITIALS = /^(\p{Lu})(\p{Lu})\s?(?=\1\p{Ll}+[\s-](?:\S+\s)*\2)/u;

/** The name without the header label or the avatar's initials before it, and the channel, phone number or handle after it. */
export function nameWithoutExtras(name: string): string {
  const phone = PHONE.exec(name);
  const rest = (phone && /^\(?\+|\d[\s().-]/.test(phone[1]!) ? name.slice(0, phone.index) : name)
    .replace(HANDLE, '')
    .replace(CHANNEL(), '')
    .replace(FROM_LABEL, '')
    .replace(BARE_FROM_LABEL, '')
    .replace(INITIALS, '');
  return /\p{L}{2}/u.test(rest) ? rest : name;
}
