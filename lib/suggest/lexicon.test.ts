import { describe, expect, it } from 'vitest';
import { pivotsOf } from '@/lib/suggest/lexicon';
import { tokenize } from '@/lib/suggest/normalize';

const pivotsIn = (text: string) => tokenize(text).flatMap(pivotsOf);

describe('pivotsOf', () => {
  it('maps German, Spanish, French and Korean stems onto the English word', () => {
    expect(pivotsIn('Bitte stornieren')).toContain('cancel');
    expect(pivotsIn('quiero anular el pedido')).toEqual(expect.arrayContaining(['cancel', 'order']));
    expect(pivotsIn('mon remboursement')).toContain('refund');
    expect(pivotsIn('환불은 언제 되나요')).toEqual(expect.arrayContaining(['refund', 'when']));
  });

  it('finds a stem inside a German compound, but only a long stem inside a long word', () => {
    expect(pivotsOf('lieferadresse')).toEqual(expect.arrayContaining(['deliver', 'address']));
    expect(pivotsOf('kundenkonto')).toContain('account');
    expect(pivotsOf('mengenrabatt')).toContain('discount');
    // "fehl" (missing) is too short to be looked for inside "empfehlen" (recommend).
    expect(pivotsOf('empfehlen')).toEqual([]);
  });

  it('matches short words only whole, so English words are left alone', () => {
    expect(pivotsOf('wo')).toEqual(['where']);
    expect(pivotsOf('would')).toEqual([]);
    expect(pivotsOf('personal')).toEqual([]);
  });

  it('reads a subscription ended, a warranty repair and import duties in every language (session 11)', () => {
    expect(pivotsIn('Bitte kündigen Sie mein Abo')).toContain('cancel');
    expect(pivotsIn('je résilie mon abonnement')).toContain('cancel');
    expect(pivotsIn('구독 해지 부탁해요')).toContain('cancel');
    expect(pivotsIn('定期便を解約したい')).toContain('cancel');
    expect(pivotsIn('Garantiefall, bitte Reparatur')).toEqual(expect.arrayContaining(['warranty', 'repair']));
    expect(pivotsIn('sigue en garantía')).toContain('warranty');
    expect(pivotsIn('droits de douane à la livraison')).toContain('customs');
    expect(pivotsIn('관부가세를 냈어요')).toContain('customs');
    expect(pivotsIn('solicitaré el contracargo')).toContain('chargeback');
    expect(pivotsIn('die Dezember-Lieferung überspringen')).toContain('skip');
  });

  it('reads a fault and a replacement in formal, chat and elderly writing (session 13)', () => {
    expect(pivotsIn('Der Wasserkocher ist undicht, ein Mangel')).toEqual(['broken', 'broken']);
    expect(pivotsIn('un défaut de fabrication')).toContain('broken');
    expect(pivotsIn('la lámpara está averiada')).toContain('broken');
    expect(pivotsIn('스위치가 작동하지 않아요')).toContain('broken');
    expect(pivotsIn('袖口がほつれてしまいました')).toContain('broken');
    expect(pivotsIn('Ich verlange Nacherfüllung')).toContain('replacement');
    expect(pivotsIn('merci de remplacer la théière')).toContain('replacement');
    expect(pivotsIn('부품 교체 가능할까요')).toContain('replacement');
    expect(pivotsIn('지체 없이 환급하여 주시기 바랍니다')).toContain('refund');
    expect(pivotsIn('代金の返還をお願いします')).toContain('refund');
    // "averiguar" (to find out) is no breakdown.
    expect(pivotsIn('quiero averiguar el envío')).not.toContain('broken');
  });

  it('leaves look-alike words alone: "erkundigen" (to enquire) is not "kündigen", "préparer" is not a repair', () => {
    expect(pivotsIn('ich wollte mich erkundigen')).not.toContain('cancel');
    expect(pivotsIn('préparer la commande')).not.toContain('repair');
    expect(pivotsIn('preparar el pedido')).not.toContain('repair');
  });
});
