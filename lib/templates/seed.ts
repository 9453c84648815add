/**
 * Installs the bundled starter pack on first run and upgrades it when Deskpilot ships a newer
 * version. The panel and the background both call this: the version check and the writes happen
 * in one IndexedDB transaction, so two contexts racing end with one consistent install.
 */
import { getInstalledPack, importPack, type ImportSummary } from '@/lib/templates/repository';
import { compareVersions } from '@/lib/templates/semver';
import { STARTER_PACK } from '@/lib/templates/starter-pack';

export const STARTER_PACK_SOURCE = 'builtin';

const UP_TO_DATE: ImportSummary = { status: 'skipped', added: [], updated: [], unchanged: [], keptLocal: [], removed: [] };

let inFlight: Promise<ImportSummary> | undefined;

async function installIfNewer(): Promise<ImportSummary> {
  // A cheap read first: on every run but the first, nothing needs a write transaction.
  const installed = await getInstalledPack(STARTER_PACK.id);
  if (installed && compareVersions(installed.version, STARTER_PACK.version) >= 0) return { ...UP_TO_DATE };
  return importPack(STARTER_PACK, STARTER_PACK_SOURCE, { onlyIfNewer: true });
}

/** Idempotent; concurrent calls in one context share one attempt, and a failed attempt can be retried. */
export function ensureStarterPack(): Promise<ImportSummary> {
  inFlight ??= installIfNewer().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}
