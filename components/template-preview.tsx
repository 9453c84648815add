import type { ReactNode } from 'react';
import { RenderedText } from '@/components/rendered-text';
import type { RenderResult } from '@/lib/templates/render';
import type { FormField } from '@/lib/templates/fields';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { renderMessage } from '@/lib/i18n/local-message';
import { liquidErrorMessage } from '@/lib/templates/liquid-error';

export interface TemplateProblems {
  syntaxError: string | null;
  unknownVariables: Array<{ name: string; suggestion?: string }>;
  /** Fill-in field problems, each "path: problem", worded in the interface's language. */
  fieldProblems?: string[];
}

/**
 * The editor's live preview: the body rendered against a sample (the caption says which), gaps
 * marked, and what is wrong with the body as the agent types — Liquid errors and unknown variables.
 */
export function TemplatePreview({
  result,
  problems,
  caption,
  fields = [],
}: {
  result: RenderResult | null;
  problems: TemplateProblems;
  caption: ReactNode;
  /** The template's fill-in fields: the preview shows them filled with sample answers. */
  fields?: readonly FormField[];
}) {
  const t = useT();
  const error = problems.syntaxError ?? result?.error ?? null;
  // Unknown variables are already listed above; these are known ones the sample has no value for.
  const sampleGaps = (result?.gaps ?? []).filter((gap) => !problems.unknownVariables.some((v) => v.name === gap));
  return (
    <div className="template-preview" data-testid="template-preview">
      <p className="eyebrow">{caption}</p>
      {error ? (
        <p className="error" role="alert" data-testid="liquid-error">
          {t('preview.liquidError', { error: renderMessage(liquidErrorMessage(error), t) })}
        </p>
      ) : (
        result && <RenderedText segments={result.segments} />
      )}
      {problems.unknownVariables.length > 0 && (
        <ul className="warning template-problems" data-testid="unknown-variables" aria-live="polite">
          {problems.unknownVariables.map(({ name, suggestion }) => (
            <li key={name}>
              <RichMessage id="preview.unknownVariable" values={{ name: <code>{name}</code> }} />
              {suggestion && <RichMessage id="preview.didYouMean" values={{ suggestion: <code>{suggestion}</code> }} />}
            </li>
          ))}
        </ul>
      )}
      {fields.length > 0 && (
        <p className="muted" data-testid="preview-fields">
          {t('preview.fieldsAsked', { fields: fields.map((f) => `${f.label} (${t(`preview.fieldType.${f.type}`)})`).join(', ') })}
        </p>
      )}
      {(problems.fieldProblems?.length ?? 0) > 0 && (
        <ul className="warning template-problems" data-testid="field-problems">
          {problems.fieldProblems!.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {!error && sampleGaps.length > 0 && (
        <p className="muted">
          <RichMessage id="preview.sampleGaps" values={{ names: <code>{sampleGaps.join(', ')}</code> }} />
        </p>
      )}
    </div>
  );
}
