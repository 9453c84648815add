import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { decidedByMessage } from '@/lib/suggest/ai/decided-by-words';

describe('who decided, in words', () => {
  it('names the AI, the local model, or the AI confirming the local reading', () => {
    const { t } = translator('en');
    expect(t(decidedByMessage('ai'))).toMatch(/^decided by the AI model/);
    expect(t(decidedByMessage('local'))).toMatch(/^decided by the local model/);
    // The AI named the local model's own top: confirmed, whoever the decision record names.
    expect(t(decidedByMessage('ai', true))).toMatch(/^confirmed by the AI model/);
  });
});
