/** The Settings editor's text of the agent's own rules: parsed and checked, problems by exact path. */
import type { z } from 'zod';
import { issueText } from '@/lib/i18n/issue-text';
import type { Translator } from '@/lib/i18n/translator';
import { TriageRulesSchema, type TriageRule } from '@/lib/triage/rule-schema';

/** One problem at its path; `english` is how the CLI and tests read it, the editor words it with rulesProblemText. */
export type RulesProblem =
  | { path: string; kind: 'json'; detail: string; english: string }
  | { path: string; kind: 'issue'; issue: z.core.$ZodIssue; english: string };

export type RulesDraft = { ok: true; rules: TriageRule[] } | { ok: false; problems: RulesProblem[] };

/** "rules[1].when.intent" for the path zod gives inside the list. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${String(part)}`), 'rules');
}

export function parseRulesDraft(text: string): RulesDraft {
  let value: unknown;
  try {
    value = text.trim() ? JSON.parse(text) : [];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', kind: 'json', detail, english: `Not valid JSON: ${detail}` }] };
  }
  const parsed = TriageRulesSchema.safeParse(value);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 20).map((issue) => {
      const path = pathText(issue.path);
      return { path, kind: 'issue', issue, english: `${path}: ${issue.message}` };
    }),
  };
}

/** The problem in the interface's language; the JSON parser's own detail stays as the engine wrote it. */
export function rulesProblemText(problem: RulesProblem, t: Translator['t']): string {
  if (problem.kind === 'json') return t('triage.rules.notJson', { detail: problem.detail });
  return `${t('common.labelled', { label: problem.path })} ${issueText(problem.issue, t)}`;
}

export function rulesDraftText(rules: TriageRule[]): string {
  return `${JSON.stringify(rules, null, 2)}\n`;
}
