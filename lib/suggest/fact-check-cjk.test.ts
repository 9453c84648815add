/** The fact check and the Amazon lint reading Korean and Japanese replies: dates, amounts, phone numbers. */
import { describe, expect, it } from 'vitest';
import { OrderSchema, type Order } from '@/lib/schemas/order';
import { checkFacts } from '@/lib/suggest/fact-check';
import { detectFacts } from '@/lib/suggest/fact-check-detect';
import { lintReply } from '@/lib/suggest/policy-lint';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

const krw: Order = OrderSchema.parse({
  ...orderShaped('in-transit', '#1069', '2026-11-24T13:40:00Z'),
  total: '39000',
  currency: 'KRW',
  items: [{ title: '머그컵', quantity: 1, price: '39000' }],
});
const jpy: Order = OrderSchema.parse({
  ...orderShaped('in-transit', '#2070', '2026-11-24T03:00:00Z'),
  total: '3900',
  currency: 'JPY',
  items: [{ title: 'マグカップ', quantity: 1, price: '3900' }],
});
const facts = (text: string) => detectFacts(text).map((f) => [f.kind, f.text, f.keys[0]]);
const unverified = (text: string, order: Order) =>
  checkFacts(text, { ticket: ticketSaying('문의', { orderRefs: [order.number] }), orders: [order] }).unverified.map(
    (f) => `${f.kind}:${f.text}`,
  );

describe('fact check: Korean', () => {
  it('reads dates with and without the year, amounts in ₩ and 원, and phone numbers', () => {
    expect(
      facts(
        '주문(#1069)은 2026년 11월 24일에 접수되었고 11월 26일 도착 예정입니다. 결제 금액 ₩39,000 중 39,000원을 환불했습니다. 문의 010-1234-5678, +82 2-123-4567',
      ),
    ).toEqual([
      ['order_number', '#1069', '1069'],
      ['date', '2026년 11월 24일', '2026-11-24'],
      ['date', '11월 26일', '11-26'],
      ['amount', '₩39,000', '3900000'],
      ['amount', '39,000원', '3900000'],
      ['phone', '010-1234-5678', '01012345678'],
      ['phone', '+82 2-123-4567', '8221234567'],
    ]);
  });

  it('verifies what the order says and flags what it does not', () => {
    expect(unverified('주문일 2026년 11월 24일, 결제 금액 ₩39,000, 도착 예정일 2026년 11월 26일입니다.', krw)).toEqual([]);
    expect(unverified('주문일 2026년 11월 21일, 결제 금액 49,000원입니다.', krw)).toEqual(['date:2026년 11월 21일', 'amount:49,000원']);
  });
});

describe('fact check: Japanese', () => {
  it('reads 年月日 and M/D dates, ¥ / ￥ / 円 amounts, full-width digits and phone numbers', () => {
    expect(
      facts(
        'ご注文（#2070）は2026年11月24日に承り、11/26（木）にお届け予定です。ご請求金額¥3,900（3,900円）。お問い合わせ：03-1234-5678、+81 90-1234-5678',
      ),
    ).toEqual([
      ['order_number', '#2070', '2070'],
      ['date', '2026年11月24日', '2026-11-24'],
      ['date', '11/26', '11-26'],
      ['amount', '¥3,900', '390000'],
      ['amount', '3,900円', '390000'],
      ['phone', '03-1234-5678', '0312345678'],
      ['phone', '+81 90-1234-5678', '819012345678'],
    ]);
    expect(facts('２０２６年１１月２６日、￥３，９００、電話０３－１２３４－５６７８')).toEqual([
      ['date', '２０２６年１１月２６日', '2026-11-26'],
      ['amount', '￥３，９００', '390000'],
      ['phone', '０３－１２３４－５６７８', '0312345678'],
    ]);
  });

  it('verifies what the order says and flags what it does not', () => {
    expect(unverified('ご注文日：2026年11月24日、ご請求金額：3,900円、11月26日にお届けの予定です。', jpy)).toEqual([]);
    expect(unverified('ご請求金額：4,900円、お届けは11/28の予定です。', jpy)).toEqual(['amount:4,900円', 'date:11/28']);
  });

  it('leaves "24/7" and ratios alone', () => {
    expect(facts('24/7 対応、在庫は 3/120 個')).toEqual([]);
  });
});

describe('Amazon lint: Korean and Japanese', () => {
  const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => `${v.code}:${text.slice(v.start, v.end)}`);

  it('flags phone numbers and asking the buyer to call, in either language', () => {
    expect(codes('궁금하신 점은 010-1234-5678로 전화 주세요.')).toEqual(['phone_number:010-1234-5678', 'phone_number:전화 주세요']);
    expect(codes('ご不明点はお電話ください（03-1234-5678）。')).toEqual(['phone_number:お電話ください', 'phone_number:03-1234-5678']);
  });

  it("passes a carrier's number and the order's own facts", () => {
    expect(
      codes('배송 문의는 택배사 고객센터 1588-1255로 하실 수 있습니다. 주문(#1069) 결제 금액 ₩39,000, 2026년 11월 26일 도착 예정입니다.'),
    ).toEqual([]);
    expect(codes('配送業者（0120-01-9625）へお問い合わせください。ご注文（#2070）は11/26にお届け予定です。')).toEqual([]);
  });
});
