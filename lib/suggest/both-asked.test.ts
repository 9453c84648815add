import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';

const intentsOf = (text: string) => classifyIntent(text).requests.map((r) => r.intent);

describe('one clause asking the shop to act on two situations asks both', () => {
  it.each([
    'My mother passed away in May. Please stop the subscription and close her account altogether.',
    'Meine Mutter ist im Mai verstorben. Bitte kündigen Sie das Abo und löschen Sie ihr Konto.',
    "Ma mère est décédée en mai. Merci de résilier l'abonnement et de fermer son compte.",
    'Mi madre falleció en mayo. Os pido cancelar la suscripción y cerrar su cuenta.',
    '어머니가 지난달 돌아가셨습니다. 정기배송 해지하고 회원 탈퇴 처리 부탁드립니다.',
    '母が先月他界しました。定期便の解約と会員登録の削除をお願いいたします。',
  ])('the subscription ended, then the account closed, in the order asked: %s', (text) => {
    expect(intentsOf(text)).toEqual(['cancel_order', 'account']);
  });

  it('keeps the order the words stand in', () => {
    expect(intentsOf('Please delete my account and cancel my subscription as well.')).toEqual(['account', 'cancel_order']);
  });

  it('adds nothing for situations only told, nor an ask already made in another clause', () => {
    // A price dropped and points named as the way to pay the difference back: one ask, the difference.
    expect(intentsOf('先週買ったトースターが今日セールで安くなっていたので、差額をポイントで補填していただけませんか。')).toEqual([
      'discount_request',
    ]);
    expect(intentsOf('Please cancel my subscription. Please cancel my subscription and close my account.')).toEqual([
      'cancel_order',
      'account',
    ]);
  });
});
