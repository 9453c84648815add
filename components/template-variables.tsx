import type { TemplateVariableInfo } from '@/lib/templates/variable-catalog';
import { useT } from '@/lib/i18n/i18n-context';

/** The variables a body may use, each with what it holds; clicking one inserts it at the cursor. */
export function TemplateVariables({
  variables,
  onInsert,
}: {
  variables: readonly TemplateVariableInfo[];
  onInsert: (name: string) => void;
}) {
  const t = useT();
  return (
    <details className="template-variables" data-testid="template-variables">
      <summary>{t('variables.title')}</summary>
      <dl>
        {variables.map((variable) => (
          <div key={variable.name} className="template-variable">
            <dt>
              <button
                type="button"
                className="link"
                title={t('variables.insert', { variable: `{{ ${variable.name} }}` })}
                onClick={() => onInsert(variable.name)}
              >
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
