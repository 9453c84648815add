import { describe, expect, it } from 'vitest';
import { segmentClauses } from '@/lib/suggest/segment';

const texts = (raw: string) => segmentClauses(raw).map((c) => c.text);

describe('segmentClauses', () => {
  it('splits sentences, connectors and dashes, and leaves out greeting and sign-off', () => {
    const raw = 'Hello, I want to return the boots — and please send the new pair to my office. Thanks!\n\nBest regards,\nDan';
    expect(texts(raw)).toEqual(['I want to return the boots', 'and please send the new pair to my office.', 'Thanks!']);
  });

  it('leaves out "Au plaisir d\'échanger", "Belle journée", "Mil gracias" and a bare "担当者様" as sign-off and greeting', () => {
    expect(texts("Bonjour,\nLe colis est-il parti ?\nAu plaisir d'échanger,\nMarc")).toEqual(['Le colis est-il parti ?']);
    expect(texts('Merci pour la lampe, elle est superbe !\nBelle journée,\nZoé')).toEqual(['Merci pour la lampe, elle est superbe !']);
    expect(texts('¿Ya salió mi pedido?\nMil gracias,\nAna')).toEqual(['¿Ya salió mi pedido?']);
    expect(texts('担当者様\n注文した傘はいつ届きますか。')).toEqual(['注文した傘はいつ届きますか。']);
  });

  it('gives offsets into the raw text, emoji and CRLF included', () => {
    const raw = 'Hi 😀,\r\nwhere is my order? Außerdem brauche ich eine Rechnung.';
    for (const clause of segmentClauses(raw)) expect(raw.slice(clause.start, clause.end)).toBe(clause.text);
    expect(texts(raw)).toEqual(['where is my order?', 'Außerdem brauche ich eine Rechnung.']);
  });

  it('stops at quoted history and drops marketplace notification lines', () => {
    const raw =
      'You have received a message from an Amazon customer.\n\nOrder ID: 204-5512837-1120345\n\nMessage:\nThe mug is cracked.\n\nTo respond to this customer, please reply to this e-mail.\n\nOn Mon, 16 Nov 2026 at 09:12, Shop <a@b.example> wrote:\n> Your refund is on its way.';
    expect(texts(raw)).toEqual(['The mug is cracked.']);
  });

  it('reads a forward with nothing but a greeting above it as the message, its header fields left out', () => {
    const raw =
      'Hi team,\n\n---------- Forwarded message ---------\nFrom: Marketplace <notify@market.example>\nDate: Thu, 3 Dec 2026\nSubject: Buyer question\n\nCan the lamp be sent by express? I need it by Friday.\n\n-- \nMarketplace';
    expect(texts(raw)).toEqual(['Can the lamp be sent by express?', 'I need it by Friday.']);
    const german =
      '-------- Weitergeleitete Nachricht --------\nVon: Shop-Portal <info@portal.example>\nBetreff: Frage\n\nKommt der Tisch in zwei Paketen?';
    expect(texts(german)).toEqual(['Kommt der Tisch in zwei Paketen?']);
  });

  it("reads the buyer's words under a marketplace's dashed banner, the From line under it left out", () => {
    const raw =
      '-------- eBay message --------\nFrom: k_ramsbottom_77\nItem: Brass desk lamp (#2045518832)\n\nHiya, the shop says they have nothing under my name. Where is it actually?\n-------------------------------';
    expect(texts(raw)).toEqual(['Hiya, the shop says they have nothing under my name.', 'Where is it actually?']);
    // The client's own "Original Message" line still starts quoted history.
    expect(texts('Please cancel it.\n\n-----Original Message-----\nFrom: Shop <a@b.example>\nYour order has shipped.')).toEqual([
      'Please cancel it.',
    ]);
  });

  it("still stops at a forward below the sender's own request", () => {
    const raw = 'Please cancel my order.\n\n---------- Forwarded message ---------\nFrom: Shop <a@b.example>\n\nYour order has shipped.';
    expect(texts(raw)).toEqual(['Please cancel my order.']);
  });

  it('keeps an "and" cut off by a sentence end with the request it opens', () => {
    expect(texts('¿Cuánto tarda el reembolso? Y además, ¿me avisan cuando vuelva la mochila?')).toEqual([
      '¿Cuánto tarda el reembolso?',
      'Y además, ¿me avisan cuando vuelva la mochila?',
    ]);
    expect(texts('Please cancel it. And also can you tell me if the grey one is back?')).toEqual([
      'Please cancel it.',
      'And also can you tell me if the grey one is back?',
    ]);
  });

  it("drops the marketplace lines of eBay, Etsy, Cdiscount and Mercado Libre in the buyer's language", () => {
    const ebay = 'eBay - Neue Nachricht von: heidi_k_62\n\nIch habe am 15. November bezahlt. Wann schicken Sie?\n\nAntworten Sie auf eBay';
    expect(texts(ebay)).toEqual(['Ich habe am 15. November bezahlt.', 'Wann schicken Sie?']);
    const etsy = "Message de l'acheteur via Etsy\n\nLe vase est arrivé cassé.\n\nVoir cette conversation sur Etsy";
    expect(texts(etsy)).toEqual(['Le vase est arrivé cassé.']);
    expect(texts('Cdiscount - Message de votre client\nCommande 26112\n\nToujours pas remboursé.')).toEqual([
      'Commande 26112',
      'Toujours pas remboursé.',
    ]);
    expect(texts('Mercado Libre - Tenés un mensaje nuevo de tu comprador\n\nNo llegó nada.')).toEqual(['No llegó nada.']);
  });

  it("drops a relay's button, its sender line and the marketplace's own footer, not the buyer's sentences naming it", () => {
    const etsy =
      'Etsy\nJonas sent you a message\n\nDoes the lamp take a screw-in bulb?\n\nReply\n\nEtsy will never ask you to pay outside of Etsy.';
    expect(texts(etsy)).toEqual(['Does the lamp take a screw-in bulb?']);
    const ebay = 'Ist die Jacke wasserdicht?\nAntworten\neBay hat diese Nachricht an Sie weitergeleitet.';
    expect(texts(ebay)).toEqual(['Ist die Jacke wasserdicht?']);
    expect(texts('Amazon has lost my parcel twice now.\nPlease send it again.')).toEqual([
      'Amazon has lost my parcel twice now.',
      'Please send it again.',
    ]);
  });

  it('leaves out the rows of a pasted order table, keeping the sentences around it', () => {
    const pasted = 'Item | Qty | Price\nGarden hose 30 m | 1 | 42.00\nDelivery | | 4.95\nYou charged me twice for this.';
    expect(texts(pasted)).toEqual(['You charged me twice for this.']);
  });

  it('leaves out the Japanese openings a mail starts with, alone or before the first sentence', () => {
    expect(texts('ご担当者様\n\n先週取り消した注文についてです。返金はいつですか？')).toEqual([
      '先週取り消した注文についてです。',
      '返金はいつですか？',
    ]);
    expect(texts('こんにちは。サイズが合わないので返品したいです。')).toEqual(['サイズが合わないので返品したいです。']);
    expect(texts('お疲れ様です。\n届いたお皿が割れていました。')).toEqual(['届いたお皿が割れていました。']);
    expect(texts('はじめまして、在庫はありますか？')).toEqual(['在庫はありますか？']);
  });

  it('splits Japanese and Korean sentences', () => {
    expect(texts('お世話になっております。\n注文をキャンセルしたいです。また、領収書もお願いします。')).toEqual([
      '注文をキャンセルしたいです。',
      'また、領収書もお願いします。',
    ]);
    expect(texts('안녕하세요, 반품하고 싶어요. 또한 상담원과 통화하고 싶습니다.')).toEqual([
      '반품하고 싶어요.',
      '또한 상담원과 통화하고 싶습니다.',
    ]);
  });

  it('ends a Korean or Japanese story at its connective, so the point stands alone', () => {
    expect(texts('지난주에 러그를 주문했는데 아직도 배송 준비중이에요.')).toEqual([
      '지난주에 러그를 주문했는데',
      '아직도 배송 준비중이에요.',
    ]);
    expect(texts('先週注文したのですが、まだ届いていません。')).toEqual(['先週注文したのですが、', 'まだ届いていません。']);
    expect(texts('샘플을 보내 주시기를 부탁드리며, 납기도 알려 주세요.')).toEqual([
      '샘플을 보내 주시기를 부탁드리며,',
      '납기도 알려 주세요.',
    ]);
  });

  it('ends no sentence at an abbreviation in an address or a number', () => {
    expect(texts('Bitte an Hauptstr. 5 liefern. Danke für die Hilfe heute')).toEqual([
      'Bitte an Hauptstr. 5 liefern.',
      'Danke für die Hilfe heute',
    ]);
    // "Bestellnr.", "Kundennr.", "Rechnungsnr.": any word ending in "nr" is the number's abbreviation.
    expect(texts('Meine Kundennr. K-881 hat sich geändert. Bitte prüfen.')).toEqual([
      'Meine Kundennr. K-881 hat sich geändert.',
      'Bitte prüfen.',
    ]);
    // A statute cited by paragraph: "gemäß § 280 Abs. 2 BGB" is one sentence.
    expect(texts('Nach § 280 Abs. 2 BGB fordere ich Ersatz der Kosten. Bitte bestätigen.')).toEqual([
      'Nach § 280 Abs. 2 BGB fordere ich Ersatz der Kosten.',
      'Bitte bestätigen.',
    ]);
  });

  it('ends a clause at a run of emoji followed by a space, as chat writing does', () => {
    expect(texts('die Tasse kam an 🥲🥲 der Henkel ist ab')).toEqual(['die Tasse kam an 🥲🥲', 'der Henkel ist ab']);
    expect(texts('ケースが届いた😭 ふたが閉まらない')).toEqual(['ケースが届いた😭', 'ふたが閉まらない']);
    // An emoji glued to the next word is no boundary.
    expect(texts('thanks😀so much')).toEqual(['thanks😀so much']);
  });

  it('returns nothing for furniture alone', () => {
    expect(segmentClauses('')).toEqual([]);
    expect(segmentClauses('> quoted only\n> more')).toEqual([]);
  });

  it('reads a German date or ordinal inside a sentence as no sentence end, and a bare "Gruß" as a sign-off', () => {
    expect(
      texts(
        'ich hatte den Mixer am 2. November zurückgeschickt, laut DHL am 6.11. bei Ihnen zugestellt. Wann kommt das Geld?\nGruß\nM. Schulte',
      ),
    ).toEqual(['ich hatte den Mixer am 2. November zurückgeschickt, laut DHL am 6.11. bei Ihnen zugestellt.', 'Wann kommt das Geld?']);
    expect(texts('Bis wann muss ich bestellen, damit es vor dem 24. ankommt? Bestellnummer 12. Können Sie helfen?')).toEqual([
      'Bis wann muss ich bestellen, damit es vor dem 24. ankommt?',
      'Bestellnummer 12.',
      'Können Sie helfen?',
    ]);
    expect(texts('Ich wohne im 4. OG ohne Lift. Zum 2. Mal frage ich nach.')).toEqual([
      'Ich wohne im 4. OG ohne Lift.',
      'Zum 2. Mal frage ich nach.',
    ]);
  });
});
