import { useState } from 'react';
import type { z } from 'zod';
import {
  resolveTriageSettings,
  THRESHOLD_PATHS,
  thresholdAt,
  type PackThresholds,
  type ThresholdPath,
} from '@/lib/triage/resolve-settings';
import { TriageSettingsPatchSchema, type TriageSettingsPatch } from '@/lib/triage/schema';
import { useT } from '@/lib/i18n/i18n-context';
import { issueText } from '@/lib/i18n/issue-text';
import type { Translator } from '@/lib/i18n/translator';

type T = Translator['t'];

/** One field's label: `triage.threshold.<path>` in the catalogs (type-checked against THRESHOLD_PATHS). */
const label = (path: ThresholdPath, t: T) => t(`triage.threshold.${path}`);

function sourceText(path: ThresholdPath, own: TriageSettingsPatch, packs: readonly PackThresholds[], t: T): string {
  const inherited = resolveTriageSettings(undefined, packs);
  const source = inherited.sources[path];
  const otherwise = thresholdAt(inherited.settings, path);
  if (thresholdAt(own, path) !== undefined)
    return otherwise === undefined ? t('triage.threshold.setHere') : t('triage.threshold.setHereOtherwise', { value: otherwise });
  if (source.from === 'pack') return t('triage.threshold.fromPack', { pack: source.pack, value: String(otherwise) });
  return otherwise === undefined ? t('triage.threshold.none') : t('triage.threshold.byDefault', { value: otherwise });
}

/** Why a value was refused, worded when shown: the exact path, and what typed or what zod says. */
export type ThresholdProblem =
  | { path: string; kind: 'notNumber'; raw: string }
  | { path: string; kind: 'invalid'; issue: z.core.$ZodIssue };

/** Builds the patch the form holds; problems name the exact path (`targets.amazon`). */
export function thresholdPatch(
  draft: Partial<Record<ThresholdPath, string>>,
): { patch: TriageSettingsPatch } | { problems: ThresholdProblem[] } {
  const patch: Record<string, unknown> = {};
  const problems: ThresholdProblem[] = [];
  for (const path of THRESHOLD_PATHS) {
    const raw = draft[path]?.trim().replace(',', '.');
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) problems.push({ path, kind: 'notNumber', raw });
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail) patch[head] = { ...(patch[head] as object | undefined), [tail]: value };
    else patch[head] = value;
  }
  if (problems.length > 0) return { problems };
  const parsed = TriageSettingsPatchSchema.safeParse(patch);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), kind: 'invalid', issue })) };
  return { patch: parsed.data };
}

export function thresholdProblemText(problem: ThresholdProblem, t: T): string {
  const text = problem.kind === 'notNumber' ? t('triage.threshold.notNumber', { raw: problem.raw }) : issueText(problem.issue, t);
  return t('triage.threshold.notSaved', { path: problem.path, problem: text });
}

interface Props {
  own: TriageSettingsPatch;
  packs: readonly PackThresholds[];
  onSave: (patch: TriageSettingsPatch) => Promise<void>;
}

/** Settings → Triage thresholds: each value with where it comes from; packs that disagree are shown. */
export function TriageThresholdsForm({ own, packs, onSave }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<Partial<Record<ThresholdPath, string>>>(() =>
    Object.fromEntries(THRESHOLD_PATHS.map((path) => [path, String(thresholdAt(own, path) ?? '')])),
  );
  const [problems, setProblems] = useState<ThresholdProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const inherited = resolveTriageSettings(undefined, packs);
  const save = async () => {
    const result = thresholdPatch(draft);
    setSaved(false);
    if ('problems' in result) return setProblems(result.problems);
    setProblems([]);
    await onSave(result.patch);
    setSaved(true);
  };
  return (
    <div className="triage-settings" data-testid="triage-thresholds">
      <p className="muted">{t('triage.threshold.intro')}</p>
      {THRESHOLD_PATHS.map((path) => (
        <label key={path} className="field">
          <span>{label(path, t)}</span>
          <input
            inputMode="decimal"
            name={path}
            value={draft[path] ?? ''}
            placeholder={String(thresholdAt(inherited.settings, path) ?? '')}
            onChange={(e) => setDraft({ ...draft, [path]: e.target.value })}
          />
          <small className="muted" data-testid={`threshold-source-${path}`}>
            {sourceText(path, own, packs, t)}
          </small>
        </label>
      ))}
      {inherited.conflicts.map(({ path, values }) => (
        <p key={path} className="warning" role="alert" data-testid="threshold-conflict">
          {t('triage.threshold.conflict', {
            label: label(path, t),
            values: values.map((v) => t('triage.conflictValue', { rule: v.pack, value: String(v.value) })).join(', '),
            used: values.at(-1)!.pack,
          })}
        </p>
      ))}
      {problems.length > 0 && (
        // The alert wraps the list: a list given role="alert" is no longer a list to a screen reader.
        <div role="alert">
          <ul className="error" data-testid="threshold-problems">
            {problems.map((problem) => (
              <li key={problem.path}>{thresholdProblemText(problem, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('triage.threshold.save')}
        </button>
        {saved && <span role="status">{t('common.saved')}</span>}
      </div>
    </div>
  );
}
