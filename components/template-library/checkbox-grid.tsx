interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  checked: readonly T[];
  /** The option's words in the interface's language. */
  label: (option: T) => string;
  onChange: (checked: T[]) => void;
}

/** A fieldset of checkboxes choosing several of a fixed list (a template's intents, its sites). */
export function CheckboxGrid<T extends string>({ legend, options, checked, label, onChange }: Props<T>) {
  const toggle = (option: T, on: boolean) => onChange(on ? [...checked, option] : checked.filter((value) => value !== option));
  return (
    <fieldset className="checkbox-grid">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input type="checkbox" checked={checked.includes(option)} onChange={(e) => toggle(option, e.target.checked)} /> {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
