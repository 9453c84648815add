import { describe, expect, it } from 'vitest';
import { GenericReadRequestSchema, GenericReadResponseSchema } from './generic-read-messages';

describe('the generic reader’s messages', () => {
  it('parse what the background sends and the reader answers', () => {
    for (const use of ['page', 'selection', 'selection-or-page'])
      expect(GenericReadRequestSchema.parse({ type: 'genericRead', use })).toEqual({ type: 'genericRead', use });
    expect(GenericReadResponseSchema.parse({ ok: true, reading: 'selection' })).toEqual({ ok: true, reading: 'selection' });
  });

  it('refuse anything else', () => {
    expect(GenericReadRequestSchema.safeParse({ type: 'genericRead', use: 'everything' }).success).toBe(false);
    expect(GenericReadRequestSchema.safeParse({ type: 'genericRead', use: 'page', selection: 'x'.repeat(100_001) }).success).toBe(false);
    expect(GenericReadResponseSchema.safeParse({ ok: true, reading: 'page-and-selection' }).success).toBe(false);
    expect(GenericReadResponseSchema.safeParse({ ok: 'yes', reading: 'page' }).success).toBe(false);
  });
});
