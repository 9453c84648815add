import { describe, expect, it } from 'vitest';
import { confidence, primaryShare, queryAllWithFallback } from '@/lib/sites/confidence';

describe('confidence helpers', () => {
  it('averages part scores to two decimals', () => {
    expect(confidence([1, 0.5, 0.7])).toBe(0.73);
    expect(confidence([])).toBe(0);
  });

  it('counts the share of lookups the primary selector answered', () => {
    expect(primaryShare([true, false, true, true])).toBe(0.75);
  });

  it('falls back to the second selector only when the first finds nothing', () => {
    document.body.innerHTML = '<div class="old">a</div><div class="old">b</div>';
    expect(queryAllWithFallback(document, '[data-test-id=msg]', '.old')).toMatchObject({ primary: false });
    expect(queryAllWithFallback(document, '[data-test-id=msg]', '.old').elements).toHaveLength(2);
    document.body.innerHTML = '<div data-test-id="msg">a</div><div class="old">b</div>';
    const found = queryAllWithFallback(document, '[data-test-id=msg]', '.old');
    expect(found.primary).toBe(true);
    expect(found.elements.map((e) => e.textContent)).toEqual(['a']);
  });
});
