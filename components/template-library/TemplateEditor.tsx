import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { TemplatePreview } from '@/components/template-preview';
import { TemplateVariables } from '@/components/template-variables';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import { INTENTS, type Intent, type Template } from '@/lib/schemas/template';
import { SITE_IDS, type SiteId } from '@/lib/schemas/ticket';
import { effectiveFields, fieldIssues, renderFilled, sampleFieldValues } from '@/lib/templates/fields';
import { TEMPLATE_VARIABLES } from '@/lib/templates/variable-catalog';
import { diagnoseBody } from './body-diagnostics';
import { previewScope, type PreviewContext } from './sample-context';
import { draftOf, templateFromDraft, type TemplateDraft } from './template-draft';
import { errorText } from './error-text';
import { useT } from '@/lib/i18n/i18n-context';

const SAMPLE_CAPTION =
  'Preview with a sample: with no open ticket it uses Emma Schneider and order #1047 from the demo store, with your shop settings.';

function previewCaption(context: PreviewContext | undefined): string {
  if (!context) return SAMPLE_CAPTION;
  const who = context.ticket.customer.name ?? context.ticket.customer.email ?? 'the customer';
  return `Preview with the open ticket: ${who}${context.order ? `, order ${context.order.number}` : ', no order found'}.`;
}

interface Props {
  template: Template | undefined;
  shop: ShopFacts | undefined;
  agent: Agent | undefined;
  onSave: (template: Template) => Promise<unknown>;
  onClose: (message?: string) => void;
  /** The open ticket, when edited from the panel; else a sample. */
  preview?: PreviewContext;
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Creating or editing one template, with a live preview and problems marked as the agent types. */
export function TemplateEditor({ template, shop, agent, onSave, onClose, preview: previewContext }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // The editor opens above the list; the agent may have clicked Edit far down it.
  useEffect(() => {
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const body = useDeferredValue(draft.body);
  const scope = useMemo(() => previewScope(previewContext, shop, agent, draft.language), [previewContext, shop, agent, draft.language]);
  const declared = template?.fields;
  const preview = useMemo(() => {
    // Fill-in fields get sample answers (every yes/no paragraph shown), so the preview reads like a sent reply.
    const fields = effectiveFields(body, declared);
    const result = renderFilled(body, scope, fields, sampleFieldValues(fields), draft.language).rendered;
    const fieldProblems = fieldIssues(body, declared).map(({ path, problem }) => `${path.join('.')} ${problem}`);
    return { result, fields, diagnostics: { ...diagnoseBody(body), fieldProblems } };
  }, [body, scope, declared, draft.language]);
  const set = (change: Partial<TemplateDraft>) => setDraft((current) => ({ ...current, ...change }));

  const insertVariable = (name: string) => {
    const area = bodyRef.current;
    const at = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? at;
    const text = `{{ ${name} }}`;
    set({ body: draft.body.slice(0, at) + text + draft.body.slice(end) });
    requestAnimationFrame(() => area?.setSelectionRange(at + text.length, at + text.length));
  };

  const save = async () => {
    const result = templateFromDraft(draft, template);
    if (!result.ok) return setProblems(result.problems);
    // A body that does not parse could never be used in the panel; unknown variables only warn.
    const syntaxError = diagnoseBody(result.template.body).syntaxError;
    if (syntaxError) return setProblems([`Reply text: not valid Liquid (${syntaxError}).`]);
    // The same check a pack import makes, so an exported template imports again.
    const fieldProblems = fieldIssues(result.template.body, result.template.fields);
    if (fieldProblems.length)
      return setProblems(fieldProblems.map(({ path, problem }) => t('editor.fieldProblem', { problem: `${path.join('.')} ${problem}` })));
    setSaving(true);
    try {
      await onSave(result.template);
      onClose(`Saved “${result.template.title}”.`);
    } catch (error) {
      setProblems([errorText(error)]);
      setSaving(false);
    }
  };

  return (
    <section
      ref={sectionRef}
      className="card form template-editor"
      data-testid="template-editor"
      aria-label={template ? `Edit ${template.title}` : 'New template'}
    >
      <h3>{template ? `Edit “${template.title}”` : 'New template'}</h3>
      {template?.packId && (
        <p className="muted">
          From the pack “{template.packId}”{template.packVersion ? ` (version ${template.packVersion})` : ''}. Your changes are kept when
          the pack updates; the update is then offered with a diff.
        </p>
      )}
      <label className="field">
        <span>Title</span>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="field">
        <span>Reply text (Liquid)</span>
        <textarea
          ref={bodyRef}
          rows={10}
          spellCheck
          value={draft.body}
          onChange={(e) => set({ body: e.target.value })}
          data-testid="template-body"
        />
      </label>
      <TemplateVariables variables={TEMPLATE_VARIABLES} onInsert={insertVariable} />
      <TemplatePreview
        result={preview.result}
        problems={preview.diagnostics}
        caption={previewCaption(previewContext)}
        fields={preview.fields}
      />
      <fieldset className="checkbox-grid">
        <legend>Intents</legend>
        {INTENTS.map((intent) => (
          <label key={intent}>
            <input
              type="checkbox"
              checked={draft.intents.includes(intent)}
              onChange={(e) => set({ intents: toggled<Intent>(draft.intents, intent, e.target.checked) })}
            />{' '}
            {intent.replace(/_/g, ' ')}
          </label>
        ))}
      </fieldset>
      <fieldset className="checkbox-grid">
        <legend>Inboxes (none ticked: every inbox)</legend>
        {SITE_IDS.map((site) => (
          <label key={site}>
            <input
              type="checkbox"
              checked={draft.sites.includes(site)}
              onChange={(e) => set({ sites: toggled<SiteId>(draft.sites, site, e.target.checked) })}
            />{' '}
            {site}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Language (ISO code, e.g. en, de)</span>
        <input value={draft.language} onChange={(e) => set({ language: e.target.value })} />
      </label>
      <label className="field">
        <span>Tags (comma-separated)</span>
        <input value={draft.tags} onChange={(e) => set({ tags: e.target.value })} />
      </label>
      {problems.length > 0 && (
        <ul className="error" role="alert" data-testid="editor-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          Save
        </button>
        <button type="button" disabled={saving} onClick={() => onClose()}>
          Cancel
        </button>
      </div>
    </section>
  );
}
