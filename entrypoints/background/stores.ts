/**
 * The options page's "Test connection": one real call to the store with the settings as typed,
 * run here because store calls and the host permissions they need belong to the background.
 * The verdict says the first thing to fix (bad token, missing scope, wrong domain, CORS or host
 * permission, network) in the connector's own words; secrets are cut out of those words by
 * lib/connectors/http.ts and never logged here.
 */
import { CONNECTORS, type ConnectorRegistry } from '@/lib/connectors';
import { failedVerdict } from '@/lib/connectors/failed-verdict';
import type { ConnectionVerdict, Connector, ConnectorContext } from '@/lib/connectors/types';
import { issueMessage } from '@/lib/i18n/issue-text';
import { localMessage } from '@/lib/i18n/local-message';
import { StoreConnectionSchema } from '@/lib/schemas/store';
import { backgroundConnectorContext } from './find-orders';

export interface TestConnectionOptions {
  ctx?: ConnectorContext;
  registry?: ConnectorRegistry;
}

export async function testStoreConnection(raw: unknown, options: TestConnectionOptions = {}): Promise<ConnectionVerdict> {
  const parsed = StoreConnectionSchema.safeParse(raw);
  if (!parsed.success) {
    // The issue's path and message only: zod does not echo the values, which may be secrets.
    const issue = parsed.error.issues[0];
    const said = issue ? issueMessage(issue) : localMessage('issue.invalid');
    const message = issue?.path.length
      ? localMessage('verdict.notTestedField', { field: issue.path.join('.'), issue: said })
      : localMessage('verdict.notTested', { issue: said });
    return { ok: false, kind: 'config', message, warnings: [] };
  }
  const connection = parsed.data;
  // Each platform's connector accepts its own member of the union, as in find-orders.
  const connector: Connector<unknown> = (options.registry ?? CONNECTORS)[connection.platform];
  if (!connector.testConnection) {
    return { ok: true, message: localMessage('verdict.builtIn', { store: connector.label }), warnings: [] };
  }
  try {
    return await connector.testConnection(connection, options.ctx ?? backgroundConnectorContext);
  } catch (error) {
    return failedVerdict(error);
  }
}
