import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { reading } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

/** Session 18: instructions asked as a PDF read as an invoice request; LABELS.md makes them missing_item. */
describe('readAsTold: a manual asked to be sent', () => {
  it.each([
    'Could you email me the manual as a PDF?',
    'Können Sie mir die Aufbauanleitung als PDF schicken?',
    "Pourriez-vous m'envoyer le mode d'emploi en PDF ?",
    '¿Me podéis mandar el manual de instrucciones en PDF?',
    '설명서를 PDF로 보내주실 수 있나요?',
    '取扱説明書をPDFで送っていただけますか。',
  ])('%j read as invoice is missing_item', (clause) => {
    expect(readAsTold(clause, reading('invoice', 0.8), true)?.intent).toBe('missing_item');
  });

  it('leaves an invoice asked as a PDF, a question on what the manual says and a manual told in a story alone', () => {
    expect(readAsTold('Können Sie mir die Rechnung als PDF schicken?', reading('invoice', 0.8), true)).toBeUndefined();
    expect(readAsTold('The manual says 30°, can it go in the dishwasher?', reading('product_question', 0.8), true)).toBeUndefined();
    expect(readAsTold('Could you tell me what the manual means by this?', reading('other', 0.4), false)).toBeUndefined();
  });
});

describe('the shipped classifier (synthetic mail, written for session 18)', () => {
  it.each([
    ['Hallo, der Schrank ist da, aber ohne Aufbauanleitung. Können Sie mir die Anleitung als PDF schicken? Danke!', 'missing_item'],
    ['Hallo, können Sie mir bitte die Rechnung zu Bestellung 4411 als PDF schicken? Danke!', 'invoice'],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
