import { describe, expect, it } from 'vitest';
import { findImportantTags, orderEssential } from '@/lib/suggest/policy-lint-important';
import { amazonFlags } from '@/lib/testing/amazon-lint';

describe('"[Important]": only on what the buyer needs to complete the order', () => {
  it.each([
    '[Important] The courier is holding your parcel at customs until you send your import tax number.',
    '[Important] We packed the wrong colour by mistake; please keep it sealed, the courier collects it on Tuesday.',
    '[Important] Please check the length you entered for the made-to-measure blind before we cut it.',
    '[Important] Ihr Paket kam als „zurück an Absender“ bei uns an; bitte prüfen Sie die Hausnummer.',
    '[Important] Le colis attend en douane : il nous faut votre numéro fiscal.',
    '[Important] Te enviamos la talla equivocada; por favor, no la uses y la recogemos el lunes.',
    '[Important] 통관 절차를 위해 개인통관고유부호가 필요합니다.',
    '[Important] 受注生産のため、寸法をご確認ください。',
  ])('allows it on %s', (text) => {
    expect(orderEssential(text)).toBe(true);
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(false);
  });

  it.each([
    '[Important] Warm wishes from all of us for the new year!',
    '[Important] Danke, dass Sie bei uns eingekauft haben.',
    '[Important] Merci pour votre confiance, à bientôt !',
    '[Important] ¡Que disfrutes mucho de tu compra!',
    '[Important] 항상 이용해 주셔서 감사합니다.',
    '[Important] ご愛顧いただき誠にありがとうございます。',
    '[Important] Your parcel cleared customs — and the matching cushions would finish the sofa off nicely.',
  ])('flags it on %s', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(true);
  });

  // Ninth pass: compounds, verb forms and address parts, not only whole cue words.
  it.each([
    '[Important] The carrier marked the parcel undeliverable: the flat number is missing. Could you reply with it?',
    '[Important] Die Sendung ist wegen eines Zahlendrehers in der Postleitzahl zu uns zurückgekommen; bitte bestätigen Sie die richtige.',
    '[Important] Wir möchten das Paket erneut verschicken, sobald Sie uns Ihre vollständige Hausnummer nennen.',
    '[Important] Le transporteur nous a renvoyé le colis : merci de confirmer votre code postal.',
    '[Important] Su paquete nos ha sido devuelto; confírmenos el número de portal para reenviarlo.',
    '[Important] 번지 정보가 빠져 택배가 되돌아왔습니다. 정확한 우편번호를 알려 주세요.',
    '[Important] 郵便番号に誤りがあり、お荷物が当店に戻ってまいりました。正しい番号をお知らせください。',
  ])('allows it on an order notice worded without the old cue words: %s', (text) => {
    expect(orderEssential(text)).toBe(true);
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(false);
  });

  it.each([
    '[Important] Frohe Festtage wünscht Ihnen das ganze Team – wir freuen uns auf das neue Jahr!',
    '[Important] Toute l’équipe vous souhaite un bel été !',
    '[Important] ¡Feliz aniversario! Hoy cumplimos cinco años gracias a ustedes.',
    '[Important] 올 한 해도 함께해 주셔서 감사합니다.',
  ])('still flags it on a greeting: %s', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(true);
  });

  // Tenth pass: the tag in every supported language, and a notice about the shop rather than the order.
  it.each([
    '[Wichtig] Unser Team macht vom 23.12. bis 3.1. Betriebsferien – schöne Feiertage!',
    '[Important] Notre atelier ferme pour les congés d’été du 1er au 15 août.',
    '[Importante] Les recordamos que nuestro horario cambia en Navidad y que las rebajas empiezan el día 7.',
    '[중요] 추석 연휴 동안 고객센터가 휴무입니다. 즐거운 명절 보내세요.',
    '【重要】夏季休暇のお知らせ：8月13日から16日まで休業いたします。',
    '[Important] Our warehouse is closed over the bank holiday weekend; deliveries resume on Tuesday.',
    '[Important] Wegen Betriebsferien erfolgt der Versand aller Bestellungen erst ab dem 7. Januar.',
  ])('flags it on a notice about the shop: %s', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(true);
  });

  it.each([
    '[Important] We are closed over New Year, so your order ships on 3 January; please confirm that still suits you.',
    '[Wichtig] Wegen der Feiertage wird Ihre Bestellung erst am 2. Januar versandt.',
    '[Important] En raison des congés, votre commande sera expédiée le 26 août.',
    '[Importante] Por las fiestas, su pedido saldrá el 2 de enero; confirme si le va bien.',
    '[중요] 연휴로 인해 주문하신 상품은 1월 2일에 발송됩니다.',
    '【重要】年末年始休業のため、ご注文の商品は1月4日の発送となります。',
  ])('allows it on a shop closure that moves the buyer’s order: %s', (text) => {
    expect(amazonFlags(text, 'important_tag_misuse')).toBe(false);
  });

  it.each(['[Wichtig]', '[Importante]', '[중요]', '【重要】', '「重要」'])('reads %s as the tag', (tag) => {
    const reply = `${tag} Danke für Ihren Einkauf.`;
    expect(findImportantTags(reply).map((s) => reply.slice(s.start, s.end))).toEqual([tag]);
  });

  it('spans each tag, in the reply as given', () => {
    const reply = 'Hello! [Important] Thanks again. (important)';
    expect(findImportantTags(reply).map((s) => reply.slice(s.start, s.end))).toEqual(['[Important]', '(important)']);
  });
});
