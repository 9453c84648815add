import { describe, expect, it } from 'vitest';
import { extractFeatures } from '@/lib/suggest/features';
import { guessLanguage } from './guess-language';
import { DEFAULT_FEATURE_CONFIG } from '@/lib/suggest/train';

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

describe('feature options', () => {
  it('keys word features by language when asked, and keeps one block alone for an ensemble member', () => {
    const text = 'Wo ist mein Paket?';
    const plain = extractFeatures(text, DEFAULT_FEATURE_CONFIG);
    const keyed = extractFeatures(text, { ...DEFAULT_FEATURE_CONFIG, languageKeys: true });
    expect(keyed.indices.length).toBeGreaterThan(plain.indices.length);
    const words = extractFeatures(text, { ...DEFAULT_FEATURE_CONFIG, blocks: 'words' });
    const chars = extractFeatures(text, { ...DEFAULT_FEATURE_CONFIG, blocks: 'chars' });
    expect(words.indices.length + chars.indices.length).toBeGreaterThanOrEqual(plain.indices.length);
    expect(words.indices.length).toBeLessThan(plain.indices.length);
    // Each block alone is L2-normalised to 1.
    for (const v of [words, chars]) expect(Math.hypot(...v.values)).toBeCloseTo(1, 5);
  });
});
