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
import phoneCues from '@/lib/suggest/policy-lint-phone.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';
import { findBiasedReviewRequests, findEmoji, findMarketing } from '@/lib/suggest/policy-lint-wording';

/** Cues: policy-lint-phone.json. A number given as a carrier's or a manufacturer's helpline may be passed on. */
const THIRD_PARTY_LINE = anyOf(phoneCues.thirdPartyLine, 'giu');
/** Asking the buyer to call or message off Amazon, even without a number. */
const CALL_US = anyOf(phoneCues.callUs, 'giu');
/** A tracking number is not a phone number, whatever its dashes; Korean and Japanese carriers too. */
const TRACKING_LINE = anyOf(phoneCues.trackingLine);
/** The seller speaking of itself: a number after "call us" is its own, whatever warranty was named before. */
const OWN_LINE = anyOf(phoneCues.ownLine, 'giu');

/** The last match's start in a text, -1 without one. */
const lastAt = (pattern: RegExp, text: string): number => [...text.matchAll(pattern)].at(-1)?.index ?? -1;

/** A third party's line: its name comes after the last word by which the seller speaks of itself. */
const thirdPartyLine = (before: string): boolean => {
  const third = lastAt(THIRD_PARTY_LINE, before);
  return third >= 0 && third > lastAt(OWN_LINE, before);
};

/**
 * The words before a number, back to the last full stop or line break within 120 characters. Not
 * sentencesOf (policy-lint-regex.ts), which also ends a sentence at ! ? 。: "Best to ask UPS directly!
 * Their line is …" and "ヤマト運輸へお問い合わせください。番号は…" name the carrier before the number's
 * own sentence, and its line may be passed on (policy-lint-phone.test.ts).
 */
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
    return !thirdPartyLine(before) && !TRACKING_LINE.test(before);
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
