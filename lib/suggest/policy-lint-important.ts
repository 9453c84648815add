/**
 * Amazon's "[Important]" tag: allowed only on a message the buyer needs to complete the order.
 * The tag is read in every supported language ("[Wichtig]", "[Importante]", "[중요]", "【重要】").
 * Whether a message is one is read from order-essential cues in six languages
 * (policy-lint-important.json); a notice about the shop (holidays, closing days, a sale) is one only
 * when it speaks of the buyer's own order ("closed over New Year, so your order ships on 3 January"),
 * since a delivery word alone ("deliveries resume in January") fits any shop notice. An order said to be delivered or
 * complete ("your order has been delivered, nothing is needed from you") is blanked first: it is why the buyer need
 * not act, so its delivery word justifies nothing (a move or a new name of the shop then stands alone). The caller
 * also counts a tag as misuse on a message that asks for a review or markets, whatever else it says.
 */
import type { Span } from '@/lib/suggest/policy-lint-types';
import cues from '@/lib/suggest/policy-lint-important.json';
import { anyOf, spansOf } from '@/lib/suggest/policy-lint-regex';

const TAG_WORD = `(?:${cues.tagWord.join('|')})`;
/**
 * The tag alone anywhere ("[Important]"), or worded longer in brackets that open the reply or a line ("[IMPORTANT - please
 * read]", "[Wichtige Information]", "【重要なお知らせ】"): a parenthesis inside a sentence ("(important for returns)") is no tag.
 */
export const IMPORTANT_TAG = new RegExp(
  `[[(【「〔]\\s*${TAG_WORD}\\s*[\\])】」〕]|(?<=(?:^|\\n)[ \\t]*)[[【〔][^\\]】〕\\n]{0,24}?${TAG_WORD}[^\\]】〕\\n]{0,30}[\\]】〕]`,
  'giu',
);
const ORDER_ESSENTIAL = anyOf(cues.orderEssential);
const SHOP_NOTICE = anyOf(cues.shopNotice);
const BUYER_ORDER = anyOf(cues.buyerOrder);
const ORDER_DONE = anyOf(cues.orderDone, 'giu');

export const findImportantTags = (text: string): Span[] => spansOf(IMPORTANT_TAG, text);

/** True when the message, its tags aside, is about something the buyer must act on for the order to complete. */
export function orderEssential(text: string): boolean {
  const untagged = text.replace(IMPORTANT_TAG, ' ').replace(ORDER_DONE, ' ');
  return ORDER_ESSENTIAL.test(untagged) && (!SHOP_NOTICE.test(untagged) || BUYER_ORDER.test(untagged));
}
