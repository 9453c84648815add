/**
 * A sales pitch that names no shop word: in one sentence, a complement to what was bought ("the
 * matching napkins", "pairs beautifully with", "a juego", "同じ柄の") with an appeal or a hint that it
 * is for sale ("would finish it off nicely", "si le cœur vous en dit", "세트로 완성", "もございます"), or
 * a phrase that pitches by itself ("to go with it", "completing the look"), or what other buyers
 * (or those who like it) also took ("people who pick up this knife grab the rod too"). Co-occurrence,
 * not phrases: a complement alone ("the adapter pairs with the 2023 model") is advice about the
 * buyer's own order, and a sentence about a replacement or a missing part is service. And a product of ours said
 * to fit what the buyer has ("the ones we make fit your dripper", "Zu Ihrem Block passt der Wetzstahl aus derselben
 * Serie"), even without a link or a price — unless it answers the buyer's own question, there or just before
 * (policy-lint-answered.ts; here a word on their order or on a check we made counts as an answer too). So is a product of
 * ours or a complement said to be on offer now ("many of our customers pick our descaler, now in a twin pack"), with
 * the same exceptions.
 * Cues: policy-lint-pitch.json.
 */
import { answersTheBuyer } from '@/lib/suggest/policy-lint-answered';
import { clausesOf } from '@/lib/suggest/policy-lint-clause';
import type { Span } from '@/lib/suggest/policy-lint-types';
import asked from '@/lib/suggest/policy-lint-asked.json';
import cues from '@/lib/suggest/policy-lint-pitch.json';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';

const PITCH_PHRASE = anyOf(cues.pitchPhrase);
const COMPLEMENT = anyOf(cues.complement);
const APPEAL = anyOf(cues.appeal);
const FOR_SALE = anyOf(cues.forSale);
const CROWD = anyOf(cues.crowd);
const ALSO = anyOf(cues.also);
const SERVICE = anyOf(cues.service);
const FITS_THEIRS = anyOf(cues.fitsTheirs);
const MADE_BY_US = anyOf(cues.madeByUs);
const ON_OFFER = anyOf(cues.onOffer);
const SOLD_SEPARATELY = anyOf(cues.soldSeparately);
const EVEN_EASIER = anyOf(cues.evenEasier);
const USE_IT = anyOf(cues.useIt);
const WE_SELL = anyOf(cues.weSell);
/** The buyer's own question, or a word on their order or on a check we made. */
const ANSWERS = anyOf([...asked.asked, ...cues.answers]);
/** Counted, not tested: "who bought X also grab Y" takes two acts of buying (or of liking, then buying). */
const ACQUIRE = anyOf(cues.acquire, 'giu');

/** Cheapest and rarest cues first: V8 compiles a pattern at its first match, and most replies never reach the later ones. */
function pitches(sentence: string): boolean {
  const complementSold = PITCH_PHRASE.test(sentence) || (COMPLEMENT.test(sentence) && (APPEAL.test(sentence) || FOR_SALE.test(sentence)));
  const crowdAlsoBuys = !complementSold && ALSO.test(sentence) && CROWD.test(sentence) && [...sentence.matchAll(ACQUIRE)].length >= 2;
  if (!complementSold && !crowdAlsoBuys) return false;
  return !SERVICE.test(sentence) || (complementSold && complementBesideService(sentence));
}

/**
 * "Sorry for the delay, the matching napkins are a real favourite": the service word sits in another clause than the
 * complement, which is still pitched; "the matching lid is so popular that it is back-ordered" is the buyer's delay.
 */
const complementBesideService = (sentence: string): boolean =>
  clausesOf(sentence).some((clause) => (COMPLEMENT.test(clause) || PITCH_PHRASE.test(clause)) && !SERVICE.test(clause));

/** "We also make a lid that fits your pan"; "Thanks for your question. The lid we sell fits your pan." answers it. */
function offersAFit(sentence: string, previous: string): boolean {
  if (!FITS_THEIRS.test(sentence) || !MADE_BY_US.test(sentence) || SERVICE.test(sentence)) return false;
  return !answersTheBuyer(sentence, previous, ANSWERS);
}

/**
 * "Our descaler, now in a twin pack": the price pitches; "the kettle you ordered is now reduced, so we refunded" answers.
 * A spare "sold separately" at a good price is sold, not sent: its replacement word is no service.
 */
function offersADeal(sentence: string, previous: string): boolean {
  if (!ON_OFFER.test(sentence)) return false;
  const separate = SOLD_SEPARATELY.test(sentence);
  if (!(separate || MADE_BY_US.test(sentence) || COMPLEMENT.test(sentence)) || (!separate && SERVICE.test(sentence))) return false;
  return !answersTheBuyer(sentence, previous, ANSWERS);
}

/** "Using the oil spray we stock makes it even easier": a product the shop sells, to use for an easier life, sells it. */
function offersAnEase(sentence: string, previous: string): boolean {
  if (!EVEN_EASIER.test(sentence) || !WE_SELL.test(sentence) || !USE_IT.test(sentence) || SERVICE.test(sentence)) return false;
  return !answersTheBuyer(sentence, previous, ANSWERS);
}

export function findSoftPitches(text: string): Span[] {
  const sentences = sentencesOf(text);
  return sentences.filter((s, i) => {
    const previous = sentences[i - 1]?.text ?? '';
    return pitches(s.text) || offersAFit(s.text, previous) || offersADeal(s.text, previous) || offersAnEase(s.text, previous);
  });
}
