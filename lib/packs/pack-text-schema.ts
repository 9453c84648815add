/**
 * A pack message as stored (a subscription's last error, lib/templates/db.ts): checked as data on
 * the way back, since a record may come from a backup or an older build. Kept free of the
 * catalogs so the database schema does not carry every language.
 */
import { z } from 'zod';

export interface StoredPackText {
  key: string;
  values?: Record<string, string | number | StoredPackText>;
}

export const StoredPackTextSchema: z.ZodType<StoredPackText> = z.object({
  key: z.string().min(1).max(200),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.lazy(() => StoredPackTextSchema)])).optional(),
});
