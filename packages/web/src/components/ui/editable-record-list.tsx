'use client';

import { useRef, useState, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { ProblemAlert, SuccessNote, useActionState, useFocusFirstInvalid } from './action-feedback';
import { BUTTON_CLASSES } from './form-controls';

/*
 * A list of records that are changed in place: each record with its own edit form, a form to add
 * one, and every save announced or explained where it happened. The features keep their fields
 * and their mutations; the list, the forms' frame, the feedback and the save/remove buttons are
 * here, so the workspace's managers behave alike.
 */

/** A form field's trimmed text, or null when it was left empty. */
export function optionalText(form: FormData, name: string): string | null {
  return String(form.get(name) ?? '').trim() || null;
}

/**
 * State of one record form: the action state of `useActionState`, the form's ref, the API's
 * problems by field, and `save`, which runs a mutation and moves focus to the first invalid
 * control when it is refused. Resolves to whether it succeeded.
 */
export function useRecordForm() {
  const action = useActionState();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = action.problem?.kind === 'invalid' ? action.problem.fields : {};

  async function save(...args: Parameters<typeof action.run>): Promise<boolean> {
    const ok = await action.run(...args);
    if (!ok) focusInvalid();
    return ok;
  }

  return { ...action, formRef, focusInvalid, fields, save };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;

interface RecordFormProps {
  /** The form's state from `useRecordForm` (its ref is passed apart, as `formRef`). */
  state: Pick<RecordFormState, 'problem' | 'setProblem' | 'done'>;
  formRef: RecordFormState['formRef'];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The form's accessible name. */
  label: string;
  /** A visible heading, when the form has one. */
  title?: string;
  className: string;
  /** What a version conflict means for this record. */
  conflictMessage: string;
  /** Whether the form announces its own successes (an editor may announce them outside it). */
  announcesDone?: boolean;
  /** A further message under the problems (e.g. a file that did not go up). */
  notice?: ReactNode;
  fieldsClassName: string;
  /** The fields. */
  children: ReactNode;
  /** The buttons under the fields. */
  actions: ReactNode;
}

/** The frame of an add or edit form: heading, success and problem messages, fields, buttons. */
export function RecordForm({
  state,
  formRef,
  onSubmit,
  label,
  title,
  className,
  conflictMessage,
  announcesDone = false,
  notice,
  fieldsClassName,
  children,
  actions,
}: RecordFormProps) {
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={label} className={className}>
      {title ? <h3 className="font-semibold">{title}</h3> : null}
      {announcesDone ? <SuccessNote message={state.done} /> : null}
      <ProblemAlert
        problem={state.problem}
        conflictMessage={conflictMessage}
        onReload={() => state.setProblem(null)}
      />
      {notice}
      <div className={fieldsClassName}>{children}</div>
      {actions}
    </form>
  );
}

interface SaveRemoveActionsProps {
  /** The running action of the record's form (`save`, `remove`, or null). */
  busy: string | null;
  saveLabel: string;
  removeLabel: string;
  /** The second, confirming click's label, naming the record. */
  confirmRemoveLabel: string;
  savingLabel: string;
  cancelLabel: string;
  onRemove: () => Promise<unknown>;
}

/** Save, and remove that asks for a second click first. */
export function SaveRemoveActions({
  busy,
  saveLabel,
  removeLabel,
  confirmRemoveLabel,
  savingLabel,
  cancelLabel,
  onRemove,
}: SaveRemoveActionsProps) {
  const [confirming, setConfirming] = useState(false);

  async function remove() {
    await onRemove();
    setConfirming(false);
  }

  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
        {busy === 'save' ? savingLabel : saveLabel}
      </button>
      {confirming ? (
        <>
          <button type="button" disabled={busy !== null} onClick={remove} className={BUTTON_CLASSES.danger}>
            {busy === 'remove' ? savingLabel : confirmRemoveLabel}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={BUTTON_CLASSES.secondary}>
            {cancelLabel}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={BUTTON_CLASSES.danger}>
          {removeLabel}
        </button>
      )}
    </div>
  );
}

/** What an add form opened by `AddOnDemand` is given to close itself. */
export interface AddFormCloseProps {
  /** Saved: closes the form and announces the message. */
  onDone: (message: string) => void;
  /** Closes the form without saving. */
  onCancel: () => void;
}

interface AddOnDemandProps<P> {
  /** The button that opens the form. */
  openLabel: string;
  /** The add form. */
  Form: ComponentType<P & AddFormCloseProps>;
  /** The add form's own props. */
  formProps: P;
}

/** A button that opens the add form in its place; closing it gives the button its focus back. */
export function AddOnDemand<P extends object>({ openLabel, Form, formProps }: AddOnDemandProps<P>) {
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <SuccessNote message={added} />
      {open ? (
        <Form
          {...formProps}
          onDone={(message) => {
            setOpen(false);
            setAdded(message);
          }}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => openButton.current?.focus());
          }}
        />
      ) : (
        <button
          ref={openButton}
          type="button"
          onClick={() => {
            setAdded(null);
            setOpen(true);
          }}
          className={BUTTON_CLASSES.primary}
        >
          {openLabel}
        </button>
      )}
    </>
  );
}

interface EditableRecordListProps<T> {
  records: readonly T[];
  keyOf: (record: T) => string;
  /** One record: what it shows and its edit form. */
  renderRecord: (record: T) => ReactNode;
  /** Said when there is no record yet. */
  emptyText: string;
  listClassName: string;
  itemClassName?: string;
  /** Data attributes of a record's list item. */
  itemData?: (record: T) => Record<`data-${string}`, string>;
  /** The add form (or `AddOnDemand`); absent when the viewer may not add. */
  add?: ReactNode;
  /** Where the add form sits: above the records or under them. */
  addPlacement?: 'above' | 'below';
}

/** The records, each changed in place, with the way to add one. */
export function EditableRecordList<T>({
  records,
  keyOf,
  renderRecord,
  emptyText,
  listClassName,
  itemClassName,
  itemData,
  add,
  addPlacement = 'below',
}: EditableRecordListProps<T>) {
  return (
    <div className="space-y-4">
      {addPlacement === 'above' ? add : null}
      {records.length === 0 ? <p className="text-stone-600">{emptyText}</p> : null}
      <ul className={listClassName}>
        {records.map((record) => (
          <li key={keyOf(record)} className={itemClassName} {...itemData?.(record)}>
            {renderRecord(record)}
          </li>
        ))}
      </ul>
      {addPlacement === 'below' ? add : null}
    </div>
  );
}
