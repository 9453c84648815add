import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries';
import { triageSetting } from '@/lib/settings';
import { TriageSettingsPatchSchema, type TriageSettings } from '@/lib/triage/schema';

type NumberField = { key: string; label: string; get: (s: TriageSettings) => number | undefined };

const FIELDS: NumberField[] = [
  { key: 'targets.default', label: 'First-response target, hours (your channels)', get: (s) => s.targets.default },
  { key: 'targets.amazon', label: 'Amazon target, hours (Amazon: 24)', get: (s) => s.targets.amazon },
  { key: 'targets.ebay', label: 'eBay target, hours (eBay returns: 3 business days)', get: (s) => s.targets.ebay },
  { key: 'targets.etsy', label: 'Etsy target, hours (Star Seller: 24)', get: (s) => s.targets.etsy },
  { key: 'nearMarginHours', label: '“Near the target” starts this many hours before it', get: (s) => s.nearMarginHours },
  { key: 'vipLifetimeSpend', label: 'VIP from lifetime spend', get: (s) => s.vipLifetimeSpend },
  { key: 'vipOrdersCount', label: 'VIP from number of orders', get: (s) => s.vipOrdersCount },
  { key: 'highValueOrderTotal', label: 'High-value order from', get: (s) => s.highValueOrderTotal },
  { key: 'repeatContacts7d', label: 'Repeat contact: earlier contacts in 7 days', get: (s) => s.repeatContacts7d },
  { key: 'eventWithinDays', label: 'Dated event: at most this many days away', get: (s) => s.eventWithinDays },
];

/** The shop's triage thresholds; saved as a patch over the defaults. */
export function TriageSettingsForm({ settings }: { settings: TriageSettings }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, String(f.get(settings) ?? '')])),
  );
  const [status, setStatus] = useState<string | null>(null);
  const save = async () => {
    const patch: Record<string, unknown> = { targets: {} };
    for (const { key } of FIELDS) {
      const raw = draft[key]?.trim();
      if (!raw) continue;
      const [head, tail] = key.split('.');
      if (tail) (patch[head!] as Record<string, number>)[tail] = Number(raw);
      else patch[head!] = Number(raw);
    }
    const parsed = TriageSettingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus(`Not saved: ${issue?.path.join('.')} — ${issue?.message}`);
      return;
    }
    await triageSetting.set(parsed.data);
    await queryClient.invalidateQueries({ queryKey: queryKeys.triageSettings });
    setStatus('Saved.');
  };
  return (
    <div className="triage-settings">
      {FIELDS.map(({ key, label }) => (
        <label key={key} className="field">
          <span>{label}</span>
          <input inputMode="decimal" value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
        </label>
      ))}
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          Save thresholds
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </div>
  );
}
