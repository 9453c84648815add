import { describe, expect, it } from 'vitest';
import { extractFeatures } from '@/lib/suggest/features';
import { tokenize } from '@/lib/suggest/normalize';
import { stemFeatures } from '@/lib/suggest/stems';

describe('stem features', () => {
  it('gives inflections of one French, Spanish or German word the same stem', () => {
    expect(stemFeatures(tokenize('rembourser remboursement'), 'fr')).toEqual(['s:fr:rembours', 's:fr:rembours']);
    expect(stemFeatures(tokenize('devolver devolverlo'), 'es')).toEqual(['s:es:devolv', 's:es:devolv']);
    expect(stemFeatures(tokenize('Erstattung erstatten'), 'de')).toEqual(['s:de:erstatt', 's:de:erstatt']);
  });

  it('stems no English, Korean or Japanese word, and no short word or number', () => {
    expect(stemFeatures(tokenize('refunded returning'), 'en')).toEqual([]);
    expect(stemFeatures(tokenize('환불해 주세요'), 'ko')).toEqual([]);
    expect(stemFeatures(['les', '12345'], 'fr')).toEqual([]);
  });

  it('adds word features only when the model asks for them', () => {
    const config = { buckets: 1024, charMin: 3, charMax: 5, charWeight: 0.8 };
    const plain = extractFeatures('Je voudrais être remboursée rapidement', config);
    const stemmed = extractFeatures('Je voudrais être remboursée rapidement', { ...config, stems: true });
    expect(stemmed.indices.length).toBeGreaterThan(plain.indices.length);
  });
});
