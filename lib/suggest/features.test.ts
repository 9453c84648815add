import { describe, expect, it } from 'vitest';
import { extractFeatures } from '@/lib/suggest/features';
import { DEFAULT_FEATURE_CONFIG } from '@/lib/suggest/train';

describe('extractFeatures', () => {
  it('reads both blocks by default, and keeps one block alone for an ensemble member', () => {
    const text = 'Wo ist mein Paket?';
    const plain = extractFeatures(text, DEFAULT_FEATURE_CONFIG);
    expect(plain.indices.length).toBeGreaterThan(0);
    const words = extractFeatures(text, { ...DEFAULT_FEATURE_CONFIG, blocks: 'words' });
    const chars = extractFeatures(text, { ...DEFAULT_FEATURE_CONFIG, blocks: 'chars' });
    expect(words.indices.length + chars.indices.length).toBeGreaterThanOrEqual(plain.indices.length);
    expect(words.indices.length).toBeLessThan(plain.indices.length);
    // Each block alone is L2-normalised to 1.
    for (const v of [words, chars]) expect(Math.hypot(...v.values)).toBeCloseTo(1, 5);
  });
});
