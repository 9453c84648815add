import { describe, expect, it } from 'vitest';
import { extractFeatures } from '@/lib/suggest/features';
import { DEFAULT_FEATURE_CONFIG } from '@/lib/suggest/train';

describe('extractFeatures without the training-only language guesser', () => {
  it('reads the shipped feature shape, and refuses language-keyed features instead of misreading them', () => {
    expect(extractFeatures('Where is my parcel?', DEFAULT_FEATURE_CONFIG).indices.length).toBeGreaterThan(0);
    expect(() => extractFeatures('Where is my parcel?', { ...DEFAULT_FEATURE_CONFIG, languageKeys: true })).toThrow(/guess-language/);
  });
});
