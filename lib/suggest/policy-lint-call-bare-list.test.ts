import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';
import { findBiasedReviewRequests } from '@/lib/suggest/policy-lint-wording';

const called = (text: string) => findCalls(text).length > 0;

// Session 17 (lint15): a negated list may go on in bare infinitives; they continue it once the list is closed. Without a
// serial comma ("…, take photos or call us"): policy-lint-call-unserial.test.ts (session 18).
describe('a call as one more bare item of a negated list', () => {
  it.each([
    'We won’t ask you to send it back, take photos, or call us.',
    'You will not have to return the kettle, print a label, fill in a form, or ring us.',
    'We won’t need you to send it back, call us, or reply with photos.',
    'We do not expect you to post anything, email us, nor phone us.',
    'Sie müssen den Artikel nicht zurückschicken, Fotos machen oder uns anrufen.',
    'Sie brauchen nichts zu tun, kein Formular ausfüllen noch uns anrufen.',
    'Nous ne vous demanderons pas de renvoyer l’article, prendre des photos, ou nous appeler.',
    'Vous n’aurez pas à renvoyer la lampe, remplir un formulaire ni nous téléphoner.',
  ])('is negated: %s', (text) => {
    expect(called(text)).toBe(false);
  });

  it.each([
    'We won’t ask you to send it back, call us instead.',
    'We won’t ask you to send it back, call us, or we can arrange a pickup.',
    'We won’t ask you to send it back, please call us, or reply here.',
    'Sie müssen den Artikel nicht zurückschicken, rufen Sie uns an oder schreiben Sie hier.',
    'Sie müssen nichts zurückschicken, wenn Sie uns anrufen oder schreiben.',
    'Nous ne vous demanderons pas de renvoyer l’article, appelez-nous, ou répondez ici.',
    'Inutile de renvoyer l’article, appelez-nous ou écrivez-nous ici.',
  ])('still calls without a list that closes, or after an imperative or a subject: %s', (text) => {
    expect(called(text)).toBe(true);
  });
});

describe('a review change as one more bare item of a promise not to ask', () => {
  it('is no ask', () => {
    expect(findBiasedReviewRequests('We won’t ask you to change your feedback, give us five stars, or write a new review.')).toEqual([]);
  });

  it('asks once the list is left for an imperative', () => {
    expect(findBiasedReviewRequests('We will never push you, update your review instead.')).not.toEqual([]);
  });
});
