/**
 * Wording that marketplace messaging rules forbid: asking for a positive review or offering
 * something for one (also in paraphrase: "a few kind words", "full stars", "update the feedback you
 * left"), marketing and cross-selling (other products, a discount on the next order) and emoji
 * ("[Important]": policy-lint-important.ts). English first, with the common German, French, Spanish, Korean and
 * Japanese forms.
 */
import type { Span } from '@/lib/suggest/policy-lint-types';
import { withoutNegatedAsks } from '@/lib/suggest/policy-lint-negation';
import paraphrases from '@/lib/suggest/policy-lint-paraphrases.json';
import { findNextOrderBenefits } from '@/lib/suggest/policy-lint-next-order';
import { findSoftPitches } from '@/lib/suggest/policy-lint-pitch';
import { cueSource } from '@/lib/suggest/policy-lint-regex';
import { findRewardsForNamedReview } from '@/lib/suggest/policy-lint-reward-after';
import { findPromotions, withoutRefusalsOrAnswers } from '@/lib/suggest/policy-lint-promote';
import { findReviewSolicitations, withoutOrderNotes } from '@/lib/suggest/policy-lint-solicit';

/** Paraphrases kept as data (policy-lint-paraphrases.json), compiled once. */
const compiled = (sources: readonly string[]) => sources.map((source) => new RegExp(cueSource(source), 'giu'));

const REVIEW =
  '(?:reviews?|feedback|ratings?|comments?|bewertung(?:en)?|rezension(?:en)?|kommentar|avis|commentaires?|[ée]valuations?|notes?|reseñas?|valoraci[oó]n(?:es)?|opini[oó]n|comentarios?|puntuaci[oó]n)';
const OFFER = String.raw`(?:refund|discount|coupon|voucher|gift(?:\s?card)?|reward|free|compensation|money back|cash|credit|gutschein|rabatt|cadeau|remise|regalo|descuento)`;

const ASK =
  '(?:leave|leaving|left|write|writing|post|posting|give|giving|share|sharing|rate|rating|consider|appreciate|love|hope|get|getting|receive|ask)';
const POSITIVE = String.raw`(?:positive|good|great|excellent|glowing|favou?rable|nice|5[- ]?star|five[- ]?star)\s+${REVIEW}|(?:5|five)[- ]?stars?`;
// "Thanks for your feedback" answers a review; it does not ask for one.
const NOT_THANKS = String.raw`(?<!\b(?:thanks?|thank\s+you|danke|merci|gracias)\s+)`;
const UNDO =
  '(?:remove|delete|change|revise|edit|update|updating|amend|withdraw|take down|reconsider|entfernen|löschen|ändern|supprimer|modifier|retirer|eliminar|borrar|cambiar|modificar|quitar|retirar)';
const NEGATIVE = '(?:negative|bad|poor|low|critical|1[- ]?star|one[- ]?star|negativen?|négatif|negativa)';
const ARTICLE = '(?:a|an|your|the|this|that|my|our|une?|votre|ihre|eine|su|una)';
/** Whose review an "undo" asks about: the buyer's, or the one in question. */
const THEIR = '(?:your|the|that|this|votre|ihre|su|tu)';

const BIASED_REVIEW: RegExp[] = [
  // "please leave us a 5-star review", "we'd appreciate positive feedback"
  new RegExp(String.raw`\b${ASK}\b[^.!?\n]{0,40}\b(?:${POSITIVE})\b`, 'giu'),
  // "if you are happy, please leave a review": asking only satisfied buyers
  new RegExp(
    String.raw`\bif\s+you(?:\s+(?:are|were|feel)|'re|’re)\s+(?:happy|satisfied|pleased|delighted)\b[^.!?\n]{0,100}\b(?:${ASK}\b[^.!?\n]{0,30}\b${REVIEW}|rate\s+us)`,
    'giu',
  ),
  // something offered for a review, in either order
  new RegExp(
    String.raw`\b${OFFER}\b[^.!?\n]{0,60}\b${NOT_THANKS}(?:for|in exchange for|in return for|für|pour|por)\s+(?:${ARTICLE}\s+)?(?:\w+\s+)?${REVIEW}\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${ARTICLE}\s+${REVIEW}\b[^.!?\n]{0,60}\b(?:in exchange|in return|and (?:we(?:'ll| will)|you(?:'ll| will)) (?:send|give|get|receive|refund))`,
    'giu',
  ),
  // asking to remove or change the buyer's review, or a negative one
  new RegExp(
    String.raw`(?<![\p{L}\d])${UNDO}\b(?:[^.!?\n]{0,15}\b${THEIR}\s+(?:${NEGATIVE}\s+)?|[^.!?\n]{0,30}\b${NEGATIVE}\s+)${REVIEW}\b`,
    'giu',
  ),
  // German puts the verb last: "Ihre Bewertung anpassen"
  /\b(?:ihre|deine|die)\s+(?:negative\s+)?(?:bewertung|rezension|sterne-?bewertung)\b[^.!?\n]{0,40}\b(?:anpassen|ändern|löschen|entfernen|zurückziehen|aktualisieren|überdenken)|\b(?:passen|ändern|löschen|ziehen)\s+sie\s+(?:ihre|die)\s+(?:negative\s+)?(?:bewertung|rezension)\b/giu,
  // praise asked for without the word "review": "a few kind words on the listing", "full stars"
  /\b(?:a few|some|a couple of)\s+(?:kind|nice|good|positive|lovely|warm)\s+words\b|\b(?:say|write)\s+something\s+(?:nice|kind|positive)\b|\bfull\s+(?:stars|marks)\b|\btop\s+marks\b|\brat(?:e|ing)\s+(?:it|us|them|the\s+\w+)\s+(?:highly|with\s+(?:full|five|5)\s+stars)/giu,
  /\btell\s+(?:other|fellow)\s+(?:shoppers|customers|buyers)\b[^.!?\n]{0,40}\b(?:love|enjoy|like|happy|great|pleased)/giu,
  /\b(?:ein\s+paar|einige)\s+(?:nette|freundliche|lobende)\s+worte\b|\bquelques\s+mots\s+(?:gentils|sympas|aimables)\b|\bunas\s+palabras\s+(?:bonitas|amables)\b/giu,
  /\b(?:buena|excelente)\s+(?:puntuaci[oó]n|reseña|valoraci[oó]n|opini[oó]n)|\b(?:bonne|excellente)\s+(?:note|[ée]valuation|avis)\b(?!\s+(?:de|du|des|d['’])\s*(?:livraison|transport|colis|commande|envoi|exp[ée]dition|retour))|\b(?:gute|tolle|positive)\s+(?:bewertung|rezension|sterne)/giu,
  // something offered once the review is up
  new RegExp(
    String.raw`\b${OFFER}\b[^.!?\n]{0,60}\b(?:once|when|after|as soon as|sobald|nachdem|dès que|une fois que|cuando|en cuanto)\b[^.!?\n]{0,30}\b${REVIEW}\b`,
    'giu',
  ),
  // Korean and Japanese: star ratings asked for, or a rating to be changed
  /(?:별점\s*(?:5|다섯)\s*개?|5점\s*만점|좋은\s*(?:리뷰|후기|평점)|(?:리뷰|후기|평점|별점|평가)[을를]?\s*(?:수정|삭제|변경|지워))|(?:星\s*[5５五]\s*つ?|★\s*[5５]|高評価|良い(?:レビュー|評価)|(?:レビュー|評価)を?(?:削除|修正|変更|書き換え))/gu,
  /\b(?:positive|gute)\s+(?:bewertung|rezension)|\bavis\s+positif|\b(?:reseña|valoración)\s+positiva|\b(?:fünf|5)[\s-]+sterne\b|\b(?:cinq|5)\s+étoiles|\b(?:cinco|5)\s+estrellas\b/giu,
  ...compiled(paraphrases.review),
];

const MARKETING: RegExp[] = [
  /\b(?:newsletters?|subscribe|follow\s+us|like\s+us\s+on|check\s+out\s+our|shop\s+(?:our|now)|new\s+(?:collection|arrivals)|black\s+friday|cyber\s+monday|special\s+offers?|exclusive\s+(?:offers?|deals?)|limited[- ]time\s+offers?|buy\s+(?:one|1)\s+get|sale\s+ends)\b/giu,
  /\b(?:visit|see)\s+(?:our|us\s+at)\s+(?:website|web\s?site|online\s+(?:store|shop)|store|shop|instagram|facebook|tiktok|page)\b|\bour\s+(?:website|instagram|facebook|tiktok|online\s+(?:store|shop))\b/giu,
  // cross-selling: pointing the buyer at other products
  /\byou\s+(?:might|may|would|will)\s+also\s+(?:like|love|enjoy)\b|\b(?:browse|explore|discover)\s+our\b|\bour\s+(?:storefront|other\s+(?:products|items)|full\s+range|matching\s+\w+|new\s+\w+\s+(?:range|collection|line))\b/giu,
  /\bunsere[nm]?\s+(?:anderen|weiteren|neuen)\s+(?:produkte|artikel)\b|\bin\s+unserem\s+(?:shop|store|onlineshop)\b|\bnos\s+autres\s+(?:produits|articles)\b|\bnotre\s+boutique\b|\bnuestros\s+otros\s+productos\b|\bnuestra\s+tienda\b|\bech(?:a|e)\s+un\s+vistazo\b/giu,
  ...compiled(paraphrases.marketing),
];

// Pictographs with their variation selectors, skin tones and ZWJ joins, as one finding; flags.
const EMOJI = /(?:(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\u20E3)*)+|\p{Regional_Indicator}{2}/gu;
const EMOTICON = /(?<!\S)(?:[:;=]-?[)(DPp3|]|<3|\^_\^|xD)(?![\p{L}\d])/gu;

function matchesOf(text: string, patterns: RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (!spans.some((s) => start < s.end && s.start < start + m[0].length)) spans.push({ start, end: start + m[0].length, text: m[0] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Phrase findings first; a sentence rule's finding adds itself where they found nothing. */
function withSentences(phrases: Span[], sentences: Span[]): Span[] {
  const unseen = sentences.filter(
    (s, i) => !phrases.some((p) => p.start < s.end && s.start < p.end) && sentences.findIndex((o) => o.start === s.start) === i,
  );
  return [...phrases, ...unseen].sort((a, b) => a.start - b.start);
}
/**
 * Spans come from the reply with its order notes blanked ("update the note you left at checkout" is service) and its
 * promises not to ask ("we will never ask you to change your review"), offsets kept; a reward offered after a refusal for
 * the review it named ("…; a voucher goes to everyone who posts one") is read with the refusal (policy-lint-reward-after.ts).
 */
export function findBiasedReviewRequests(text: string): Span[] {
  const asked = withoutNegatedAsks(text);
  return withSentences(matchesOf(withoutOrderNotes(asked), BIASED_REVIEW), [
    ...findReviewSolicitations(asked),
    ...findRewardsForNamedReview(text),
  ]);
}
export const findMarketing = (text: string) =>
  withoutRefusalsOrAnswers(
    text,
    withSentences(matchesOf(text, MARKETING), [...findSoftPitches(text), ...findPromotions(text), ...findNextOrderBenefits(text)]),
  );
export const findEmoji = (text: string) => matchesOf(text, [EMOJI, EMOTICON]);
