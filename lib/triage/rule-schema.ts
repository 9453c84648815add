/**
 * A team's triage rule, as a pack carries it (`rules` in deskpilot.pack/v1) and Settings edits it:
 * `{when: {intent: 'refund', orderTotalAbove: 200}, then: {tags: ['escalate'], priority: 'high',
 * owner: 'Returns team'}}`. Every condition in `when` must hold; an empty `when` is refused.
 */
import { z } from 'zod';
import { i18nIssue } from '@/lib/i18n/issue-text';
import { IntentSchema } from '@/lib/schemas/template';
import { MarketplaceSchema, PrioritySchema, ReasonSchema } from '@/lib/triage/schema';

const OneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1).max(30)]);

export const TriageRuleWhenSchema = z
  .strictObject({
    intent: OneOrMany(IntentSchema).optional(),
    orderTotalAbove: z.number().nonnegative().optional(),
    orderTotalBelow: z.number().positive().optional(),
    /** Any of these reasons present. */
    reason: OneOrMany(ReasonSchema).optional(),
    /** The priority triage gave before rules. */
    priority: OneOrMany(PrioritySchema).optional(),
    channel: OneOrMany(z.string().min(1).max(100)).optional(),
    marketplace: OneOrMany(MarketplaceSchema).optional(),
    /** Any of these words or phrases in the message (case-insensitive). */
    textContains: z.array(z.string().min(1).max(200)).min(1).max(50).optional(),
  })
  .refine((when) => Object.values(when).some((v) => v !== undefined), i18nIssue('triage.issue.noCondition'));

export const TriageRuleThenSchema = z
  .strictObject({
    tags: z
      .array(
        z
          .string()
          .min(1)
          .max(100)
          .refine((tag) => /^\S+$/u.test(tag), i18nIssue('triage.issue.tagSpaces')),
      )
      .max(20)
      .optional(),
    priority: PrioritySchema.optional(),
    owner: z.string().min(1).max(200).optional(),
  })
  .refine((then) => then.tags?.length || then.priority || then.owner, i18nIssue('triage.issue.noAction'));

export const TriageRuleSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  when: TriageRuleWhenSchema,
  then: TriageRuleThenSchema,
});
export type TriageRule = z.infer<typeof TriageRuleSchema>;

/** Rule ids are unique within a pack or list. */
export const TriageRulesSchema = z
  .array(TriageRuleSchema)
  .max(500)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], ...i18nIssue('triage.issue.duplicateId', { id: rule.id }) });
      seen.add(rule.id);
    });
  });
