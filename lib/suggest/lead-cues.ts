/**
 * The words with which a customer points at their main request ("Secondly, and more importantly:",
 * "Aber jetzt zum eigentlichen Thema.") or marks a request as a side question asked first
 * ("vorab:", "Petite question d'abord :"). The lead rule (lead-request.ts) follows what they say
 * over the order they say it in. Cues: lead-cues.json.
 */
import { cueAlternatives, foldForCues } from '@/lib/suggest/cue-pattern';
import cues from '@/lib/suggest/lead-cues.json';

/** Korean and Japanese cues match anywhere (no spaces between words); the rest as whole words. */
const cuePattern = (byLanguage: Record<string, readonly string[]>) => new RegExp(cueAlternatives(byLanguage), 'iu');

const MAIN_POINT = cuePattern(cues.mainPoint);
const ASIDE = cuePattern(cues.aside);
const TAKEN_BACK = cuePattern(cues.takenBack);

/** Where the text first says "what follows is the point" (UTF-16 offset into the text as given), or -1. */
export function mainPointAt(text: string): number {
  return text.search(MAIN_POINT);
}

/** Whether a request's own words call it a side question asked first. */
export function isAside(requestText: string): boolean {
  return ASIDE.test(requestText.normalize('NFKC'));
}

/**
 * Whether a clause takes back an ask made before ("Never mind my last email.", "Finalement ne
 * l'annulez pas !"): it names the withdrawn request's words, so read alone it would be that request.
 */
export function takesBack(clause: string): boolean {
  return TAKEN_BACK.test(clause.normalize('NFKC'));
}

const HEARD_ONLY = cuePattern(cues.heardOnly);

/** Whether a clause says the mail asks for nothing but to be heard ("I'm not asking for anything back", "뭘 해달라는 건 아니고요"). */
export function asksOnlyToBeHeard(clause: string): boolean {
  return HEARD_ONLY.test(foldForCues(clause));
}

const FAULT = cuePattern(cues.fault);
const NO_FAULT = cuePattern(cues.noFault);

/** Whether a clause says what arrived has no fault, only is not to the customer's taste ("Ce n'est pas un défaut", "不良ではないのですが"). */
export function deniesFault(clause: string): boolean {
  return NO_FAULT.test(clause.normalize('NFKC').replaceAll('\u2019', "'"));
}

/** Whether a clause tells of a fault in what arrived ("the left earbud only works sometimes", "a cessé de fonctionner"), not denies one. */
export function tellsFault(clause: string): boolean {
  return FAULT.test(clause.normalize('NFKC')) && !deniesFault(clause);
}

/** A cue that counts only where it opens the clause: "if" and "si" also mean "whether", "but" joins anything mid-sentence. */
const openingPattern = (byLanguage: Record<string, readonly string[]>) => new RegExp(`^(?:${cueAlternatives(byLanguage)})`, 'iu');
/** Korean and Japanese mark a condition by a verb ending ("안 맞으면", "合わなければ"), wherever it stands in the clause. */
const CONDITION = new RegExp(
  `${openingPattern({ ...cues.condition, ko: [], ja: [] }).source}|${cueAlternatives({ ko: cues.condition.ko, ja: cues.condition.ja })}`,
  'iu',
);
const CONTRAST = openingPattern(cues.contrast);

/** Whether a request is asked only if something else fails ("If it isn't here by Friday, refund me", "Falls das nicht geht, …"). */
export function isConditional(requestText: string): boolean {
  return CONDITION.test(requestText.normalize('NFKC').trimStart());
}

/** Whether a clause turns from what went well to what did not ("Only thing: the batteries are missing", "ただ、スプーンが…"). */
export function turnsToProblem(requestText: string): boolean {
  return CONTRAST.test(requestText.normalize('NFKC').trimStart());
}

const ADD_ON = openingPattern(cues.addOn);

/** Whether a request opens by adding itself to the one before ("Also, do you ship to Jersey?", "Und liefern Sie auch …?"). */
export function addsOn(requestText: string): boolean {
  return ADD_ON.test(requestText.normalize('NFKC').trimStart());
}

const UNHARMED = cuePattern(cues.unharmed);

/** Whether a clause says what is inside a battered parcel arrived unharmed ("the lamp itself is totally fine", "Die Vase drin ist zum Glück heil"). */
export function saysUnharmed(clause: string): boolean {
  return UNHARMED.test(foldForCues(clause));
}

const SAME_ADDRESS = cuePattern(cues.sameAddress);

/** Whether a clause keeps the address as it is ("Same address as the order", "an dieselbe Adresse"): no address change asked. */
export function keepsAddress(clause: string): boolean {
  return SAME_ADDRESS.test(foldForCues(clause));
}

const NOT_YET_ORDERED = cuePattern(cues.notYetOrdered);

/** Whether a mail says the customer is still trying to order ("I want to order the sofa", "J'essaie de commander", "注文しようと思って"). */
export function saysNotYetOrdered(text: string): boolean {
  return NOT_YET_ORDERED.test(foldForCues(text));
}
