import type { ConnectionVerdict } from '@/lib/connectors/types';
import { sendToExtension } from '@/lib/messaging';
import { ConnectionVerdictSchema } from '@/lib/schemas/responses';
import type { StoreConnection } from '@/lib/schemas/store';

/** "Test connection": the background makes one real call with these settings and says what it proved. */
export async function testConnection(connection: StoreConnection): Promise<ConnectionVerdict> {
  const raw = await sendToExtension({ type: 'testStoreConnection', connection }).catch(() => undefined);
  const verdict = ConnectionVerdictSchema.safeParse(raw);
  if (verdict.success) return verdict.data;
  return {
    ok: false,
    message: 'Deskpilot’s background did not answer the test. Reload the extension (chrome://extensions) and try again.',
    warnings: [],
  };
}
