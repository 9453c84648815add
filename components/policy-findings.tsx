import type { PolicyViolation } from '@/lib/suggest/policy-lint';
import { policyMessage } from '@/lib/suggest/policy-message';
import { useT } from '@/lib/i18n/i18n-context';

/** What the site's messaging rules flag in a reply, each with the words it is about. */
export function PolicyFindings({
  text,
  violations,
  rulesName,
}: {
  text: string;
  violations: readonly PolicyViolation[];
  rulesName: string;
}) {
  const t = useT();
  if (violations.length === 0) return null;
  return (
    <section className="policy-findings" data-testid="policy-findings" aria-label={t('policy.checkedAgainst', { rules: rulesName })}>
      <p className="warning">{t('policy.findings', { count: violations.length, rules: rulesName })}</p>
      <ul>
        {violations.map((violation) => (
          <li key={`${violation.code}-${violation.start}`} data-code={violation.code}>
            <q>{text.slice(violation.start, violation.end)}</q> — {policyMessage(violation, text, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
