/**
 * A reward for a review named before: "We can't pay for reviews; a voucher goes to everyone who posts one." The offer
 * after the refusal names the review only as "one" or "it", so neither the phrase rules nor the sentence rule
 * (policy-lint-solicit.ts) sees a review beside the reward, and the reply with its refusals blanked
 * (policy-lint-negation.ts) may have lost the offer too, read as one more item of the refused list. Here a sentence
 * offers a reward for the buyer's posting something, outside its refusing clauses and the "or …" items that go on
 * from them, and counts when the reply named a review in it or in the sentence before — unless what the buyer does is
 * aimed at us ("anyone who posts one back to us", "wer uns wegen eines Defekts schreibt"): that is a service case.
 * A reward given as thanks after a review is named rewards it too, with no act of the buyer's ("Thank you for your
 * review. As a thank-you, here's a postage voucher.").
 * Cues: policy-lint-reward-after.json; the review words are the solicitation rule's.
 */
import { clausesOf } from '@/lib/suggest/policy-lint-clause';
import { negatesAsk } from '@/lib/suggest/policy-lint-negation';
import { anyOf, sentencesOf } from '@/lib/suggest/policy-lint-regex';
import cues from '@/lib/suggest/policy-lint-reward-after.json';
import solicitCues from '@/lib/suggest/policy-lint-solicit.json';
import type { Span } from '@/lib/suggest/policy-lint-types';

const REWARD = anyOf(cues.reward);
const ACT = anyOf(cues.act);
const LIST_ITEM = anyOf(cues.listItem);
/** The buyer mailing one back or writing to us: the verb is taken out, so only a public post is left to count. */
const TO_SELLER = anyOf(cues.toSeller, 'giu');
const REVIEW_WORD = anyOf(solicitCues.reviewWord);
/** "As a thank-you", "als Dankeschön": taken out before the reward is looked for ("Dankeschön" is one in German). */
const THANKS = anyOf(cues.thanks, 'giu');

/** The sentence without its refusing clauses and the list items that go on from them ("…, or gifts"). */
function besidesRefusals(sentence: string): string {
  let refusing = false;
  return clausesOf(sentence)
    .filter((clause) => {
      refusing = negatesAsk(clause) || (refusing && LIST_ITEM.test(clause));
      return !refusing;
    })
    .join(' ');
}

export function findRewardsForNamedReview(text: string): Span[] {
  const sentences = sentencesOf(text);
  return sentences.filter(({ text: sentence, start, end }, i) => {
    // Most sentences offer nothing: the cheap test first, and the clauses only then.
    if (!REWARD.test(sentence) || !(ACT.test(sentence) || THANKS.test(sentence))) return false;
    const offer = besidesRefusals(sentence);
    const thanked = offer.replace(THANKS, ' ') !== offer;
    if (!REWARD.test(offer.replace(THANKS, ' ')) || !(thanked || ACT.test(offer.replace(TO_SELLER, ' ')))) return false;
    return REVIEW_WORD.test(text.slice(sentences[i - 1]?.start ?? start, end));
  });
}
