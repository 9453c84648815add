/**
 * The thresholds triage uses, and where each comes from: Settings → Triage overrides the packs,
 * which override the defaults (issue 11). Packs apply in the order given (oldest install first, a
 * later pack wins); two packs that set one value differently are reported, not silently merged.
 * The panel, the Queue, Settings and `triage --jsonl --pack` all resolve through this.
 */
import { DEFAULT_TRIAGE_SETTINGS, mergeTriageSettings } from '@/lib/triage/defaults';
import type { TriageSettings, TriageSettingsPatch } from '@/lib/triage/schema';

export const THRESHOLD_PATHS = [
  'targets.default',
  'targets.amazon',
  'targets.ebay',
  'targets.etsy',
  'targets.shopify',
  'nearMarginHours',
  'vipLifetimeSpend',
  'vipOrdersCount',
  'highValueOrderTotal',
  'repeatContacts7d',
  'eventWithinDays',
] as const;
export type ThresholdPath = (typeof THRESHOLD_PATHS)[number];

export type ThresholdSource = { from: 'default' } | { from: 'pack'; pack: string } | { from: 'settings' };

export interface PackThresholds {
  /** The pack's name as Settings lists it. */
  name: string;
  triage?: TriageSettingsPatch | undefined;
}

export interface ResolvedTriageSettings {
  settings: TriageSettings;
  sources: Record<ThresholdPath, ThresholdSource>;
  /** Values two packs set differently (the later pack's value is used until Settings decides). */
  conflicts: Array<{ path: ThresholdPath; values: Array<{ pack: string; value: number }> }>;
}

/** The value a settings object or patch holds at a path (undefined when it does not set it). */
export function thresholdAt(settings: TriageSettingsPatch | TriageSettings | undefined, path: ThresholdPath): number | undefined {
  if (!settings) return undefined;
  const [head, tail] = path.split('.') as [keyof TriageSettings, string | undefined];
  const value = settings[head];
  if (tail) return (value as Record<string, number | undefined> | undefined)?.[tail];
  return value as number | undefined;
}

export function resolveTriageSettings(own: TriageSettingsPatch | undefined, packs: readonly PackThresholds[] = []): ResolvedTriageSettings {
  const settings = mergeTriageSettings(...packs.map((pack) => pack.triage), own);
  const sources = {} as Record<ThresholdPath, ThresholdSource>;
  const conflicts: ResolvedTriageSettings['conflicts'] = [];
  for (const path of THRESHOLD_PATHS) {
    const setters = packs.flatMap((pack) => {
      const value = thresholdAt(pack.triage, path);
      return value === undefined ? [] : [{ pack: pack.name, value }];
    });
    if (new Set(setters.map((s) => s.value)).size > 1) conflicts.push({ path, values: setters });
    const lastPack = setters.at(-1);
    sources[path] =
      thresholdAt(own, path) !== undefined ? { from: 'settings' } : lastPack ? { from: 'pack', pack: lastPack.pack } : { from: 'default' };
  }
  return { settings, sources, conflicts };
}

/** The default at a path, for Settings to show beside an empty field. */
export function defaultThreshold(path: ThresholdPath): number | undefined {
  return thresholdAt(DEFAULT_TRIAGE_SETTINGS, path);
}
