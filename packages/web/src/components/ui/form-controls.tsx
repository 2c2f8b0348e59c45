import { useId, type ComponentProps, type ReactNode } from 'react';

/*
 * Labelled form controls, for the workspaces' forms and the lists' filters alike. Each ties its
 * hint and its error text to the control with aria-describedby and marks an error with
 * aria-invalid, so a screen reader reads the problem when the control gets focus (forms move
 * focus to the first invalid control). Every other prop goes to the control itself: controlled
 * (value, onChange) or uncontrolled (defaultValue, read with FormData on submit).
 */

const CONTROL =
  'mt-1 block min-h-11 w-full rounded-md border bg-white px-3 text-stone-900 disabled:bg-stone-100 disabled:text-stone-500';

/** A plain control's classes, for server-rendered forms that build their own labels. */
export const CONTROL_CLASSES = `${CONTROL} border-stone-300`;

function controlClasses(error: string | undefined, extra = ''): string {
  return `${CONTROL} ${error ? 'border-brand-700 ring-1 ring-brand-700' : 'border-stone-300'} ${extra}`;
}

interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label, e.g. "(opsional)". */
  labelNote?: string;
  /** Extra classes for the wrapper (grid placement). */
  wrapperClassName?: string;
}

/** What ties a control to its label, hint and error. */
interface ControlAttributes {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint and the error under a control (or a group), with the ids describedBy() names. */
function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

function FieldFrame({
  label,
  hint,
  error,
  labelNote,
  wrapperClassName,
  children,
}: FieldFrameProps & { children: (control: ControlAttributes) => ReactNode }) {
  const id = useId();
  return (
    <div className={wrapperClassName}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {labelNote ? <span className="font-normal text-stone-600"> {labelNote}</span> : null}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, hint, error),
      })}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

type FieldProps<Control extends 'input' | 'textarea' | 'select'> = Omit<ComponentProps<Control>, 'id'> &
  FieldFrameProps & { name: string };

/** Splits a field's props into those of its frame and those of its control. */
function splitFieldProps<Props extends FieldFrameProps>({
  label,
  hint,
  error,
  labelNote,
  wrapperClassName,
  ...control
}: Props) {
  return [{ label, hint, error, labelNote, wrapperClassName }, control] as const;
}

export function InputField({ className, ...props }: FieldProps<'input'>) {
  const [frame, input] = splitFieldProps(props);
  return (
    <FieldFrame {...frame}>
      {(control) => <input {...control} className={controlClasses(frame.error, className)} {...input} />}
    </FieldFrame>
  );
}

export function TextAreaField({ className, rows = 3, ...props }: FieldProps<'textarea'>) {
  const [frame, textarea] = splitFieldProps(props);
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className={controlClasses(frame.error, `py-2 ${className ?? ''}`)}
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

type ChoiceFieldProps = FieldProps<'select'> & {
  options: readonly ChoiceOption[];
  /** A first, empty option ("— pilih —" or "none"). */
  emptyLabel?: string;
};

export function ChoiceField({ className, options, emptyLabel, ...props }: ChoiceFieldProps) {
  const [frame, select] = splitFieldProps(props);
  return (
    <FieldFrame {...frame}>
      {(control) => (
        <select {...control} className={controlClasses(frame.error, className)} {...select}>
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

/*
 * A list's filters show the values in its URL. Uncontrolled on purpose: the server renders the
 * current value and the filter form reads the DOM; a new value in the URL renders a fresh control.
 */

/** A filter's text field (the list's search box). */
export function FilterInputField({
  value,
  ...props
}: Omit<FieldProps<'input'>, 'value' | 'defaultValue'> & { value: string | undefined }) {
  return <InputField key={value ?? ''} defaultValue={value ?? ''} {...props} />;
}

/** A filter's select, whose empty first option means "any". */
export function FilterChoiceField({
  value,
  anyLabel,
  ...props
}: Omit<ChoiceFieldProps, 'value' | 'defaultValue' | 'emptyLabel'> & {
  value: string | undefined;
  /** The first option, meaning "no filter". */
  anyLabel: string;
}) {
  return <ChoiceField key={value ?? ''} defaultValue={value ?? ''} emptyLabel={anyLabel} {...props} />;
}

/** A group of checkboxes sharing a name (the form reads them with getAll). */
export function CheckboxGroupField({
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
  options: readonly ChoiceOption[];
  defaultValues: readonly string[];
  columns?: 1 | 2 | 3;
}) {
  const id = useId();
  const grid = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' }[columns];
  return (
    <fieldset
      aria-describedby={describedBy(id, hint, error)}
      className="min-w-0 rounded-md border border-stone-200 p-3"
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
            <span className="min-w-0 wrap-anywhere">{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
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

/** A section's call to action drawn as a primary button ("Program baru"), as a server-rendered link. */
export const CALL_TO_ACTION_CLASSES =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline';

/** Moves focus to the first control marked invalid inside `root` (after a refused submit). */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
