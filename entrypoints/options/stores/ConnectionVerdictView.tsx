import type { ConnectionVerdict } from '@/lib/connectors/types';
import { useT } from '@/lib/i18n/i18n-context';
import { renderMessage } from '@/lib/i18n/local-message';

/** What "Test connection" proved: it works (with any limits worth knowing), or the first thing to fix. */
export function ConnectionVerdictView({ verdict }: { verdict: ConnectionVerdict }) {
  const t = useT();
  if (verdict.ok) {
    return (
      <div role="status" data-testid="connection-verdict" data-ok="true">
        <p className="ok">{renderMessage(verdict.message, t)}</p>
        {verdict.warnings.map((warning) => (
          <p key={warning.key} className="warning">
            {renderMessage(warning, t)}
          </p>
        ))}
      </div>
    );
  }
  return (
    <div role="alert" data-testid="connection-verdict" data-ok="false" data-kind={verdict.kind}>
      <p className="error">
        <strong>{t('common.labelled', { label: t(`storeFailure.${verdict.kind ?? 'bad_response'}`) })}</strong>{' '}
        {renderMessage(verdict.message, t)}
      </p>
    </div>
  );
}
