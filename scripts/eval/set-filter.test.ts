import { describe, expect, it } from 'vitest';
import { matchesEvalSet } from './set-filter';

describe('matchesEvalSet', () => {
  it('keeps every name without a filter', () => {
    expect(matchesEvalSet('blind 21 (2026-12-07) — unseen', '')).toBe(true);
  });

  it('reads a number in the filter as the whole number', () => {
    expect(matchesEvalSet('blind 2 (2026-11-25) — unseen', 'blind 2')).toBe(true);
    expect(matchesEvalSet('blind 20 (2026-12-07) — unseen', 'blind 2')).toBe(false);
    expect(matchesEvalSet('2026-12-07-blind21-gmail-snoozed.html', 'blind2')).toBe(false);
    expect(matchesEvalSet('2026-11-25-blind2-gmail-print.html', 'blind2')).toBe(true);
  });

  it('finds the number further on when its first match runs on', () => {
    expect(matchesEvalSet('blind 20, then blind 2', 'blind 2')).toBe(true);
  });

  it('keeps a filter that ends in letters a plain substring match', () => {
    expect(matchesEvalSet('blind 14 (2026-12-05) — tuned on', 'blind')).toBe(true);
    expect(matchesEvalSet('evaluation set', 'blind')).toBe(false);
  });
});
