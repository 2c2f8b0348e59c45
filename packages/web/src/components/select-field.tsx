import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  options: readonly SelectOption[];
  value: string | undefined;
  disabled?: boolean;
  hint?: string;
}

/** A labelled select whose empty first option means "any". */
export function SelectField({ name, label, anyLabel, options, value, disabled, hint }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        // Uncontrolled on purpose: the server renders the current value and the form reads the DOM.
        defaultValue={value ?? ''}
        key={value ?? ''}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-stone-900 disabled:bg-stone-100 disabled:text-stone-500"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
