import { describe, expect, it } from 'vitest';
import { parse } from 'zod/v4/core';
import { safeParse } from '@/lib/schemas/core-schemas';
import { GenericReadRequestSchema, GenericReadResponseSchema } from './generic-read-messages';

describe('the generic reader’s messages', () => {
  it('parse what the background sends and the reader answers', () => {
    for (const use of ['page', 'selection', 'selection-or-page'])
      expect(parse(GenericReadRequestSchema, { type: 'genericRead', use })).toEqual({ type: 'genericRead', use });
    expect(parse(GenericReadResponseSchema, { ok: true, reading: 'selection' })).toEqual({ ok: true, reading: 'selection' });
  });

  it('refuse anything else', () => {
    expect(safeParse(GenericReadRequestSchema, { type: 'genericRead', use: 'everything' }).success).toBe(false);
    expect(safeParse(GenericReadRequestSchema, { type: 'genericRead', use: 'page', selection: 'x'.repeat(100_001) }).success).toBe(false);
    expect(safeParse(GenericReadResponseSchema, { ok: true, reading: 'page-and-selection' }).success).toBe(false);
    expect(safeParse(GenericReadResponseSchema, { ok: 'yes', reading: 'page' }).success).toBe(false);
  });
});
