import { useEffect, useRef, useState } from 'react';
import { TemplatePreview } from '@/components/template-preview';
import { TemplateVariables } from '@/components/template-variables';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import { INTENTS, type Template } from '@/lib/schemas/template';
import { SITE_IDS } from '@/lib/schemas/ticket';
import { TEMPLATE_VARIABLES } from '@/lib/templates/variable-catalog';
import { CheckboxGrid } from './checkbox-grid';
import { PreviewCaption } from './preview-caption';
import { checkedDraft } from './draft-checks';
import type { PreviewContext } from './sample-context';
import { useTemplatePreview } from './use-template-preview';
import { draftOf, type TemplateDraft } from './template-draft';
import { errorText } from './error-text';
import { siteName } from '@/components/site-labels';
import { useI18n } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';

interface Props {
  template: Template | undefined;
  shop: ShopFacts | undefined;
  agent: Agent | undefined;
  onSave: (template: Template) => Promise<unknown>;
  onClose: (message?: string) => void;
  /** The open ticket, when edited from the panel; else a sample. */
  preview?: PreviewContext;
}

/** Creating or editing one template, with a live preview and problems marked as the agent types. */
export function TemplateEditor({ template, shop, agent, onSave, onClose, preview: previewContext }: Props) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // The editor opens above the list; the agent may have clicked Edit far down it.
  useEffect(() => {
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const preview = useTemplatePreview(draft.body, draft.language, template?.fields, { preview: previewContext, shop, agent });
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
    const result = checkedDraft(draft, template, t);
    if (!result.ok) return setProblems(result.problems);
    setSaving(true);
    try {
      await onSave(result.template);
      onClose(t('editor.saved', { title: result.template.title }));
    } catch (error) {
      setProblems([errorText(error, t)]);
      setSaving(false);
    }
  };

  return (
    <section
      ref={sectionRef}
      className="card form template-editor"
      data-testid="template-editor"
      aria-label={template ? t('editor.editLabel', { title: template.title }) : t('editor.new')}
    >
      <h3>{template ? t('editor.editHeading', { title: template.title }) : t('editor.new')}</h3>
      {template?.packId && (
        <p className="muted">
          {template.packVersion
            ? t('editor.fromPackVersion', { pack: template.packId, version: template.packVersion })
            : t('editor.fromPack', { pack: template.packId })}
        </p>
      )}
      <label className="field">
        <span>{t('editor.field.title')}</span>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('editor.bodyLabel')}</span>
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
        caption={<PreviewCaption context={previewContext} />}
        fields={preview.fields}
      />
      <CheckboxGrid
        legend={t('editor.field.intents')}
        options={INTENTS}
        checked={draft.intents}
        label={(intent) => t(`intent.${intent}`)}
        onChange={(intents) => set({ intents })}
      />
      <CheckboxGrid
        legend={t('editor.sitesLegend')}
        options={SITE_IDS}
        checked={draft.sites}
        label={(site) => siteName(site, t)}
        onChange={(sites) => set({ sites })}
      />
      <label className="field">
        <span>
          {/* Codes the agent types: the interface's own language first ("ko, en"), as examples. */}
          <RichMessage id="editor.languageLabel" values={{ examples: <code>{locale === 'en' ? 'en, de' : `${locale}, en`}</code> }} />
        </span>
        <input value={draft.language} onChange={(e) => set({ language: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('editor.tagsLabel')}</span>
        <input value={draft.tags} onChange={(e) => set({ tags: e.target.value })} />
      </label>
      {problems.length > 0 && (
        // The alert wraps the list: a list given role="alert" is no longer a list to a screen reader.
        <div role="alert">
          <ul className="error" data-testid="editor-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {t('common.save')}
        </button>
        <button type="button" disabled={saving} onClick={() => onClose()}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
