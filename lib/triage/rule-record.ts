/** A stored triage rule: the agent's own (`own:<id>`) or one a pack brought (`pack:<packId>:<id>`). */
import { z } from 'zod';
import { TriageRuleSchema } from '@/lib/triage/rule-schema';

export const StoredTriageRuleSchema = z.object({
  key: z.string().min(1),
  packId: z.string().min(1).optional(),
  rule: TriageRuleSchema,
  updatedAt: z.string(),
});
export type StoredTriageRule = z.infer<typeof StoredTriageRuleSchema>;

export const ownRuleKey = (ruleId: string) => `own:${ruleId}`;
export const packRuleKey = (packId: string, ruleId: string) => `pack:${packId}:${ruleId}`;
