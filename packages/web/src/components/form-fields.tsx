import { useId, type ReactNode } from 'react';

/*
 * Labelled form fields for the workspace forms: each names its hint and its error through
 * aria-describedby and marks itself aria-invalid while it has one, so a screen reader reads the
 * problem with the field. Uncontrolled (defaultValue): the form reads its values on submit.
 */

const INPUT_CLASSES =
  'mt-1 block min-h-11 w-full rounded-md border bg-white px-3 text-stone-900 disabled:bg-stone-100 disabled:text-stone-500';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

function FieldMessages({
  hintId,
  hint,
  errorId,
  error,
}: {
  hintId: string;
  hint?: string;
  errorId: string;
  error?: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-brand-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface BaseFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

export function FormText({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  defaultValue,
  type = 'text',
  inputMode,
  maxLength,
  minLength,
  autoComplete = 'off',
}: BaseFieldProps & {
  defaultValue?: string | null;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  maxLength?: number;
  minLength?: number;
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ''}
        required={required}
        disabled={disabled}
        inputMode={inputMode}
        maxLength={maxLength}
        minLength={minLength}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={`${INPUT_CLASSES} ${error ? 'border-brand-600' : 'border-stone-300'}`}
      />
      <FieldMessages hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </div>
  );
}

export function FormTextarea({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  defaultValue,
  maxLength,
}: BaseFieldProps & { defaultValue?: string | null; maxLength?: number }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={defaultValue ?? ''}
        required={required}
        disabled={disabled}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={`${INPUT_CLASSES} py-2 ${error ? 'border-brand-600' : 'border-stone-300'}`}
      />
      <FieldMessages hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </div>
  );
}

export interface FormOption {
  value: string;
  label: string;
}

export function FormSelect({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  defaultValue,
  options,
  emptyLabel,
  onChange,
}: BaseFieldProps & {
  defaultValue?: string | null;
  options: readonly FormOption[];
  /** An empty first option (optional fields, or "choose…" for required ones). */
  emptyLabel?: string;
  onChange?: (value: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        required={required}
        disabled={disabled}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={`${INPUT_CLASSES} ${error ? 'border-brand-600' : 'border-stone-300'}`}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </div>
  );
}

/** A group of checkboxes sharing a name (the form reads them with getAll). */
export function FormCheckboxes({
  name,
  legend,
  hint,
  error,
  options,
  defaultValues,
  columns = 2,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly FormOption[];
  defaultValues: readonly string[];
  columns?: 1 | 2 | 3;
}) {
  const id = useId();
  const grid = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' }[columns];
  return (
    <fieldset
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      className="rounded-md border border-stone-200 p-3"
    >
      <legend className="px-1 text-sm font-medium text-stone-800">{legend}</legend>
      <div className={`grid grid-cols-1 gap-x-4 ${grid}`}>
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="h-5 w-5 shrink-0 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessages hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** What went wrong with the whole form, announced and focusable so the form can move focus to it. */
export function FormAlert({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-brand-100 bg-brand-50 p-3 text-brand-800 focus:outline-none"
    >
      {children}
    </div>
  );
}
