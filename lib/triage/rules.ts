/**
 * Applies a team's rules to a triaged ticket. Every matching rule's tags are added; a priority or
 * owner is applied only when the matching rules agree. When they disagree the conflict is
 * returned for the agent to see, and triage's own priority stands (never a silent pick).
 */
import { fold } from '@/lib/triage/phrases';
import type { TriageRule } from '@/lib/triage/rule-schema';
import type { Marketplace, Priority, Reason, TriageVerdict } from '@/lib/triage/schema';
import type { Intent } from '@/lib/schemas/template';

export interface RuleContext {
  intent: Intent;
  orderTotal?: number;
  reasons: readonly Reason[];
  priority: Priority;
  channel?: string;
  marketplace: Marketplace | null;
  text: string;
}

export interface RuleConflict {
  field: 'priority' | 'owner';
  values: Array<{ ruleId: string; ruleName: string; value: string }>;
}

export interface RulesOutcome {
  matched: TriageRule[];
  tags: string[];
  priority?: Priority;
  owner?: string;
  conflicts: RuleConflict[];
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export function ruleMatches(rule: TriageRule, ctx: RuleContext): boolean {
  const { when } = rule;
  const intents = list(when.intent);
  if (intents && !intents.includes(ctx.intent)) return false;
  if (when.orderTotalAbove !== undefined && !(ctx.orderTotal !== undefined && ctx.orderTotal > when.orderTotalAbove)) return false;
  if (when.orderTotalBelow !== undefined && !(ctx.orderTotal !== undefined && ctx.orderTotal < when.orderTotalBelow)) return false;
  const reasons = list(when.reason);
  if (reasons && !reasons.some((r) => ctx.reasons.includes(r))) return false;
  const priorities = list(when.priority);
  if (priorities && !priorities.includes(ctx.priority)) return false;
  const channels = list(when.channel);
  if (channels && !(ctx.channel && channels.includes(ctx.channel))) return false;
  const marketplaces = list(when.marketplace);
  if (marketplaces && !(ctx.marketplace && marketplaces.includes(ctx.marketplace))) return false;
  if (when.textContains) {
    const text = fold(ctx.text);
    if (!when.textContains.some((phrase) => text.includes(fold(phrase)))) return false;
  }
  return true;
}

function agreed(field: 'priority' | 'owner', matched: TriageRule[]): { value?: string; conflict?: RuleConflict } {
  const values = matched.flatMap((rule) => (rule.then[field] ? [{ ruleId: rule.id, ruleName: rule.name, value: rule.then[field]! }] : []));
  const distinct = new Set(values.map((v) => v.value));
  if (distinct.size === 0) return {};
  if (distinct.size === 1) return { value: values[0]!.value };
  return { conflict: { field, values } };
}

export function applyRules(rules: readonly TriageRule[], ctx: RuleContext): RulesOutcome {
  const matched = rules.filter((rule) => ruleMatches(rule, ctx));
  const priority = agreed('priority', matched);
  const owner = agreed('owner', matched);
  return {
    matched,
    tags: [...new Set(matched.flatMap((rule) => rule.then.tags ?? []))],
    ...(priority.value ? { priority: priority.value as Priority } : {}),
    ...(owner.value ? { owner: owner.value } : {}),
    conflicts: [priority.conflict, owner.conflict].filter((c): c is RuleConflict => c !== undefined),
  };
}

/** The verdict with the rules' agreed priority and tags folded in. */
export function withRules(verdict: TriageVerdict, outcome: RulesOutcome): TriageVerdict {
  return {
    ...verdict,
    priority: outcome.priority ?? verdict.priority,
    tags: [...new Set([...verdict.tags, ...outcome.tags])],
  };
}
