import { describe, expect, it } from 'vitest';
import { readAs, reading } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

/** Session 18, from held-out 18's classes: asks the model reads as another intent, each the request LABELS.md gives it. */
describe('readAsTold: asks of held-out 18 classes, six languages', () => {
  it.each([
    ['Could you reissue the invoice in the name of our company?', 'modify_order', 'invoice'],
    ['Können Sie die Rechnung neu ausstellen, auf unsere Firma?', 'modify_order', 'invoice'],
    ['Pourriez-vous refaire la facture au nom de la société ?', 'address_change', 'invoice'],
    ['¿Podéis emitir la factura a nombre de mi empresa?', 'modify_order', 'invoice'],
    ['세금계산서 다시 발행해 주실 수 있나요?', 'modify_order', 'invoice'],
    ['領収書の宛名を会社名で再発行していただけますか。', 'modify_order', 'invoice'],
    ['When will the courier collect the return?', 'where_is_my_order', 'return_request'],
    ['Wann kommt der Kurier, um die Rücksendung abholen?', 'where_is_my_order', 'return_request'],
    ['Quand allez-vous récupérer le retour ?', 'where_is_my_order', 'return_request'],
    ['¿Cuándo vienen a recoger la devolución?', 'where_is_my_order', 'return_request'],
    ['회수 언제 오는지 알려주세요.', 'where_is_my_order', 'return_request'],
    ['回収はいつ来ていただけますか。', 'where_is_my_order', 'return_request'],
    ['Is there a number where I can speak to someone directly?', 'damaged_item', 'contact_request'],
    ['Gibt es einen direkten Ansprechpartner für den Defekt?', 'damaged_item', 'contact_request'],
    ['Y a-t-il un interlocuteur direct pour ce problème ?', 'complaint', 'contact_request'],
    ['¿Puedo hablar directamente con alguien del servicio técnico?', 'damaged_item', 'contact_request'],
    ['직접 상담할 수 있는 번호가 있나요?', 'damaged_item', 'contact_request'],
    ['担当の方と直接やり取りできる窓口はありますか？', 'damaged_item', 'contact_request'],
    ['Can you replace the inner pot under warranty?', 'exchange', 'damaged_item'],
    ['Können Sie den Topf auf Garantie tauschen?', 'exchange', 'damaged_item'],
    ['Pouvez-vous la remplacer sous garantie ?', 'exchange', 'damaged_item'],
    ['¿Me la cambiáis por garantía?', 'exchange', 'damaged_item'],
    ['보증으로 교환해 주실 수 있나요?', 'exchange', 'damaged_item'],
    ['保証で内釜を交換していただけないでしょうか。', 'exchange', 'damaged_item'],
  ] as const)('%j read as %s is %s', (clause, misread, intent) => {
    expect(readAs(clause, misread)).toBe(intent);
  });

  it('leaves what the rows are not about alone', () => {
    // A warranty asked about before buying is a product question, not in the row's misreadAs.
    expect(readAs('How long is the warranty, and is it under warranty abroad?', 'product_question')).toBeUndefined();
    // A parcel's whereabouts with no return named stays where it is.
    expect(readAs('When will my parcel arrive?', 'where_is_my_order')).toBeUndefined();
    // An invoice name told in a story makes no request (requestsOnly).
    expect(readAsTold('The invoice in the name of my company arrived.', reading('other', 0.6), false)).toBeUndefined();
  });
});
