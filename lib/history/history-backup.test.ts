import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '@/lib/packs/backup';
import { parseBackup, serializeBackup } from '@/lib/packs/backup-document';
import { customerHistory, recordReplyInserted, recordTicketSeen } from '@/lib/history/history';
import { historyTicket } from '@/lib/history/testing/fixtures';
import { getDatabase } from '@/lib/templates/db';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const GRETA = 'greta.lindqvist@example.org';

beforeEach(async () => {
  await resetDatabase();
});

describe('history in backups', () => {
  it('round-trips: backup → clear → restore gives the same entries and ids', async () => {
    await recordTicketSeen(historyTicket(), 'where_is_my_order', new Date('2026-11-20T09:00:00Z'));
    await recordReplyInserted(historyTicket(), 'ai-draft', new Date('2026-11-20T09:05:00Z'));
    await recordTicketSeen(
      historyTicket({ customer: { name: 'Amazon Buyer' }, site: 'amazon-seller-central', threadId: undefined }),
      undefined,
      new Date('2026-11-21T09:00:00Z'),
    );
    const before = await getDatabase().history.toArray();
    const text = serializeBackup(await createBackup());
    expect(JSON.parse(text).history).toHaveLength(3);

    await getDatabase().history.clear();
    expect(await customerHistory(GRETA)).toEqual([]);
    await restoreBackup(parseBackup(text));

    expect(await getDatabase().history.toArray()).toEqual(before);
    // The auto-increment continues after the restored ids.
    await recordReplyInserted(historyTicket(), 'edited', new Date('2026-11-22T09:00:00Z'));
    expect((await customerHistory(GRETA))[0]!.replies.map((r) => r.templateId)).toEqual(['edited', 'ai-draft']);
  });

  it('restores a backup made before history existed, as an empty history', async () => {
    await recordTicketSeen(historyTicket(), undefined, new Date('2026-11-20T09:00:00Z'));
    const { history: _history, ...older } = await createBackup();
    await restoreBackup(parseBackup(JSON.stringify({ ...older, databaseVersion: 2 })));
    expect(await getDatabase().history.count()).toBe(0);
  });

  it('refuses a backup with a bad history entry, naming it', async () => {
    await recordTicketSeen(historyTicket(), undefined, new Date('2026-11-20T09:00:00Z'));
    const backup = await createBackup();
    const broken = { ...backup, history: backup.history.map((e) => ({ ...e, kind: 'deleted' })) };
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(/history\[0\]\.kind/);
    const twice = { ...backup, history: [...backup.history, ...backup.history] };
    expect(() => parseBackup(JSON.stringify(twice))).toThrow(/history: the id "1" appears twice/);
  });
});
