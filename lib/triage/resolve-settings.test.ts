import { describe, expect, it } from 'vitest';
import { resolveTriageSettings } from '@/lib/triage/resolve-settings';
import { triage } from '@/lib/triage/triage';

describe('resolved triage thresholds: settings over packs over defaults', () => {
  it('uses the defaults when nothing is set, and says so', () => {
    const resolved = resolveTriageSettings(undefined, []);
    expect(resolved.settings.targets).toEqual({ default: 24, amazon: 24, ebay: 72, etsy: 24 });
    expect(resolved.sources['targets.default']).toEqual({ from: 'default' });
    expect(resolved.conflicts).toEqual([]);
  });

  it('a pack overrides a default; Settings override the pack; each value names its source', () => {
    const packs = [{ name: 'EU returns desk', triage: { targets: { default: 12, shopify: 8 }, vipOrdersCount: 5 } }];
    const resolved = resolveTriageSettings({ targets: { default: 6 } }, packs);
    expect(resolved.settings).toMatchObject({ targets: { default: 6, shopify: 8, amazon: 24 }, vipOrdersCount: 5, vipLifetimeSpend: 1000 });
    expect(resolved.sources['targets.default']).toEqual({ from: 'settings' });
    expect(resolved.sources['targets.shopify']).toEqual({ from: 'pack', pack: 'EU returns desk' });
    expect(resolved.sources.vipOrdersCount).toEqual({ from: 'pack', pack: 'EU returns desk' });
    expect(resolved.sources.vipLifetimeSpend).toEqual({ from: 'default' });
  });

  it('shows two packs that disagree; the later one is used', () => {
    const resolved = resolveTriageSettings({}, [
      { name: 'A', triage: { highValueOrderTotal: 300 } },
      { name: 'B', triage: { highValueOrderTotal: 800 } },
      { name: 'C', triage: { highValueOrderTotal: 800 } },
    ]);
    expect(resolved.settings.highValueOrderTotal).toBe(800);
    expect(resolved.sources.highValueOrderTotal).toEqual({ from: 'pack', pack: 'C' });
    expect(resolved.conflicts).toEqual([
      {
        path: 'highValueOrderTotal',
        values: [
          { pack: 'A', value: 300 },
          { pack: 'B', value: 800 },
          { pack: 'C', value: 800 },
        ],
      },
    ]);
  });

  it('changes the verdict: a pack’s 8-hour target makes a 7-hour-old Shopify ticket near it', () => {
    const input = {
      text: 'Where is my order #1047?',
      marketplace: 'shopify' as const,
      receivedAt: '2026-12-04T05:00:00Z',
      now: '2026-12-04T12:00:00Z',
    };
    expect(triage(input, resolveTriageSettings(undefined, []).settings).reasons).toEqual(['none']);
    const packed = resolveTriageSettings(undefined, [{ name: 'Fast desk', triage: { targets: { shopify: 8 } } }]).settings;
    expect(triage(input, packed)).toMatchObject({ reasons: ['sla_near'], targetHours: 8, targetSource: 'shopify' });
  });
});
