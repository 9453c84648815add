/**
 * The closing line of a mail ("Thanks,", "Merci beaucoup Jean", "감사합니다"): it and the
 * signature after it carry no intent. A closing line that asks for something ("Merci d'annuler ma
 * commande.", "Thanks in advance for sending the label") is the message's last request, not a
 * sign-off, so it is kept. Complements that ask: sign-off-asks.json; ask cues: request-cues.json.
 */
import { asks } from '@/lib/suggest/ask-cues';
import data from '@/lib/suggest/sign-off-asks.json';

/** A sign-off alone on its line; what follows it (name, company) is the signature. Group 2 is what follows the thank-you words. */
export const SIGN_OFF =
  /^(thanks?( you)?( so much| in advance| again)?|many thanks|thx|cheers|best( regards| wishes)?|kind regards|regards|warm regards|sincerely|yours( truly| sincerely)?|all the best|mit freundlichen gr[üu](ß|ss)en|viele gr[üu](ß|ss)e|liebe gr[üu](ß|ss)e|beste gr[üu](ß|ss)e|(freundliche|herzliche|sportliche|sch[öo]ne) gr[üu](ß|ss)e|gr[üu](ß|ss)e?|danke( sch[öo]n)?|vielen dank|saludos( cordiales)?|un saludo|atentamente|gracias|(muchas|mil) gracias|(bien |tr[èe]s )?cordialement|bien [àa] vous|au plaisir( d'[ée]changer| de vous lire)?|merci( beaucoup| d'avance)?|salutations|(bonne|belle) journ[ée]e|감사합니다|고맙습니다|수고하세요|수고하십시오|(何卒)?よろしくお願い(いた|致)?します|(何卒)?よろしくお願い申し上げます|ありがとうございます)[\s,.!]*(?<tail>[\p{L}' .-]{0,40})?$/iu;

const ASKING_COMPLEMENTS = Object.values(data.complements)
  .flat()
  .map((source) => new RegExp(source, 'iu'));

/** True for a closing line with nothing asked after its thank-you (a name, "for your help", nothing). */
export function isSignOff(line: string): boolean {
  const match = SIGN_OFF.exec(line.normalize('NFKC').replaceAll('\u2019', "'"));
  if (!match) return false;
  const tail = match.groups?.tail?.trim() ?? '';
  return !tail || !(asks(tail) || ASKING_COMPLEMENTS.some((complement) => complement.test(tail)));
}
