import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/intent';
import { SiteIdSchema } from '@/lib/schemas/ticket';
import { TemplateFieldsSchema } from '@/lib/schemas/template-field';

/** One taxonomy for classifier, templates and reports (DESIGN.md), in lib/schemas/intent.ts. */
export { INTENTS, IntentSchema, type Intent } from '@/lib/schemas/intent';

/** Bodies are Liquid source; 64 KB is far above any real reply and stops pathological packs. */
export const TemplateBodySchema = z.string().min(1).max(64_000);

/** What a template says, wherever it lives: in the library (TemplateSchema) or in a pack file (PackTemplateSchema). */
export const TEMPLATE_CONTENT_SHAPE = {
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
  body: TemplateBodySchema,
  intents: z.array(IntentSchema).min(1),
  language: z.string().min(2).max(8),
  sites: z.array(SiteIdSchema),
  tags: z.array(z.string().max(100)),
  /** Fill-in fields the agent answers before insert (lib/schemas/template-field.ts). */
  fields: TemplateFieldsSchema.optional(),
};

export const TemplateSchema = z.object({
  ...TEMPLATE_CONTENT_SHAPE,
  packId: z.string().optional(),
  /** The body as the pack shipped it, so a local edit can be diffed against a later version. */
  packBody: z.string().optional(),
  packVersion: z.string().optional(),
  /**
   * For a locally modified template: the pack body the agent last decided about (set when a pack
   * update first arrives, or when the agent keeps their version). A packBody that differs from it
   * is an update the agent has not yet taken or declined.
   */
  reviewedPackBody: z.string().optional(),
  locallyModified: z.boolean(),
  updatedAt: z.string(),
  usageCount: z.number().int().nonnegative(),
});
export type Template = z.infer<typeof TemplateSchema>;
