import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { array, literal, number, object, optional, safeParse, string } from './core-schemas';

// The same request shape written both ways: the core builders must accept and refuse alike.
const built = object({
  kind: literal(['note', 'reply']),
  title: string(12, 1),
  tags: optional(array(string(5), 2)),
  weight: number(),
  open: optional(literal([true, false])),
});
const mini = z.object({
  kind: z.literal(['note', 'reply']),
  title: z.string().check(z.minLength(1), z.maxLength(12)),
  tags: z.optional(z.array(z.string().check(z.maxLength(5))).check(z.maxLength(2))),
  weight: z.number(),
  open: z.optional(z.literal([true, false])),
});

const valid = { kind: 'note', title: 'Late parcel', weight: 2 };
const values: unknown[] = [
  valid,
  { ...valid, tags: ['a', 'bb'], open: false, extra: 'dropped' },
  { ...valid, kind: 'memo' },
  { ...valid, title: '' },
  { ...valid, title: 'x'.repeat(13) },
  { ...valid, title: '😀'.repeat(12) },
  { ...valid, tags: ['a', 'b', 'c'] },
  { ...valid, tags: ['toolong'] },
  { ...valid, weight: Number.NaN },
  { ...valid, weight: '2' },
  { ...valid, open: 'yes' },
  { kind: 'note', weight: 1 },
  null,
  'note',
  [valid],
];

describe('core schemas', () => {
  it('accept and refuse exactly what the zod/mini schema written the same way does', () => {
    for (const value of values) {
      const ours = safeParse(built, value);
      const theirs = mini.safeParse(value);
      expect(ours.success, JSON.stringify(value)).toBe(theirs.success);
      if (ours.success) expect(ours.data).toEqual(theirs.data);
    }
  });

  it('drop unknown keys and keep the checked ones', () => {
    const parsed = safeParse(built, { ...valid, tags: ['a'], secret: 1 });
    expect(parsed).toEqual({ success: true, data: { ...valid, tags: ['a'] } });
    expect(safeParse(built, { ...valid, tags: 'a' })).toEqual({ success: false });
  });

  it('count a string’s length in characters, as zod does', () => {
    expect(safeParse(string(2), '😀😀').success).toBe(true);
    expect(safeParse(string(2), 'abc').success).toBe(false);
  });

  it('take a single literal value as well as a list', () => {
    expect(safeParse(literal('ping'), 'ping').success).toBe(true);
    expect(safeParse(literal('ping'), 'pong').success).toBe(false);
  });
});
