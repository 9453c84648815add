/**
 * The triage thresholds from storage: Settings → Triage (extension storage) over the installed
 * packs' `triage` sections (on their pack records, oldest install first) over the defaults.
 */
import { triageSetting } from '@/lib/settings';
import { listInstalledPacks } from '@/lib/templates/repository';
import { resolveTriageSettings, type PackThresholds, type ResolvedTriageSettings } from '@/lib/triage/resolve-settings';
import type { TriageSettingsPatch } from '@/lib/triage/schema';

export interface ThresholdInputs {
  own: TriageSettingsPatch;
  packs: PackThresholds[];
}

export async function loadThresholdInputs(): Promise<ThresholdInputs> {
  const [own, packs] = await Promise.all([triageSetting.get(), listInstalledPacks()]);
  const ordered = [...packs].sort((a, b) => a.installedAt.localeCompare(b.installedAt) || a.id.localeCompare(b.id));
  return { own, packs: ordered.map((pack) => ({ name: pack.name, triage: pack.triage })) };
}

export async function loadTriageThresholds(): Promise<ResolvedTriageSettings> {
  const { own, packs } = await loadThresholdInputs();
  return resolveTriageSettings(own, packs);
}
