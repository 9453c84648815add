/** A fresh, empty Deskpilot database for each test: the one way tests reset it (the database's owner keeps it). */
import Dexie from 'dexie';
import { closeDatabase, DB_NAME } from '@/lib/templates/db';

export async function resetDatabase(): Promise<void> {
  closeDatabase();
  await Dexie.delete(DB_NAME);
}
