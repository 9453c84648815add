import type { ConnectionVerdict } from '@/lib/connectors/types';
import { localMessage } from '@/lib/i18n/local-message';
import { sendToExtension } from '@/lib/messaging';
import { ConnectionVerdictSchema } from '@/lib/schemas/responses';
import type { StoreConnection } from '@/lib/schemas/store';

/** "Test connection": the background makes one real call with these settings and says what it proved. */
export async function testConnection(connection: StoreConnection): Promise<ConnectionVerdict> {
  const raw = await sendToExtension({ type: 'testStoreConnection', connection }).catch(() => undefined);
  const verdict = ConnectionVerdictSchema.safeParse(raw);
  if (verdict.success) return verdict.data;
  return { ok: false, message: localMessage('verdict.noAnswer'), warnings: [] };
}
