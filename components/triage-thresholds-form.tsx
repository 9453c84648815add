import { useState } from 'react';
import {
  resolveTriageSettings,
  THRESHOLD_PATHS,
  thresholdAt,
  type PackThresholds,
  type ThresholdPath,
} from '@/lib/triage/resolve-settings';
import { TriageSettingsPatchSchema, type TriageSettingsPatch } from '@/lib/triage/schema';

/**
 * The field labels and the words around them, still English only.
 * TODO(2026-12-04): move to lib/i18n keys; lib/ui-strings.test.ts does not see strings kept in constants.
 */
const LABELS: Record<ThresholdPath, string> = {
  'targets.default': 'First-response target, hours (your own channels)',
  'targets.amazon': 'Amazon target, hours (Amazon: 24)',
  'targets.ebay': 'eBay target, hours (eBay returns: 3 business days)',
  'targets.etsy': 'Etsy target, hours (Star Seller: 24)',
  'targets.shopify': 'Shopify target, hours (else your own target)',
  nearMarginHours: '“Near the target” starts this many hours before it',
  vipLifetimeSpend: 'VIP from lifetime spend',
  vipOrdersCount: 'VIP from number of orders',
  highValueOrderTotal: 'High-value order from',
  repeatContacts7d: 'Repeat contact: earlier contacts in 7 days',
  eventWithinDays: 'Dated event: at most this many days away',
};
const TEXT = {
  intro: 'Empty fields use the value a pack sets, else the default. A value here overrides both.',
  setHere: 'Set here',
  fromPack: (pack: string) => `From pack “${pack}”`,
  byDefault: 'Default',
  none: 'Not set: your own target applies',
  instead: (value: number | undefined) => (value === undefined ? '' : ` (otherwise ${value})`),
  notNumber: 'is not a number',
  notSaved: 'Not saved:',
  save: 'Save thresholds',
  saved: 'Saved.',
  conflict: (label: string, values: string, used: string) =>
    `Packs disagree on “${label}”: ${values}. “${used}” is used until you set it here.`,
};

function sourceText(path: ThresholdPath, own: TriageSettingsPatch, packs: readonly PackThresholds[]): string {
  const inherited = resolveTriageSettings(undefined, packs);
  const source = inherited.sources[path];
  const otherwise = thresholdAt(inherited.settings, path);
  if (thresholdAt(own, path) !== undefined) return `${TEXT.setHere}${TEXT.instead(otherwise)}`;
  if (source.from === 'pack') return `${TEXT.fromPack(source.pack)}: ${otherwise}`;
  return otherwise === undefined ? TEXT.none : `${TEXT.byDefault}: ${otherwise}`;
}

/** Builds the patch the form holds; problems name the exact path (`targets.amazon`). */
export function thresholdPatch(draft: Partial<Record<ThresholdPath, string>>): { patch: TriageSettingsPatch } | { problems: string[] } {
  const patch: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const path of THRESHOLD_PATHS) {
    const raw = draft[path]?.trim().replace(',', '.');
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) problems.push(`${path}: “${raw}” ${TEXT.notNumber}`);
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail) patch[head] = { ...(patch[head] as object | undefined), [tail]: value };
    else patch[head] = value;
  }
  if (problems.length > 0) return { problems };
  const parsed = TriageSettingsPatchSchema.safeParse(patch);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  return { patch: parsed.data };
}

interface Props {
  own: TriageSettingsPatch;
  packs: readonly PackThresholds[];
  onSave: (patch: TriageSettingsPatch) => Promise<void>;
}

/** Settings → Triage thresholds: each value with where it comes from; packs that disagree are shown. */
export function TriageThresholdsForm({ own, packs, onSave }: Props) {
  const [draft, setDraft] = useState<Partial<Record<ThresholdPath, string>>>(() =>
    Object.fromEntries(THRESHOLD_PATHS.map((path) => [path, String(thresholdAt(own, path) ?? '')])),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const inherited = resolveTriageSettings(undefined, packs);
  const save = async () => {
    const result = thresholdPatch(draft);
    setStatus(null);
    if ('problems' in result) return setProblems(result.problems);
    setProblems([]);
    await onSave(result.patch);
    setStatus(TEXT.saved);
  };
  return (
    <div className="triage-settings" data-testid="triage-thresholds">
      <p className="muted">{TEXT.intro}</p>
      {THRESHOLD_PATHS.map((path) => (
        <label key={path} className="field">
          <span>{LABELS[path]}</span>
          <input
            inputMode="decimal"
            name={path}
            value={draft[path] ?? ''}
            placeholder={String(thresholdAt(inherited.settings, path) ?? '')}
            onChange={(e) => setDraft({ ...draft, [path]: e.target.value })}
          />
          <small className="muted" data-testid={`threshold-source-${path}`}>
            {sourceText(path, own, packs)}
          </small>
        </label>
      ))}
      {inherited.conflicts.map(({ path, values }) => (
        <p key={path} className="warning" role="alert" data-testid="threshold-conflict">
          {TEXT.conflict(LABELS[path], values.map((v) => `“${v.pack}” says ${v.value}`).join(', '), values.at(-1)!.pack)}
        </p>
      ))}
      {problems.length > 0 && (
        <ul className="error" role="alert" data-testid="threshold-problems">
          {problems.map((problem) => (
            <li key={problem}>
              {TEXT.notSaved} {problem}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {TEXT.save}
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </div>
  );
}
