import { FAILURE_TITLES } from '@/components/store-failure';
import type { ConnectionVerdict } from '@/lib/connectors/types';

/** What "Test connection" proved: it works (with any limits worth knowing), or the first thing to fix. */
export function ConnectionVerdictView({ verdict }: { verdict: ConnectionVerdict }) {
  if (verdict.ok) {
    return (
      <div role="status" data-testid="connection-verdict" data-ok="true">
        <p className="ok">{verdict.message}</p>
        {verdict.warnings.map((warning) => (
          <p key={warning} className="warning">
            {warning}
          </p>
        ))}
      </div>
    );
  }
  return (
    <div role="alert" data-testid="connection-verdict" data-ok="false" data-kind={verdict.kind}>
      <p className="error">
        <strong>{FAILURE_TITLES[verdict.kind ?? 'bad_response']}:</strong> {verdict.message}
      </p>
    </div>
  );
}
