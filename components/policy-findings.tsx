import type { PolicyViolation } from '@/lib/suggest/policy-lint';

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
  if (violations.length === 0) return null;
  return (
    <section className="policy-findings" data-testid="policy-findings" aria-label={`Checked against ${rulesName}`}>
      <p className="warning">
        {violations.length === 1 ? '1 finding' : `${violations.length} findings`} under {rulesName}:
      </p>
      <ul>
        {violations.map((violation) => (
          <li key={`${violation.code}-${violation.start}`} data-code={violation.code}>
            <q>{text.slice(violation.start, violation.end)}</q> — {violation.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
