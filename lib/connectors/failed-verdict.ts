import { problem, problemMessage } from '@/lib/connectors/problem';
import { ConnectorError, type ConnectionVerdict } from '@/lib/connectors/types';

/** A failed "Test connection" in the verdict shape; anything that is not a ConnectorError is a bug worth showing as is. */
export function failedVerdict(error: unknown): ConnectionVerdict {
  const kind = error instanceof ConnectorError ? error.kind : 'bad_response';
  const found =
    error instanceof ConnectorError && error.problem
      ? error.problem
      : problem('storeError.bug', { detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
  return { ok: false, kind, message: problemMessage(found), warnings: [] };
}
