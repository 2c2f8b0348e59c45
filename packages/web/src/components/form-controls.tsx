import { useId, type ComponentProps, type ReactNode } from 'react';

/*
 * Labelled form controls for the workspaces' forms. Each ties its hint and its error text to the
 * control with aria-describedby and marks an error with aria-invalid, so a screen reader reads the
 * problem when the control gets focus (forms move focus to the first invalid control).
 */

const CONTROL =
  'mt-1 block min-h-11 w-full rounded-md border bg-white px-3 text-stone-900 disabled:bg-stone-100 disabled:text-stone-500';

function controlClasses(error: string | undefined, extra = ''): string {
  return `${CONTROL} ${error ? 'border-brand-700 ring-1 ring-brand-700' : 'border-stone-300'} ${extra}`;
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label, e.g. "(opsional)". */
  labelNote?: string;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
}

function FieldFrame({ id, label, hint, error, labelNote, children, className }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {labelNote ? <span className="font-normal text-stone-600"> {labelNote}</span> : null}
      </label>
      {children(describedBy)}
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
    </div>
  );
}

type InputFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
  labelNote?: string;
  /** Extra classes for the wrapper (grid placement). */
  wrapperClassName?: string;
};

export function InputField({
  label,
  hint,
  error,
  labelNote,
  wrapperClassName,
  className,
  ...input
}: InputFieldProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      labelNote={labelNote}
      className={wrapperClassName}
    >
      {(describedBy) => (
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClasses(error, className)}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<ComponentProps<'textarea'>, 'id'> & {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
  labelNote?: string;
  wrapperClassName?: string;
};

export function TextAreaField({
  label,
  hint,
  error,
  labelNote,
  wrapperClassName,
  className,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      labelNote={labelNote}
      className={wrapperClassName}
    >
      {(describedBy) => (
        <textarea
          id={id}
          rows={rows}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClasses(error, `py-2 ${className ?? ''}`)}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
}

type ChoiceFieldProps = Omit<ComponentProps<'select'>, 'id'> & {
  label: string;
  name: string;
  options: readonly ChoiceOption[];
  /** A first, empty option ("— pilih —" or "none"). */
  emptyLabel?: string;
  hint?: ReactNode;
  error?: string;
  labelNote?: string;
  wrapperClassName?: string;
};

export function ChoiceField({
  label,
  options,
  emptyLabel,
  hint,
  error,
  labelNote,
  wrapperClassName,
  className,
  ...select
}: ChoiceFieldProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      labelNote={labelNote}
      className={wrapperClassName}
    >
      {(describedBy) => (
        <select
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClasses(error, className)}
          {...select}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

const BUTTON_BASE =
  'inline-flex min-h-11 items-center justify-center rounded-md px-4 font-medium disabled:cursor-not-allowed disabled:opacity-70';

export const BUTTON_CLASSES = {
  primary: `${BUTTON_BASE} bg-brand-700 text-white hover:bg-brand-800`,
  secondary: `${BUTTON_BASE} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`,
  danger: `${BUTTON_BASE} border border-brand-700 bg-white text-brand-800 hover:bg-brand-50`,
} as const;

/** Link styled as a button (for server-rendered calls to action such as "Ajukan proposal"). */
export const LINK_BUTTON_CLASSES = {
  primary: `${BUTTON_CLASSES.primary} no-underline hover:no-underline`,
  secondary: `${BUTTON_CLASSES.secondary} no-underline hover:no-underline`,
} as const;

/** Moves focus to the first control marked invalid inside `root` (after a refused submit). */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
