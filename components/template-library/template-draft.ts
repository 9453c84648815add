/**
 * The editor's working copy of a template, and turning it back into a Template. New templates
 * get a `local.` id (never one a pack could ship by accident). Editing any content of a pack
 * template marks it locally modified, so a pack update keeps the agent's version: the repository
 * already does this when the body changes, and a changed title or intents is an edit too.
 */
import type { z } from 'zod';
import { issueText } from '@/lib/i18n/issue-text';
import type { Translator } from '@/lib/i18n/translator';
import { TemplateSchema, type Intent, type Template } from '@/lib/schemas/template';
import type { SiteId } from '@/lib/schemas/ticket';

export interface TemplateDraft {
  title: string;
  body: string;
  intents: Intent[];
  language: string;
  sites: SiteId[];
  /** As typed: comma-separated. */
  tags: string;
}

/** A field the agent edits, named in the editor (`editor.field.<name>`); other problems are the template's. */
const DRAFT_FIELDS = ['title', 'body', 'intents', 'language', 'sites', 'tags'] as const;
type DraftField = (typeof DRAFT_FIELDS)[number];

export interface DraftProblem {
  field: DraftField | null;
  issue: z.core.$ZodIssue;
}

export type DraftResult = { ok: true; template: Template } | { ok: false; problems: DraftProblem[] };

/** "Title: must not be empty", in the interface's language. */
export function draftProblemText(problem: DraftProblem, t: Translator['t']): string {
  const label = t(problem.field ? `editor.field.${problem.field}` : 'editor.field.template');
  return `${t('common.labelled', { label })} ${issueText(problem.issue, t)}`;
}

const EMPTY_DRAFT: TemplateDraft = {
  title: '',
  body: 'Hi {{ customer.first_name | default: "there" }},\n\n\n\n{{ shop.signature }}',
  intents: ['other'],
  language: 'en',
  sites: [],
  tags: '',
};

export function draftOf(template: Template | undefined): TemplateDraft {
  if (!template) return { ...EMPTY_DRAFT, intents: [...EMPTY_DRAFT.intents] };
  const { title, body, intents, language, sites, tags } = template;
  return { title, body, intents: [...intents], language, sites: [...sites], tags: tags.join(', ') };
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export function newTemplateId(title: string, random: () => string = () => crypto.randomUUID().slice(0, 8)): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `local.${slug || 'reply'}-${random()}`;
}

function contentChanged(a: Template, b: Template): boolean {
  return (['title', 'body', 'intents', 'language', 'sites', 'tags'] as const).some(
    (field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]),
  );
}

/** Checks the draft and builds the template to save (the repository stamps updatedAt). */
export function templateFromDraft(
  draft: TemplateDraft,
  original: Template | undefined,
  makeId: (title: string) => string = newTemplateId,
): DraftResult {
  const content = {
    title: draft.title.trim(),
    body: draft.body,
    intents: draft.intents,
    language: draft.language.trim().toLowerCase(),
    sites: draft.sites,
    tags: parseTags(draft.tags),
  };
  const base: Template = original ?? {
    id: makeId(content.title),
    ...content,
    locallyModified: false,
    updatedAt: new Date().toISOString(),
    usageCount: 0,
  };
  const candidate = { ...base, ...content };
  const parsed = TemplateSchema.safeParse(candidate);
  if (!parsed.success) {
    // One problem per field: "intents" empty and "intents[0]" wrong say the same thing twice.
    const seen = new Set<string>();
    const problems = parsed.error.issues.flatMap((issue): DraftProblem[] => {
      const head = String(issue.path[0] ?? '');
      const field = (DRAFT_FIELDS as readonly string[]).includes(head) ? (head as DraftField) : null;
      const key = `${field}:${issue.code}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ field, issue }];
    });
    return { ok: false, problems };
  }
  const template = parsed.data;
  if (original?.packId !== undefined && contentChanged(original, template))
    return { ok: true, template: { ...template, locallyModified: true } };
  return { ok: true, template };
}
