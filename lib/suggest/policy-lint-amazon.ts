/**
 * Amazon's buyer-seller messaging guidelines (Seller Central help, "Buyer-Seller Messaging
 * Guidelines", read 2026-11-24): no links except Amazon's, no email addresses, no phone numbers
 * beyond a carrier's or manufacturer's, no requests for positive reviews and nothing offered for
 * a review, no marketing or coupons, no emoji, and "[Important]" only for messages the buyer
 * needs to complete the order. Order ids, carrier names and tracking numbers are fine.
 */
import { findCalls, sentenceBefore, thirdParty } from '@/lib/suggest/policy-lint-call';
import type { PolicyRules, PolicyViolation } from '@/lib/suggest/policy-lint-types';
import { findEmails, findExternalLinks, findPhones } from '@/lib/suggest/policy-lint-contact';
import type { Span } from '@/lib/suggest/policy-lint-types';
import { findImportantTags, orderEssential } from '@/lib/suggest/policy-lint-important';
import { findOffChannelContact } from '@/lib/suggest/policy-lint-promote';
import phoneCues from '@/lib/suggest/policy-lint-phone.json';
import { plainReadings } from '@/lib/suggest/policy-lint-plain';
import { anyOf } from '@/lib/suggest/policy-lint-regex';
import { findBiasedReviewRequests, findEmoji, findMarketing } from '@/lib/suggest/policy-lint-wording';

/** A tracking number is not a phone number, whatever its dashes; Korean and Japanese carriers too. Cues: policy-lint-phone.json. */
const TRACKING_LINE = anyOf(phoneCues.trackingLine);

function violations(code: PolicyViolation['code'], spans: Span[], reason: PolicyViolation['reason'] = code): PolicyViolation[] {
  return spans.map((span) => ({ code, reason, start: span.start, end: span.end }));
}

/** What the words of a reply break; emoji are read apart (policy-lint-plain.ts takes them out of the words). */
function checkWords(text: string): PolicyViolation[] {
  const emails = findEmails(text);
  const phones = findPhones(text).filter((span) => {
    const before = sentenceBefore(text, span.start);
    return !thirdParty(before) && !TRACKING_LINE.test(before);
  });
  const calls = findCalls(text);
  const elsewhere = findOffChannelContact(text).filter((s) => !calls.some((c) => c.start < s.end && s.start < c.end));
  const reviews = findBiasedReviewRequests(text);
  const marketing = findMarketing(text);
  const found = [
    ...violations('external_link', findExternalLinks(text, emails)),
    ...violations('email_address', emails),
    ...violations('phone_number', phones),
    ...violations('phone_number', [...calls, ...elsewhere], 'contact_outside'),
    ...violations('review_request_biased', reviews),
    ...violations('marketing', marketing),
  ];
  const tags = findImportantTags(text);
  // Read only when tagged: most replies carry no tag, and the cues compile at their first use.
  if (tags.length > 0 && (reviews.length > 0 || marketing.length > 0 || !orderEssential(text))) {
    found.push(...violations('important_tag_misuse', tags));
  }
  return found;
}

/**
 * The words read as a buyer reads them (spelled out, in full-width, as entities…), found at the reply's own offsets; a
 * reply a buyer may read two ways (policy-lint-plain.ts) is checked in both, each finding once.
 */
function check(text: string): PolicyViolation[] {
  const readings = plainReadings(text);
  const found = readings.flatMap((plain) => checkWords(plain.text).map((v) => ({ ...v, ...plain.original(v.start, v.end) })));
  const words = readings.length > 0 ? found : checkWords(text);
  const once = [...new Map(words.map((v) => [`${v.code} ${v.reason} ${v.start} ${v.end}`, v])).values()];
  return [...once, ...violations('emoji', findEmoji(text))].sort((a, b) => a.start - b.start || a.end - b.end);
}

export const AMAZON_POLICY: PolicyRules = { id: 'amazon', check };
