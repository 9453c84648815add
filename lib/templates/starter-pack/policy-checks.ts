/**
 * Text checks the starter pack's tests run over every template: Amazon buyer-seller messaging
 * rules, and "no invented promises". Kept beside the pack so a team writing its own pack can reuse
 * them; the suggestion code has its own, fuller policy lint.
 */

export interface Finding {
  rule: string;
  match: string;
}

const AMAZON_RULES: Array<[rule: string, pattern: RegExp]> = [
  ['link', /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|shop|store|io|de|fr|es|co\.uk)\b/i],
  ['email address', /[^\s@]+@[^\s@]+\.[^\s@]+/],
  ['phone number', /(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,5}\)?[\s.-]){2,}\d{2,5}\b|\b(?:call us|phone|telephone|whatsapp)\b/i],
  [
    'review request',
    /\b(?:leave|write|post|give|share)\b[^.?!]{0,40}\b(?:review|feedback|rating)\b|\ba (?:positive |quick |short )?review\b|\b(?:rate|review) us\b|\bstars?\b|\bfive[- ]star/i,
  ],
  ['marketing', /\b(?:newsletter|coupon|promo(?:tion)? code|subscribe|our website|visit our|follow us)\b/i],
  // Korean and Japanese: review requests, marketing and "call us" have no word boundaries to lean on.
  ['review request', /리뷰|후기|별점|평점|レビュー|評価|星5|口コミ/],
  ['marketing', /쿠폰|할인\s?코드|뉴스레터|이벤트|クーポン|メルマガ|キャンペーン|割引コード/],
  ['phone number', /전화\s?(?:번호|주세요|주십시오|드리)|카카오톡|お電話|電話番号|LINE/],
  ['link or contact variable', /\b(?:order\.tracking_url|customer\.email|tracking_url)\b/],
];

/** Findings that would break Amazon's buyer-seller messaging rules, in a body or a rendered reply. */
export function amazonFindings(text: string): Finding[] {
  return AMAZON_RULES.flatMap(([rule, pattern]) => {
    const match = pattern.exec(text);
    return match ? [{ rule, match: match[0] }] : [];
  });
}

const PROMISE_RULES: Array<[rule: string, pattern: RegExp]> = [
  [
    'refund promise',
    /\bwe(?: will|'ll)\s+(?:refund|reimburse|replace|compensate)|\bwill be (?:refunded|replaced)|\byou will (?:receive|get) (?:a |your )?(?:full )?(?:refund|replacement)|\brefund you\b/i,
  ],
  ['compensation', /\bcompensat|\bvoucher\b|\bgoodwill\b|\bfree of charge\b|\bfree (?:replacement|shipping)\b|\bguarantee/i],
  [
    'vague deadline',
    /\btomorrow\b|\bnext (?:week|day|monday|tuesday|wednesday|thursday|friday)\b|\bwithin (?:a|one|two|three|24|48) (?:hours?|days?|business days)\b/i,
  ],
  [
    'foreign-language promise',
    /erstatten wir|erhalten Sie (?:Ihr Geld|eine Erstattung)|kostenlos|rembourserons|remboursons|gratuit|reembolsaremos|gratis|garant/i,
  ],
  [
    'korean or japanese promise',
    /환불해\s?드리겠|환불\s?처리해\s?드리겠|교환해\s?드리겠|무료|보상|보장|내일|返金いたします|返金させていただきます|交換いたします|無料|補償|保証|明日/,
  ],
];

/** Liquid tags and outputs removed: what the template author wrote as plain text. */
export function literalText(body: string): string {
  return body.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, ' ');
}

/**
 * Promises the data cannot back: refunds, compensation, deadlines. Numbers in a template's own
 * text are findings too: amounts, dates and periods must come from variables.
 */
export function promiseFindings(body: string): Finding[] {
  const literal = literalText(body);
  const findings = PROMISE_RULES.flatMap(([rule, pattern]) => {
    const match = pattern.exec(literal);
    return match ? [{ rule, match: match[0] }] : [];
  });
  const number = /\d+/.exec(literal);
  return number ? [...findings, { rule: 'number in template text', match: number[0] }] : findings;
}
