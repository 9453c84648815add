import { useT } from '@/lib/i18n/i18n-context';
import { formatIssueIn, type PackIssue } from '@/lib/packs/validate';

/** Why a pack was not imported: one line per problem, naming the template and the field, in the agent's language. */
export function PackIssues({ issues, title }: { issues: readonly PackIssue[]; title?: string }) {
  const t = useT();
  if (issues.length === 0) return null;
  return (
    <div className="card" role="alert" data-testid="pack-issues">
      <p className="error">{title ?? t('packs.issues.title')}</p>
      <ul className="items">
        {issues.map((issue, index) => (
          <li key={index}>{formatIssueIn(issue, t)}</li>
        ))}
      </ul>
    </div>
  );
}
