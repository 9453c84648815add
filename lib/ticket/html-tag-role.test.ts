import { describe, expect, it } from 'vitest';
import { tagRole } from '@/lib/ticket/html-tag-role';

describe('tagRole: how the mail renderer treats an element by its name', () => {
  it('breaks lines at blocks and <br>, keeps cells on a line, hides what is never shown', () => {
    expect(tagRole('div')).toMatchObject({ block: true, cell: false, hidden: false, lineBreak: false });
    expect(tagRole('br')).toMatchObject({ block: false, lineBreak: true });
    expect(tagRole('td')).toMatchObject({ block: false, cell: true });
    expect(tagRole('style')).toMatchObject({ hidden: true });
    expect(tagRole('pre')).toMatchObject({ block: true, pre: true });
    expect(tagRole('span')).toMatchObject({ block: false, cell: false, hidden: false, pre: false, lineBreak: false, bareKind: 'content' });
  });

  it('carries the kind a bare element has by its name alone', () => {
    expect(tagRole('blockquote').bareKind).not.toBe('content');
  });
});
