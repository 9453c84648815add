import { z } from 'zod';
import { TEMPLATE_CONTENT_SHAPE } from '@/lib/schemas/template';
import { ShopFactsSchema } from '@/lib/schemas/settings';
import { MAX_PACK_PROFILES, SiteProfileSchema } from '@/lib/schemas/site-profile';
import { TriageRulesSchema } from '@/lib/triage/rule-schema';
import { TeamVoiceSchema } from '@/lib/schemas/voice';
import { TriageSettingsPatchSchema } from '@/lib/triage/schema';

export const PACK_FORMAT = 'deskpilot.pack/v1';
/** A team library the panel ranks in a few milliseconds; a bigger one is several packs. */
export const MAX_PACK_TEMPLATES = 5_000;
export const TOO_MANY_TEMPLATES = `a pack holds at most ${MAX_PACK_TEMPLATES.toLocaleString('en')} templates; split it into several packs`;

/** A template as a pack file carries it: what it says, nothing of this browser's (strict: a typo is an error). */
export const PackTemplateSchema = z.strictObject(TEMPLATE_CONTENT_SHAPE);
export type PackTemplate = z.infer<typeof PackTemplateSchema>;

export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'version must be semver'),
  updatedAt: z.string(),
  templates: z.array(PackTemplateSchema).max(MAX_PACK_TEMPLATES, { error: TOO_MANY_TEMPLATES }),
  shop: ShopFactsSchema.partial().optional(),
  /** How to read inbox layouts the adapters do not know (lib/sites/profile/; lib/packs/README.md). */
  siteProfiles: z
    .array(SiteProfileSchema)
    .max(MAX_PACK_PROFILES)
    .refine(
      (profiles) => new Set(profiles.map((profile) => profile.id)).size === profiles.length,
      'siteProfiles lists one profile id twice',
    )
    .optional(),
  /** Team triage rules (lib/triage/rule-schema.ts); replaced whole on each import of the pack. */
  rules: TriageRulesSchema.optional(),
  /** The team's instructions and brand voice for AI drafts and rewrites (lib/schemas/voice.ts). */
  voice: TeamVoiceSchema.optional(),
  /** Team triage thresholds (response targets, VIP, high value…); Settings → Triage overrides them. */
  triage: TriageSettingsPatchSchema.optional(),
});
export type Pack = z.infer<typeof PackSchema>;
