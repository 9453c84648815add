/** The Settings editor's text of the agent's own rules: parsed and checked, problems by exact path. */
import { TriageRulesSchema, type TriageRule } from '@/lib/triage/rule-schema';

export type RulesDraft = { ok: true; rules: TriageRule[] } | { ok: false; problems: string[] };

/** "rules[1].when.intent" for the path zod gives inside the list. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${String(part)}`), 'rules');
}

export function parseRulesDraft(text: string): RulesDraft {
  let value: unknown;
  try {
    value = text.trim() ? JSON.parse(text) : [];
  } catch (error) {
    return { ok: false, problems: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = TriageRulesSchema.safeParse(value);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => `${pathText(issue.path)}: ${issue.message}`) };
}

export function rulesDraftText(rules: TriageRule[]): string {
  return `${JSON.stringify(rules, null, 2)}\n`;
}
