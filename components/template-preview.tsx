import { RenderedText } from '@/components/rendered-text';
import type { RenderResult } from '@/lib/templates/render';

export interface TemplateProblems {
  syntaxError: string | null;
  unknownVariables: Array<{ name: string; suggestion?: string }>;
}

/**
 * The editor's live preview: the body rendered against a sample (the caption says which), gaps
 * marked, and what is wrong with the body as the agent types — Liquid errors and unknown variables.
 */
export function TemplatePreview({
  result,
  problems,
  caption,
}: {
  result: RenderResult | null;
  problems: TemplateProblems;
  caption: string;
}) {
  const error = problems.syntaxError ?? result?.error ?? null;
  // Unknown variables are already listed above; these are known ones the sample has no value for.
  const sampleGaps = (result?.gaps ?? []).filter((gap) => !problems.unknownVariables.some((v) => v.name === gap));
  return (
    <div className="template-preview" data-testid="template-preview">
      <p className="eyebrow">{caption}</p>
      {error ? (
        <p className="error" role="alert" data-testid="liquid-error">
          Liquid error: {error}
        </p>
      ) : (
        result && <RenderedText segments={result.segments} />
      )}
      {problems.unknownVariables.length > 0 && (
        <ul className="warning template-problems" data-testid="unknown-variables" aria-live="polite">
          {problems.unknownVariables.map(({ name, suggestion }) => (
            <li key={name}>
              Unknown variable <code>{name}</code>: it will always be a gap.{suggestion ? ` Did you mean ${suggestion}?` : ''}
            </li>
          ))}
        </ul>
      )}
      {!error && sampleGaps.length > 0 && (
        <p className="muted">
          No value in this sample for {sampleGaps.join(', ')}: the panel shows such gaps and will not insert them silently.
        </p>
      )}
    </div>
  );
}
