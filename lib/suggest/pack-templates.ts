/**
 * A pack's templates as stored Templates, for code that ranks a pack without the database
 * (the CLI, tests). The database import (lib/templates/import-pack.ts) does the same and more.
 */
import type { Pack } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';

export function templatesFromPack(pack: Pack): Template[] {
  return pack.templates.map((t) => ({
    ...t,
    packId: pack.id,
    packBody: t.body,
    packVersion: pack.version,
    locallyModified: false,
    updatedAt: pack.updatedAt,
    usageCount: 0,
  }));
}
