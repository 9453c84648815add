/**
 * Amazon's buyer-seller messaging guidelines (Seller Central help, "Buyer-Seller Messaging
 * Guidelines", read 2026-11-24): no links except Amazon's, no email addresses, no phone numbers
 * beyond a carrier's or manufacturer's, no requests for positive reviews and nothing offered for
 * a review, no marketing or coupons, no emoji, and "[Important]" only for messages the buyer
 * needs to complete the order. Order ids, carrier names and tracking numbers are fine.
 */
import type { PolicyRules, PolicyViolation } from '@/lib/suggest/policy-lint-types';
import { findEmails, findExternalLinks, findPhones, type Span } from '@/lib/suggest/policy-lint-contact';
import { findImportantTags, orderEssential } from '@/lib/suggest/policy-lint-important';
import { findOffChannelContact } from '@/lib/suggest/policy-lint-promote';
import { findBiasedReviewRequests, findEmoji, findMarketing } from '@/lib/suggest/policy-lint-wording';

/** A number given as a carrier's or a manufacturer's helpline may be passed on. */
const THIRD_PARTY_LINE =
  /\b(?:carrier|courier|ups|usps|fedex|dhl|royal mail|evri|hermes|dpd|gls|yodel|ontrac|canada post|australia post|la poste|colissimo|correos|postnl|deutsche post|manufacturer|maker|warranty|hersteller|fabricant|fabricante|garantie|garantía)\b|택배사|배송업체|제조사|우체국|대한통운|한진택배|롯데택배|配送業者|運送会社|メーカー|ヤマト運輸|佐川急便|日本郵便|郵便局/i;
/** Asking the buyer to call or message off Amazon, even without a number. */
const CALL_US =
  /\b(?:call\s+us|give\s+us\s+a\s+(?:call|ring)|ring\s+us|text\s+us|whats\s?app\s+us|(?:contact|reach)\s+us\s+(?:on|via)\s+whats\s?app|rufen\s+sie\s+uns\s+an|appelez[- ]nous|ll[aá]menos)\b|전화\s?(?:주세요|주십시오|주시기\s?바랍니다|부탁드립니다|드리겠습니다|해\s?주세요|해\s?주십시오|해\s?주시면)|카카오톡(?:으로|채널)|お電話(?:ください|にて|で|いただけ)|LINE(?:で|にて)/giu;

/** A tracking number is not a phone number, whatever its dashes; Korean and Japanese carriers too. */
const TRACKING_LINE =
  /\b(?:tracking|sendungs(?:nummer|verfolgung)|suivi|seguimiento)\b|追跡|伝票番号|お問い合わせ番号|ヤマト|佐川|日本郵便|운송장|송장|대한통운|한진|우체국택배/iu;

function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
}

function violations(code: PolicyViolation['code'], spans: Span[], reason: PolicyViolation['reason'] = code): PolicyViolation[] {
  return spans.map((span) => ({ code, reason, start: span.start, end: span.end }));
}

function check(text: string): PolicyViolation[] {
  const emails = findEmails(text);
  const phones = findPhones(text).filter((span) => {
    const before = sentenceBefore(text, span.start);
    return !THIRD_PARTY_LINE.test(before) && !TRACKING_LINE.test(before);
  });
  const callUs = [...text.matchAll(CALL_US)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
  const elsewhere = findOffChannelContact(text).filter((s) => !callUs.some((c) => c.start < s.end && s.start < c.end));
  const reviews = findBiasedReviewRequests(text);
  const marketing = findMarketing(text);
  const found = [
    ...violations('external_link', findExternalLinks(text, emails)),
    ...violations('email_address', emails),
    ...violations('phone_number', phones),
    ...violations('phone_number', [...callUs, ...elsewhere], 'contact_outside'),
    ...violations('review_request_biased', reviews),
    ...violations('marketing', marketing),
    ...violations('emoji', findEmoji(text)),
  ];
  const tags = findImportantTags(text);
  // Read only when tagged: most replies carry no tag, and the cues compile at their first use.
  if (tags.length > 0 && (reviews.length > 0 || marketing.length > 0 || !orderEssential(text))) {
    found.push(...violations('important_tag_misuse', tags));
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const AMAZON_POLICY: PolicyRules = { id: 'amazon', check };
