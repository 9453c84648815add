import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_FIELD_VALUE, fieldScope, missingFields, type FieldValues, type FormField } from '@/lib/templates/fields';
import { useT } from '@/lib/i18n/i18n-context';

interface Props {
  fields: readonly FormField[];
  /** The reply's language: dates are checked as the reply will write them. */
  language: string;
  /** Answers from the last time, so reopening the form keeps them. */
  initial?: FieldValues;
  onSubmit: (values: FieldValues) => void;
  onCancel: () => void;
}

function startValues(fields: readonly FormField[], initial: FieldValues = {}): FieldValues {
  return Object.fromEntries(
    fields.map((f) => [f.name, Object.hasOwn(initial, f.name) ? initial[f.name]! : f.type === 'yesno' ? false : '']),
  );
}

/**
 * What a template asks the agent before insert. Keyboard first: the first field has focus, Enter
 * inserts from any field, Escape cancels; every input has its label, and a missing answer is
 * said next to its field, which gets focus.
 */
export function FillInForm({ fields, language, initial, onSubmit, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => startValues(fields, initial));
  const [missing, setMissing] = useState<string[]>([]);
  const set = (name: string, value: string | boolean) => setValues((current) => ({ ...current, [name]: value }));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = missingFields(fields, fieldScope(fields, values, language)).map((f) => f.name);
    setMissing(unanswered);
    if (unanswered.length === 0) return onSubmit(values);
    form.current?.querySelector<HTMLElement>(`[name="${unanswered[0]}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !['BUTTON', 'TEXTAREA'].includes(target.tagName)) {
      // Selects, checkboxes and date inputs do not submit on Enter by themselves.
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  return (
    <form ref={form} className="form fill-in" data-testid="fill-in-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <fieldset>
        <legend>{t('fillIn.legend')}</legend>
        {fields.map((field) => {
          const inputId = `${id}-${field.name}`;
          const isMissing = missing.includes(field.name);
          const described =
            [field.hint ? `${inputId}-hint` : '', isMissing ? `${inputId}-missing` : ''].filter(Boolean).join(' ') || undefined;
          const common = { id: inputId, name: field.name, 'aria-describedby': described, 'aria-invalid': isMissing || undefined };
          const value = values[field.name];
          return (
            <div key={field.name} className={field.type === 'yesno' ? 'field checkbox' : 'field'}>
              {field.type === 'yesno' ? (
                <label htmlFor={inputId}>
                  <input {...common} type="checkbox" checked={value === true} onChange={(e) => set(field.name, e.target.checked)} />{' '}
                  {field.label}
                </label>
              ) : (
                <label htmlFor={inputId}>{field.label}</label>
              )}
              {field.type === 'text' && (
                <input
                  {...common}
                  type="text"
                  maxLength={MAX_FIELD_VALUE}
                  autoComplete="off"
                  value={String(value ?? '')}
                  onChange={(e) => set(field.name, e.target.value)}
                />
              )}
              {field.type === 'date' && (
                <input {...common} type="date" value={String(value ?? '')} onChange={(e) => set(field.name, e.target.value)} />
              )}
              {field.type === 'choice' && (
                <select {...common} value={String(value ?? '')} onChange={(e) => set(field.name, e.target.value)}>
                  <option value="">{t('fillIn.choose')}</option>
                  {field.options?.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              )}
              {field.hint && (
                <span id={`${inputId}-hint`} className="muted">
                  {field.hint}
                </span>
              )}
              {isMissing && (
                <span id={`${inputId}-missing`} className="error">
                  {t('fillIn.missing')}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
      <p className="muted">{t('fillIn.keys')}</p>
      <div className="actions">
        <button type="submit" className="primary" data-action="submit-fields">
          {t('fillIn.insert')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('fillIn.cancel')}
        </button>
      </div>
    </form>
  );
}
