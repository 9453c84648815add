import { describe, expect, it } from 'vitest';
import { renderTemplate } from '@/lib/templates/render';
import type { Intent } from '@/lib/schemas/template';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { amazonFindings, promiseFindings } from '@/lib/templates/starter-pack/policy-checks';
import { sampleOrder, sampleShop, sampleTicket } from '@/lib/templates/testing/fixtures';
import { buildTemplateVariables } from '@/lib/templates/variables';

const templates = STARTER_PACK.templates;
const byId = (id: string) => templates.find((t) => t.id === id)!;
const REQUESTS: Intent[] = [
  'where_is_my_order',
  'return_request',
  'refund',
  'exchange',
  'damaged_item',
  'wrong_item',
  'missing_item',
  'cancel_order',
  'address_change',
];

function render(id: string, order = sampleOrder(), name = '김민지') {
  const template = byId(id);
  const scope = buildTemplateVariables({
    ticket: sampleTicket({ customer: { name, email: 'minji@example.kr' } }),
    order,
    shop: sampleShop,
    agent: { name: '이서준' },
    language: template.language,
  });
  return renderTemplate(template.body, scope);
}

describe('Korean and Japanese starter replies', () => {
  it.each(['ko', 'ja'])('cover the common requests in %s, on any site and on Amazon', (language) => {
    const inLanguage = templates.filter((t) => t.language === language);
    const general = new Set(inLanguage.filter((t) => t.sites.length === 0).flatMap((t) => t.intents));
    expect(REQUESTS.filter((intent) => !general.has(intent))).toEqual([]);
    // The delay reply exists (tagged late) and so does the no-order fallback.
    expect(inLanguage.some((t) => t.tags.includes('late'))).toBe(true);
    expect(inLanguage.some((t) => t.tags.includes('no-order'))).toBe(true);
    const amazon = inLanguage.filter((t) => t.sites.includes('amazon-seller-central'));
    expect(amazon.map((t) => t.id)).toEqual(
      expect.arrayContaining([`starter.amazon.wismo.tracking.${language}`, `starter.amazon.return.how-to.${language}`]),
    );
    for (const t of amazon) expect(t.tags).toContain('amazon-safe');
  });

  it('address the customer with the honorific and write Korean dates and amounts', () => {
    const order = sampleOrder({ currency: 'KRW', total: '39000', items: [{ title: '린넨 셔츠', quantity: 1, price: '39000' }] });
    const { text, gaps } = render('starter.refund.request.ko', order);
    expect(gaps).toEqual([]);
    expect(text.startsWith('안녕하세요, 김민지 고객님.')).toBe(true);
    expect(text).toContain('주문일 2026년 11월 18일, 결제 금액 ₩39,000');
    expect(text).toMatch(/감사합니다\.\n이서준\n/);
    // 합니다체 throughout: no 해요체 endings.
    expect(text).not.toMatch(/[가-힣](?:해요|어요|아요|예요|이에요)[.?!]/);
  });

  it('write Japanese dates and yen amounts as a Japanese shop does', () => {
    const order = sampleOrder({ currency: 'JPY', total: '3900', items: [{ title: 'マグカップ', quantity: 1, price: '3900' }] });
    const { text, gaps } = render('starter.cancel.not-shipped.ja', { ...order, fulfillments: [], status: 'processing' }, '山田 花子');
    expect(gaps).toEqual([]);
    expect(text.startsWith('山田 花子 様')).toBe(true);
    expect(text).toContain('ご注文日：2026年11月18日、ご請求金額：3,900円');
    expect(text).toContain('「発送準備中」');
  });

  it('show the estimated delivery date and status words in the reply language', () => {
    expect(render('starter.wismo.tracking.ko').text).toContain('도착 예정일은 2026년 11월 26일입니다');
    expect(render('starter.wismo.tracking.ja').text).toContain('2026年11月26日にお届けの予定です');
  });

  it('keep the Amazon variants free of links and contact details, and every reply free of promises', () => {
    for (const t of templates.filter((x) => x.language === 'ko' || x.language === 'ja')) {
      expect(promiseFindings(t.body), t.id).toEqual([]);
      if (t.sites.includes('amazon-seller-central')) expect(amazonFindings(render(t.id).text), t.id).toEqual([]);
    }
    // The general tracking reply carries the carrier's link, which Amazon forbids: hence the variants.
    expect(amazonFindings(render('starter.wismo.tracking.ko').text).map((f) => f.rule)).toContain('link');
  });

  it('catch Korean and Japanese promises, review requests and call-us lines (the checkers themselves)', () => {
    expect(promiseFindings('전액 환불해 드리겠습니다.').map((f) => f.rule)).toContain('korean or japanese promise');
    expect(promiseFindings('送料無料で交換いたします。').map((f) => f.rule)).toContain('korean or japanese promise');
    expect(amazonFindings('좋은 리뷰 부탁드립니다.').map((f) => f.rule)).toContain('review request');
    expect(amazonFindings('お電話ください。').map((f) => f.rule)).toContain('phone number');
  });
});
