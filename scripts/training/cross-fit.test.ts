import { describe, expect, it } from 'vitest';
import { buildCorpus, HANDWRITTEN } from './corpus';
import { CROSS_FIT_FOLDS, foldOf } from './cross-fit';

describe('cross-fit folds', () => {
  it('puts every hand-written example in one stable fold, and every fold gets a fair share', () => {
    const sizes = new Array<number>(CROSS_FIT_FOLDS).fill(0);
    for (const example of HANDWRITTEN) {
      const fold = foldOf(example.text);
      expect(foldOf(example.text)).toBe(fold);
      sizes[fold]! += 1;
    }
    for (const size of sizes) expect(size).toBeGreaterThan(HANDWRITTEN.length / CROSS_FIT_FOLDS / 2);
  });

  it("a fold's corpus holds none of that fold's hand-written examples, and all of Bitext", () => {
    const bitext = [{ text: 'where is my parcel', intent: 'where_is_my_order' as const }];
    const corpus = buildCorpus(bitext, 1, (e) => foldOf(e.text) !== 0);
    const texts = new Set(corpus.map((e) => e.text));
    const apart = HANDWRITTEN.filter((e) => foldOf(e.text) === 0);
    expect(apart.length).toBeGreaterThan(0);
    // Envelopes wrap the text, so look for it inside any training example too.
    const joined = corpus.map((e) => e.text).join('\n');
    for (const e of apart.slice(0, 200)) expect(texts.has(e.text) || joined.includes(`\n${e.text}\n`)).toBe(false);
    expect(texts.has('where is my parcel')).toBe(true);
  });
});
