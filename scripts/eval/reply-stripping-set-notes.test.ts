import { describe, expect, it } from 'vitest';
import { REPLY_SET_NAMES } from '@/lib/ticket/testing/reply-sets';
import { SET_NOTES } from './reply-stripping-set-notes';

describe('reply-stripping set notes', () => {
  it('describes every registered set, tuned-on blind sets with their first run', () => {
    expect(Object.keys(SET_NOTES).sort()).toEqual([...REPLY_SET_NAMES].sort());
    for (const [name, note] of Object.entries(SET_NOTES)) {
      if (/^blind-\d+$/.test(name) && note.includes('tuned on from')) expect(note).toMatch(/first run \d+\/\d+/);
    }
  });
});
