import type { TemplateVariableInfo } from '@/lib/templates/variable-catalog';

/** The variables a body may use, each with what it holds; clicking one inserts it at the cursor. */
export function TemplateVariables({
  variables,
  onInsert,
}: {
  variables: readonly TemplateVariableInfo[];
  onInsert: (name: string) => void;
}) {
  return (
    <details className="template-variables" data-testid="template-variables">
      <summary>Variables you can use</summary>
      <dl>
        {variables.map((variable) => (
          <div key={variable.name} className="template-variable">
            <dt>
              <button type="button" className="link" title={`Insert {{ ${variable.name} }}`} onClick={() => onInsert(variable.name)}>
                <code>{`{{ ${variable.name} }}`}</code>
              </button>
            </dt>
            <dd className="muted">{variable.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
