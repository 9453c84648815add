/** Small hand-written packs for the pack tests (not the starter pack, not demo data). */
import { PACK_FORMAT, type Pack, type PackTemplate } from '@/lib/schemas/pack';

export function packTemplate(
  id: string,
  body = `Hello {{ customer.first_name }},\n\nBody of ${id}.\n\nBest,\n{{ agent.name }}`,
): PackTemplate {
  return { id, title: `Title of ${id}`, body, intents: ['other'], language: 'en', sites: [], tags: ['test'] };
}

export function testPack(version: string, templates: PackTemplate[], id = 'acme.support'): Pack {
  return { format: PACK_FORMAT, id, name: 'Acme support replies', version, updatedAt: '2026-11-20T09:00:00Z', templates };
}
