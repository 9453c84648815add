import { formatIssue, type PackIssue } from '@/lib/packs/validate';

/** Why a pack was not imported: one line per problem, naming the template and the field. */
export function PackIssues({
  issues,
  title = 'Nothing was imported: the pack has problems.',
}: {
  issues: readonly PackIssue[];
  title?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <div className="card" role="alert" data-testid="pack-issues">
      <p className="error">{title}</p>
      <ul className="items">
        {issues.map((issue, index) => (
          <li key={index}>{formatIssue(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
