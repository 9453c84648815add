import { describe, expect, it } from 'vitest';
import { StoreConnectionSchema, StoreConnectionsSchema } from '@/lib/schemas/store';

describe('StoreConnectionsSchema', () => {
  it('connects the demo store when nothing is saved', () => {
    expect(StoreConnectionsSchema.parse(undefined)).toEqual([{ platform: 'demo' }]);
  });

  it('hands out a fresh default each time, so editing one does not change the next', () => {
    const first = StoreConnectionsSchema.parse(undefined);
    first.push({ platform: 'demo', id: 'second' });
    expect(StoreConnectionsSchema.parse(undefined)).toHaveLength(1);
  });

  it('keeps an explicitly empty list (the agent disconnected every store)', () => {
    expect(StoreConnectionsSchema.parse([])).toEqual([]);
  });

  it('keeps id and label of a saved demo connection', () => {
    const saved = [{ platform: 'demo', id: 'training', label: 'Training shop' }];
    expect(StoreConnectionsSchema.parse(saved)).toEqual(saved);
  });
});

describe('StoreConnectionSchema', () => {
  it('rejects platforms that have no connector', () => {
    expect(StoreConnectionSchema.safeParse({ platform: 'magento', url: 'https://shop.example' }).success).toBe(false);
  });

  it('rejects an empty label', () => {
    expect(StoreConnectionSchema.safeParse({ platform: 'demo', label: '' }).success).toBe(false);
  });
});
