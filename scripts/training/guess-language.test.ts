import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language';

describe('guessLanguage', () => {
  it('tells the six languages apart by script and function words', () => {
    expect(guessLanguage('Wo ist mein Paket? Ich warte seit zwei Wochen.')).toBe('de');
    expect(guessLanguage("Je n'ai toujours pas reçu mon colis, pouvez-vous vérifier ?")).toBe('fr');
    expect(guessLanguage('¿Dónde está mi pedido? Lo hice hace dos semanas.')).toBe('es');
    expect(guessLanguage('Where is my parcel? I have been waiting for two weeks.')).toBe('en');
    expect(guessLanguage('택배 언제 와요?')).toBe('ko');
    expect(guessLanguage('商品がまだ届きません。')).toBe('ja');
  });
});
