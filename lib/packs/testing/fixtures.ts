/** Small hand-written packs for the pack tests (not the starter pack, not demo data). */
import Dexie from 'dexie';
import { PACK_FORMAT, type Pack, type PackTemplate } from '@/lib/schemas/pack';
import { closeDatabase, DB_NAME } from '@/lib/templates/db';

export function packTemplate(
  id: string,
  body = `Hello {{ customer.first_name }},\n\nBody of ${id}.\n\nBest,\n{{ agent.name }}`,
): PackTemplate {
  return { id, title: `Title of ${id}`, body, intents: ['other'], language: 'en', sites: [], tags: ['test'] };
}

export function testPack(version: string, templates: PackTemplate[], id = 'acme.support'): Pack {
  return { format: PACK_FORMAT, id, name: 'Acme support replies', version, updatedAt: '2026-11-20T09:00:00Z', templates };
}

/** A fresh, empty database for each test. */
export async function resetDatabase(): Promise<void> {
  closeDatabase();
  await Dexie.delete(DB_NAME);
}
