/**
 * The full zod schema of a site profile: used by the panel, the background, Settings, pack import
 * and the CLI. The content script never imports this file (zod classic is too big for it); it reads
 * profiles this schema already accepted.
 */
import { z } from 'zod';
import { SiteIdSchema } from '@/lib/schemas/ticket';
import { i18nIssue } from '@/lib/i18n/issue-text';
import { selectorProblem } from '@/lib/sites/profile/selector-check';
import { MAX_REPEATS, patternRisk } from '@/lib/sites/profile/pattern-risk';
import { type ProfileRoles, type ProfileSelectors, SELECTOR_FIELDS, type SelectorField, type SiteProfile } from '@/lib/sites/profile/types';

const SelectorSchema = z.string().superRefine((selector, context) => {
  const problem = selectorProblem(selector);
  // Worded by `profiles.selector.<code>`: English in the issue's message, the agent's language in Settings.
  if (problem)
    context.addIssue({
      code: 'custom',
      ...i18nIssue(`profiles.selector.${problem.code}`, { ...problem, selector: selector.slice(0, 80) }),
    });
});

export const ProfileSelectorsSchema = z.strictObject({
  thread: SelectorSchema,
  message: SelectorSchema,
  body: SelectorSchema.optional(),
  author: SelectorSchema.optional(),
  authorEmail: SelectorSchema.optional(),
  time: SelectorSchema.optional(),
  subject: SelectorSchema.optional(),
  customerName: SelectorSchema.optional(),
  customerEmail: SelectorSchema.optional(),
  customerAlias: SelectorSchema.optional(),
  orderRef: SelectorSchema.optional(),
  selfName: SelectorSchema.optional(),
  selfEmail: SelectorSchema.optional(),
  ignore: SelectorSchema.optional(),
  replyBox: SelectorSchema.optional(),
}) satisfies z.ZodType<ProfileSelectors>;

/** A regular expression the engine compiles (case-insensitive), short. */
const PatternSchema = (what: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .refine((source) => {
      try {
        new RegExp(source, 'i');
        return true;
      } catch {
        return false;
      }
    }, `must be a regular expression ${what}`)
    .refine((source) => patternRisk(source) === null, i18nIssue('profiles.issue.slowPattern', { max: MAX_REPEATS }));

export const LabelRuleSchema = z.strictObject({
  pattern: PatternSchema('matched on the sender label, e.g. "^(you|me)$"'),
  role: z.enum(['customer', 'agent', 'skip']),
});

export const ProfileRolesSchema = z.strictObject({
  agent: SelectorSchema.optional(),
  customer: SelectorSchema.optional(),
  skip: SelectorSchema.optional(),
  labels: z.array(LabelRuleSchema).max(8).optional(),
  others: z.enum(['customer', 'agent']).optional(),
  othersNeedSelf: z.boolean().optional(),
}) satisfies z.ZodType<ProfileRoles>;

/** At most this many fallbacks per field: each is one more lookup on every read. */
const MAX_FALLBACKS = 4;
const FallbacksSchema = z
  .array(z.strictObject({ css: SelectorSchema, certainty: z.number().min(0).max(1) }))
  .max(MAX_FALLBACKS)
  .optional();

export const ProfileFallbacksSchema = z.strictObject(
  Object.fromEntries(SELECTOR_FIELDS.map((field) => [field, FallbacksSchema])) as Record<SelectorField, typeof FallbacksSchema>,
);

/** A regular expression on the URL path, short and one the engine compiles. */
const ThreadPathSchema = z
  .string()
  .max(200)
  .refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, i18nIssue('profiles.issue.threadPath'))
  .refine((source) => patternRisk(source) === null, i18nIssue('profiles.issue.slowPattern', { max: MAX_REPEATS }));

export const SiteProfileSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(200)
    .refine((id) => /^[A-Za-z0-9._-]+$/.test(id), i18nIssue('profiles.issue.id')),
  site: SiteIdSchema,
  seen: z.string().refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)), i18nIssue('profiles.issue.seen')),
  label: z.string().max(200).optional(),
  selectors: ProfileSelectorsSchema,
  roles: ProfileRolesSchema.optional(),
  order: z.enum(['oldest-first', 'newest-first']).optional(),
  fallbacks: ProfileFallbacksSchema.optional(),
  customerAuthor: z.enum(['card', 'message']).optional(),
  threadAttribute: z
    .string()
    .max(100)
    .refine(
      (name) => /^[A-Za-z_][-A-Za-z0-9_.:]*$/.test(name),
      i18nIssue('profiles.issue.attributeName', { example: 'data-conversation-id' }),
    )
    .optional(),
  threadParams: z.array(z.string().min(1).max(60)).max(4).optional(),
  threadPath: ThreadPathSchema.optional(),
  untitled: z.array(z.string().min(1).max(200)).max(4).optional(),
  orderInSubject: z
    .strictObject({
      pattern: PatternSchema('whose first group (or whole match) is the order reference'),
      subject: z
        .string()
        .max(200)
        .refine(
          (template) => template.includes('{order}'),
          i18nIssue('profiles.issue.subjectNeedsOrder', { placeholder: '{order}', example: '{subject} (Order: {order})' }),
        ),
    })
    .optional(),
}) satisfies z.ZodType<SiteProfile>;

/** A pack carries at most this many profiles: one or two per site is the norm. */
export const MAX_PACK_PROFILES = 50;
