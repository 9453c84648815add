/**
 * Turns templates into a `deskpilot.pack/v1` file a team can share. Only a template's content
 * travels: usage counts, local-edit state and pack bookkeeping stay on this machine. Templates hold
 * no secrets, and shop facts (name, return window, hours, voice, signature) are not secret.
 */
import { packText, PackTextError } from '@/lib/packs/pack-text';
import { PACK_FORMAT, PackSchema, type Pack, type PackTemplate } from '@/lib/schemas/pack';
import type { ShopFacts } from '@/lib/schemas/settings';
import type { Template } from '@/lib/schemas/template';
import { listTemplates } from '@/lib/templates/repository';

export interface PackMetadata {
  id: string;
  name: string;
  /** Semver; bump it for every release so subscribers and re-imports take the new templates. */
  version: string;
  shop?: Partial<ShopFacts>;
  /** Defaults to now. */
  updatedAt?: string;
}

export function toPackTemplate(template: Template): PackTemplate {
  const { id, title, body, intents, language, sites, tags, fields } = template;
  return {
    id,
    title,
    body,
    intents: [...intents],
    language,
    sites: [...sites],
    tags: [...tags],
    ...(fields?.length ? { fields: fields.map((field) => ({ ...field })) } : {}),
  };
}

/** Builds and validates a pack; throws a ZodError when the metadata is wrong (e.g. not semver). */
export function buildPack(templates: readonly Template[], metadata: PackMetadata): Pack {
  return PackSchema.parse({
    format: PACK_FORMAT,
    id: metadata.id,
    name: metadata.name,
    version: metadata.version,
    updatedAt: metadata.updatedAt ?? new Date().toISOString(),
    templates: templates.map(toPackTemplate),
    ...(metadata.shop ? { shop: metadata.shop } : {}),
  });
}

/** All templates in the library, or only those whose id is in `ids` (in library order). */
export async function exportPack(metadata: PackMetadata, ids?: readonly string[]): Promise<Pack> {
  const all = await listTemplates();
  const wanted = ids ? new Set(ids) : undefined;
  const missing = ids?.filter((id) => !all.some((t) => t.id === id)) ?? [];
  if (missing.length) throw new PackTextError(packText('packs.export.missing', { ids: missing.join(', ') }));
  return buildPack(wanted ? all.filter((t) => wanted.has(t.id)) : all, metadata);
}

/** The file's text: indented, so a team can review changes to it in a Git diff. */
export function serializePack(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** A safe download name such as `acme-support-1.4.0.deskpilot-pack.json`. */
export function packFileName(pack: Pick<Pack, 'id' | 'version'>): string {
  const slug =
    pack.id
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '') || 'pack';
  return `${slug}-${pack.version.replace(/[^0-9A-Za-z.-]/g, '-')}.deskpilot-pack.json`;
}
