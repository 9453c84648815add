import { useState } from 'react';

interface Props {
  id: string;
  label: string;
  /** A value is saved: it is never shown again, only replaced. */
  saved: boolean;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
}

/** A key, token or secret: a password input, or "saved" with a Replace button once it is stored. */
export function SecretInput({ id, label, saved, value, onChange, placeholder, hint }: Props) {
  const [replacing, setReplacing] = useState(false);
  if (saved && !replacing) {
    return (
      <div className="field" data-testid={`saved-${id}`}>
        <span>{label}</span>
        <span>
          <span className="ok">Saved</span> <span className="muted">(not shown again)</span>{' '}
          <button type="button" aria-label={`Replace ${label}`} onClick={() => setReplacing(true)}>
            Replace
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={saved ? 'Leave empty to keep the saved one' : placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
    </div>
  );
}
