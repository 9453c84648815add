/**
 * Wording that marketplace messaging rules forbid: asking for a positive review or offering
 * something for one, marketing, emoji, and the "[Important]" tag. English first, with the common
 * German, French and Spanish forms.
 */
import type { Span } from '@/lib/suggest/policy-lint-contact';

const REVIEW = String.raw`(?:reviews?|feedback|ratings?|bewertung(?:en)?|rezension(?:en)?|avis|reseñas?|valoraci[oó]n(?:es)?|opini[oó]n)`;
const OFFER = String.raw`(?:refund|discount|coupon|voucher|gift(?:\s?card)?|reward|free|compensation|money back|cash|credit|gutschein|rabatt|cadeau|remise|regalo|descuento)`;

const ASK = String.raw`(?:leave|leaving|left|write|writing|post|posting|give|giving|share|sharing|rate|rating|consider|appreciate|love|hope|get|getting|receive|ask)`;
const POSITIVE = String.raw`(?:positive|good|great|excellent|glowing|favou?rable|nice|5[- ]?star|five[- ]?star)\s+${REVIEW}|(?:5|five)[- ]?stars?`;
// "Thanks for your feedback" answers a review; it does not ask for one.
const NOT_THANKS = String.raw`(?<!\b(?:thanks?|thank\s+you|danke|merci|gracias)\s+)`;
const UNDO = String.raw`(?:remove|delete|change|revise|edit|withdraw|take down|entfernen|löschen|ändern|supprimer|modifier|eliminar|cambiar)`;
const NEGATIVE = String.raw`(?:negative|bad|poor|low|critical|1[- ]?star|one[- ]?star|negativen?|négatif|negativa)`;
const ARTICLE = String.raw`(?:a|an|your|the|this|that|my|our|une?|votre|ihre|eine|su|una)`;

const BIASED_REVIEW: RegExp[] = [
  // "please leave us a 5-star review", "we'd appreciate positive feedback"
  new RegExp(String.raw`\b${ASK}\b[^.!?\n]{0,40}\b(?:${POSITIVE})\b`, 'giu'),
  // "if you are happy, please leave a review": asking only satisfied buyers
  new RegExp(String.raw`\bif\s+you(?:\s+(?:are|were|feel)|'re|’re)\s+(?:happy|satisfied|pleased|delighted)\b[^.!?\n]{0,100}\b(?:${ASK}\b[^.!?\n]{0,30}\b${REVIEW}|rate\s+us)`, 'giu'),
  // something offered for a review, in either order
  new RegExp(String.raw`\b${OFFER}\b[^.!?\n]{0,60}\b${NOT_THANKS}(?:for|in exchange for|in return for|für|pour|por)\s+(?:${ARTICLE}\s+)?(?:\w+\s+)?${REVIEW}\b`, 'giu'),
  new RegExp(String.raw`\b${ARTICLE}\s+${REVIEW}\b[^.!?\n]{0,60}\b(?:in exchange|in return|and (?:we(?:'ll| will)|you(?:'ll| will)) (?:send|give|get|receive|refund))`, 'giu'),
  // asking to remove or change the buyer's review, or a negative one
  new RegExp(String.raw`(?<![\p{L}\d])${UNDO}\b(?:[^.!?\n]{0,15}\b(?:your|votre|ihre|su|tu)\s+(?:${NEGATIVE}\s+)?|[^.!?\n]{0,30}\b${NEGATIVE}\s+)${REVIEW}\b`, 'giu'),
  /\b(?:positive|gute)\s+(?:bewertung|rezension)|\bavis\s+positif|\b(?:reseña|valoración)\s+positiva|\b(?:fünf|5)\s+sterne\b|\b(?:cinq|5)\s+étoiles|\b(?:cinco|5)\s+estrellas\b/giu,
];

const MARKETING: RegExp[] = [
  /\b(?:coupons?|promo(?:tion(?:al)?)?\s?codes?|discount\s?codes?|voucher\s?codes?|newsletters?|subscribe|follow\s+us|like\s+us\s+on|check\s+out\s+our|shop\s+(?:our|now)|new\s+(?:collection|arrivals)|black\s+friday|cyber\s+monday|special\s+offers?|exclusive\s+(?:offers?|deals?)|limited[- ]time\s+offers?|buy\s+(?:one|1)\s+get|sale\s+ends)\b/giu,
  /\b(?:visit|see)\s+(?:our|us\s+at)\s+(?:website|web\s?site|online\s+(?:store|shop)|store|shop|instagram|facebook|tiktok|page)\b|\bour\s+(?:website|instagram|facebook|tiktok|online\s+(?:store|shop))\b/giu,
  /\b\d{1,2}\s?%\s?(?:off|discount)\b/giu,
  /\b(?:gutschein(?:code)?|rabattcode|code\s+promo|bon\s+de\s+réduction|cup[oó]n(?:es)?|c[oó]digo\s+de\s+descuento)\b/giu,
];

// Pictographs with their variation selectors, skin tones and ZWJ joins, as one finding; flags.
const EMOJI = /(?:(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\u20E3)*)+|\p{Regional_Indicator}{2}/gu;
const EMOTICON = /(?<!\S)(?:[:;=]-?[)(DPp3|]|<3|\^_\^|xD)(?![\p{L}\d])/gu;

export const IMPORTANT_TAG = /\[\s*important\s*\]|\(\s*important\s*\)|【\s*important\s*】/giu;
/** What may justify "[Important]": a problem the buyer must act on for the order to complete. */
const ORDER_ESSENTIAL =
  /\b(?:address|deliver(?:y|ed)?|shipping|shipment|customi[sz]ation|personali[sz]ation|engrav\w*|cancel\w*|payment|verify|confirm|missing|schedul\w*|appointment|out of stock|back-?order\w*|delay\w*|recall|safety|return label|unable to (?:ship|deliver))\b/i;

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

export const findBiasedReviewRequests = (text: string) => matchesOf(text, BIASED_REVIEW);
export const findMarketing = (text: string) => matchesOf(text, MARKETING);
export const findEmoji = (text: string) => matchesOf(text, [EMOJI, EMOTICON]);
export const findImportantTags = (text: string) => matchesOf(text, [IMPORTANT_TAG]);

/** True when the message is about something the buyer must act on for the order to complete. */
export function orderEssential(text: string): boolean {
  return ORDER_ESSENTIAL.test(text.replace(IMPORTANT_TAG, ' '));
}
