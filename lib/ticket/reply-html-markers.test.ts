import { describe, expect, it } from 'vitest';
import { bareElementKind, elementKind } from '@/lib/ticket/reply-html-markers';

describe('elementKind', () => {
  it('judges a tag with attributes by them, after the same tag was seen bare', () => {
    expect(elementKind('div', {})).toBe('content');
    expect(elementKind('div', { class: 'note gmail_quote' })).toBe('quote');
    expect(elementKind('div', {})).toBe('content');
  });

  it('gives a bare tag the same kind every time', () => {
    const first = elementKind('blockquote', {});
    expect(elementKind('blockquote', {})).toBe(first);
    expect(elementKind('blockquote', { type: 'cite' })).toBe('quote');
  });

  it('judges a tag without attribute values by its name alone', () => {
    expect(bareElementKind('p')).toBe('content');
    expect(bareElementKind('blockquote')).toBe('quote-if-last');
    expect(bareElementKind('blockquote')).toBe(elementKind('blockquote', {}));
  });
});
