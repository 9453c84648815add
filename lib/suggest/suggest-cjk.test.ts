import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENT, DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import type { SiteId } from '@/lib/schemas/ticket';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { suggestReplies } from '@/lib/suggest/suggest';
import { orderShaped } from '@/lib/suggest/testing/fixtures';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { buildTicket } from '@/lib/ticket/build-ticket';

const templates = templatesFromPack(STARTER_PACK);

/** Korean and Japanese customer mails as they arrive, with the reply each should get on top. */
const MAILS: Array<{ text: string; shape: Parameters<typeof orderShaped>[0]; site?: SiteId; top: string }> = [
  {
    text: '안녕하세요. 11월 19일에 주문한 상품(주문번호 #3107)이 아직 도착하지 않았습니다. 배송 조회를 해도 변화가 없는데 언제쯤 받을 수 있을까요?\n\n김민지 드림',
    shape: 'in-transit',
    top: 'starter.wismo.tracking.ko',
  },
  {
    text: '주문번호 #3107 취소하고 싶습니다. 아직 발송 전이면 취소 부탁드립니다.',
    shape: 'not-shipped',
    top: 'starter.cancel.not-shipped.ko',
  },
  {
    text: '받은 주전자가 깨져서 왔습니다. 주문번호 #3107입니다. 어떻게 해야 하나요?',
    shape: 'delivered',
    top: 'starter.damaged.photos.ko',
  },
  { text: '안녕하세요. 주문번호 #3107 환불은 언제 되나요?', shape: 'delivered', top: 'starter.refund.request.ko' },
  {
    text: 'お世話になっております。11月19日に注文した商品（注文番号 #3107）がまだ届いておりません。いつ頃届きますでしょうか。\n\n山田 花子',
    shape: 'in-transit',
    top: 'starter.wismo.tracking.ja',
  },
  { text: '注文番号#3107の商品が破損して届きました。どうすればよいでしょうか。', shape: 'delivered', top: 'starter.damaged.photos.ja' },
  { text: '注文#3107をキャンセルしたいです。まだ発送前でしょうか。', shape: 'not-shipped', top: 'starter.cancel.not-shipped.ja' },
  {
    text: 'まだ荷物が届いていません。注文番号は#3107です。いつ届きますか？',
    shape: 'in-transit',
    top: 'starter.amazon.wismo.tracking.ja',
    site: 'amazon-seller-central',
  },
  {
    text: '상품을 반품하고 싶습니다. 주문번호 #3107입니다. 반품 절차를 알려 주세요.',
    shape: 'delivered',
    top: 'starter.amazon.return.how-to.ko',
    site: 'amazon-seller-central',
  },
];

function suggest(text: string, shape: Parameters<typeof orderShaped>[0], site: SiteId = 'gmail') {
  const customer = { name: '김민지', email: 'minji@example.kr' };
  const ticket = buildTicket({
    site,
    url: `https://example.test/${site}/1`,
    subject: '문의',
    customer,
    messages: [{ author: customer, role: 'customer', text }],
    confidence: 1,
  });
  return suggestReplies({ ticket, orders: [orderShaped(shape)], templates, shop: DEFAULT_SHOP_FACTS, agent: DEFAULT_AGENT });
}

describe('a Korean or Japanese ticket gets the reply in its language', () => {
  it.each(MAILS)('$top', ({ text, shape, site, top }) => {
    const result = suggest(text, shape, site);
    expect(result.suggestions[0]?.template.id).toBe(top);
    // No suggestion in another language for a request the ticket's language has a reply for.
    expect(
      result.suggestions
        .filter((s) => s.template.intents[0] === result.suggestions[0]!.template.intents[0])
        .map((s) => s.template.language),
    ).not.toContain('en');
  });

  it('renders the order facts in the ticket language', () => {
    const ko = suggest(MAILS[0]!.text, 'in-transit').suggestions[0]!.rendered.text;
    expect(ko).toContain('도착 예정일은 2026년 11월 26일입니다');
    const refund = suggest(MAILS[3]!.text, 'delivered').suggestions[0]!.rendered.text;
    expect(refund).toContain('주문일 2026년 11월 19일, 결제 금액 €64.90');
    const ja = suggest(MAILS[6]!.text, 'not-shipped').suggestions[0]!.rendered.text;
    expect(ja).toContain('ご注文日：2026年11月19日、ご請求金額：€64.90');
  });
});
