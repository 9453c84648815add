/**
 * What ranking reads of a template: everything but its body, and instead of the body whether it
 * keeps each site's messaging rules. A whole template is one too (the body is checked when
 * ranked). Saved for the whole library beside the search index (index-snapshot.ts), so the panel
 * ranks 5,000 templates and reads only the few it shows (2026-12-04).
 */
import { z } from 'zod';
import { TemplateSchema } from '@/lib/schemas/template';
import { SiteIdSchema } from '@/lib/schemas/ticket';

export const RankEntrySchema = TemplateSchema.pick({
  id: true,
  title: true,
  intents: true,
  language: true,
  sites: true,
  tags: true,
  usageCount: true,
}).extend({
  /** The source, when the whole template was read; ranking needs it only for sites' messaging rules. */
  body: z.string().optional(),
  /** Per site with messaging rules, whether the body keeps them; checked on `body` when absent. */
  keepsRules: z.partialRecord(SiteIdSchema, z.boolean()).optional(),
});
export type RankEntry = z.infer<typeof RankEntrySchema>;
