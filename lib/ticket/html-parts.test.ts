import { describe, expect, it } from 'vitest';
import { joinText, type Part } from '@/lib/ticket/html-parts';

describe('joinText', () => {
  it('joins the text parts and leaves the set-aside elements out', () => {
    const parts: Part[] = ['Hi\n', { depth: 2, kind: 'quote', start: 10, end: 20 }, 'after\n'];
    expect(joinText(parts)).toBe('Hi\nafter\n');
  });
});
