/**
 * Checks a `deskpilot.pack/v1` file before anything is imported, and says in words which template
 * (position and id) and which field is wrong. Beyond the schema: template ids are unique, every
 * body is valid Liquid, and updatedAt is a real date.
 */
import { MAX_PACK_TEMPLATES, PackSchema, type Pack } from '@/lib/schemas/pack';
import { fieldName, issueText, valueAt } from '@/lib/packs/issue-text';
import { packText, PackTextError, renderPackText, type PackText } from '@/lib/packs/pack-text';
import type { Translator } from '@/lib/i18n/translator';
import { parseUntrustedJson, UnsafeJsonError, assertSafeKeys } from '@/lib/packs/safe-json';
import { liquidErrorMessage } from '@/lib/templates/liquid-error';
import { templateSyntaxError } from '@/lib/templates/render';
import { fieldIssues } from '@/lib/templates/fields';

export interface PackIssue {
  /** Position in `templates` (0-based) when the problem is inside one template. */
  templateIndex?: number;
  /** That template's id, when it has a readable one. */
  templateId?: string;
  /** The field inside the template (or the pack), e.g. "intents[0]"; empty for the file itself. */
  field: string;
  /** What is wrong, as a message (English through `formatIssue`, the agent's language in Settings). */
  problem: PackText;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

/** A fuzzed file can fail everywhere; the first problems are enough to act on. */
export const MAX_REPORTED_ISSUES = 50;

function templateIdAt(input: unknown, index: number): string | undefined {
  const id = valueAt(input, ['templates', index, 'id']);
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}

function located(input: unknown, path: readonly PropertyKey[], problem: PackText): PackIssue {
  if (path[0] === 'templates' && typeof path[1] === 'number') {
    return { templateIndex: path[1], templateId: templateIdAt(input, path[1]), field: fieldName(path.slice(2)), problem };
  }
  // Rules have no template position: the exact path names them ("rules[1].when.intent").
  return path.length ? { field: fieldName(path), problem } : { field: '', problem: packText('packs.issue.file', { problem }) };
}

/** An issue as one message: "Template 4 (index 3, id "refund.late"): field "intents[0]" is ..." */
export function issueMessage(issue: PackIssue): PackText {
  const { field, problem, templateIndex, templateId } = issue;
  if (templateIndex === undefined) return field ? packText('packs.issue.packField', { field, problem }) : problem;
  // Positions and indexes as written, not as locale numbers ("1234", never "1,234").
  const template = templateId
    ? packText('packs.issue.template', { position: String(templateIndex + 1), index: String(templateIndex), id: templateId })
    : packText('packs.issue.templateNoId', { position: String(templateIndex + 1), index: String(templateIndex) });
  return field
    ? packText('packs.issue.templateField', { template, field, problem })
    : packText('packs.issue.templateItself', { template, problem });
}

/** The issue in English words (CLI, logs, tests). */
export function formatIssue(issue: PackIssue): string {
  return renderPackText(issueMessage(issue));
}

/** The issue in the agent's language, with the interface's `t`. */
export function formatIssueIn(issue: PackIssue, t: Translator['t']): string {
  return renderPackText(issueMessage(issue), t);
}

function semanticIssues(pack: Pack): PackIssue[] {
  const issues: PackIssue[] = [];
  if (Number.isNaN(Date.parse(pack.updatedAt))) {
    issues.push({ field: 'updatedAt', problem: packText('packs.problem.notDate', { value: JSON.stringify(pack.updatedAt.slice(0, 40)) }) });
  }
  const firstIndex = new Map<string, number>();
  pack.templates.forEach((template, index) => {
    const earlier = firstIndex.get(template.id);
    if (earlier === undefined) firstIndex.set(template.id, index);
    else
      issues.push({
        templateIndex: index,
        templateId: template.id,
        field: 'id',
        problem: packText('packs.problem.duplicateId', { position: String(earlier + 1), index: String(earlier) }),
      });
    const syntax = templateSyntaxError(template.body);
    if (syntax)
      issues.push({
        templateIndex: index,
        templateId: template.id,
        field: 'body',
        problem: packText('packs.problem.liquid', { error: liquidErrorMessage(syntax) }),
      });
    else
      for (const { path, message } of fieldIssues(template.body, template.fields))
        issues.push({ templateIndex: index, templateId: template.id, field: fieldName(path), problem: message });
  });
  return issues;
}

function capped(issues: PackIssue[]): PackIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const rest = issues.length - MAX_REPORTED_ISSUES;
  return [...issues.slice(0, MAX_REPORTED_ISSUES), { field: '', problem: packText('packs.issue.more', { count: rest }) }];
}

/** Validates an already-parsed value (e.g. a fetched response) as a pack. */
export function validatePack(input: unknown): PackValidation {
  try {
    assertSafeKeys(input);
  } catch (error) {
    if (error instanceof UnsafeJsonError) return { ok: false, issues: [{ field: '', problem: error.text }] };
    throw error;
  }
  // Said once, before 5,001 templates are each checked for nothing.
  const templates = valueAt(input, ['templates']);
  if (Array.isArray(templates) && templates.length > MAX_PACK_TEMPLATES) {
    return {
      ok: false,
      issues: [
        { field: 'templates', problem: packText('packs.problem.tooManyTemplates', { count: templates.length, max: MAX_PACK_TEMPLATES }) },
      ],
    };
  }
  const parsed = PackSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: capped(parsed.error.issues.map((issue) => located(input, issue.path, issueText(issue, valueAt(input, issue.path))))),
    };
  }
  const issues = semanticIssues(parsed.data);
  return issues.length ? { ok: false, issues: capped(issues) } : { ok: true, pack: parsed.data };
}

/** Validates a pack file's text: size cap, safe JSON, then the pack itself. */
export function validatePackText(text: string): PackValidation {
  let value: unknown;
  try {
    value = parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) return { ok: false, issues: [{ field: '', problem: error.text }] };
    throw error;
  }
  return validatePack(value);
}

export class InvalidPackError extends PackTextError {
  override readonly name = 'InvalidPackError';

  constructor(readonly issues: PackIssue[]) {
    super(packText('packs.error.invalidPack'), issues.map(issueMessage));
  }
}
