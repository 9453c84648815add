import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe('a phone number or a link broken over two lines is read as the buyer reads it: whole', () => {
  // Links broken at their dot were caught before as the piece on the next line ("co.uk"); joined, they are caught whole
  // and Amazon's own links stay Amazon's.
  it.each([
    [
      'en, a mobile number',
      'Sorry about the hinge. Our technician Priya can walk you through it: ring her on 07700\n900123 any afternoon.',
    ],
    ['de, with the country code', 'Die Ersatzteile sind unterwegs. Bei Fragen erreichen Sie unseren Monteur unter +49 151\n23456789.'],
    ['fr, in pairs', 'Le colis repart lundi. Pour le montage, notre atelier répond au 06 12 34\n56 78 du lundi au vendredi.'],
    [
      'es, without a leading zero',
      'El cambio ya está en camino. Para cualquier duda, nuestro técnico atiende en el 612 345\n678 por las tardes.',
    ],
    ['ko, a mobile number', '교환 상품은 내일 발송됩니다. 설치 문의는 저희 담당자 010-98\n76-5432 번호로 연락하시면 됩니다.'],
    ['ja, a landline', '交換品は明日発送いたします。組み立てのご質問は担当の佐藤 03-5555\n1234 までどうぞ。'],
  ])('%s', (_case, reply) => {
    expect(codes(reply)).toContain('phone_number');
  });

  it.each([
    ['en, the ending on the next line', 'All sorted. Our spare parts are listed on www.kettle-corner\n.co.uk if you ever need one.'],
    ['de, after the dot of a link', 'Alles erledigt. Zubehör finden Sie auf https://www.lampenwerk.\nde/zubehoer jederzeit.'],
    ['fr, an address after the @', 'Le remboursement est fait. Pour la garantie, écrivez à atelier@\nbougies-lumiere.fr directement.'],
    ['es, after www.', 'Reembolso hecho. Tenemos más modelos en www.\nmochilas-sierra.es por si le interesan.'],
    ['ko, the path on the next line', '환불 처리되었습니다. 다른 색상은 www.bag-house\n.kr 에서 보실 수 있어요.'],
    ['ja, the ending on the next line', '返金いたしました。他の色は www.tea-garden\n.jp でもご覧いただけます。'],
  ])('%s', (_case, reply) => {
    expect(codes(reply).some((code) => code === 'external_link' || code === 'email_address')).toBe(true);
  });

  it.each([
    ['en', 'Your refund is on its way. You can follow it under Your Orders at www.amazon.\nco.uk/your-orders any time.'],
    ['de', 'Die Erstattung ist veranlasst. Den Stand sehen Sie unter https://www.amazon.\nde/gp/css/order-history jederzeit.'],
    ['fr', 'Le remboursement est lancé. Vous pouvez le suivre sur www.amazon.\nfr/retours à tout moment.'],
    ['es', 'El reembolso está en curso. Puede seguirlo en www.amazon.\nes/devoluciones cuando quiera.'],
    ['ko', '환불이 진행 중입니다. 주문 내역은 www.amazon.\ncom/your-orders 에서 확인하실 수 있습니다.'],
    ['ja', '返金手続き中です。注文履歴は https://www.amazon.\nco.jp/your-orders からご確認いただけます。'],
  ])("keeps Amazon's own link broken after its dot Amazon's (%s)", (_language, reply) => {
    expect(codes(reply)).toEqual([]);
  });

  it('leaves an address over two lines, an order list and a link that ends its line alone', () => {
    expect(codes('Bitte schicken Sie die Lampe an: Lindenallee 7\n50667 Köln. Das Etikett ist bezahlt.')).toEqual([]);
    expect(codes('Votre commande 302-1234567-7654321\nest partie ce matin.')).toEqual([]);
    expect(codes('You can track it on https://www.amazon.co.uk\nand the courier will text you.')).toEqual([]);
  });
});
