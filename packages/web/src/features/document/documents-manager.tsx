'use client';

import { useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import {
  AddCooperativeDocumentDocument,
  RemoveCooperativeDocumentDocument,
  UpdateCooperativeDocumentDocument,
  type DocumentType,
  type WorkspaceDocumentFragment,
} from '@/graphql/generated/graphql';
import {
  checkDocumentFile,
  DOCUMENT_ACCEPT,
  formatFileSize,
  uploadDocumentFile,
  type UploadErrorCode,
} from './document-upload';
import { formatLocalDate } from '@/lib/format';
import { DOCUMENT_TYPES } from '@/lib/partner-options';
import type { FieldProblem } from '@/lib/mutation-outcome';
import {
  ProblemAlert,
  SuccessNote,
  useActionState,
  useFieldProblemText,
  useFocusFirstInvalid,
  useRefresh,
} from '@/components/ui/action-feedback';
import {
  BUTTON_CLASSES,
  ChoiceField,
  FormAlert,
  InputField,
  TextAreaField,
} from '@/components/ui/form-controls';
import { DocumentStatusBadge, VerificationBadge } from '@/components/ui/status-badges';

function textOf(form: FormData, name: string): string | null {
  return String(form.get(name) ?? '').trim() || null;
}

/** The file chosen in a form's "file" input, if any. */
function fileOf(form: FormData): File | null {
  const file = form.get('file');
  return file instanceof File && file.size > 0 ? file : null;
}

/** Number, dates and note: shared by the add form and each document's editor. */
function DocumentFields({
  document,
  problems,
}: {
  document?: WorkspaceDocumentFragment;
  problems: Record<string, FieldProblem>;
}) {
  const t = useTranslations('cooperativeWorkspace.documents');
  const workspace = useTranslations('cooperativeWorkspace');
  const problemText = useFieldProblemText();
  return (
    <>
      <InputField
        name="number"
        label={t('number')}
        labelNote={workspace('optional')}
        hint={t('numberHint')}
        defaultValue={document?.number ?? ''}
        maxLength={120}
        error={problemText(problems.number)}
      />
      <InputField
        name="issuedOn"
        type="date"
        label={t('issuedOn')}
        labelNote={workspace('optional')}
        defaultValue={document?.issuedOn ?? ''}
        error={problemText(problems.issuedOn)}
      />
      <InputField
        name="expiresOn"
        type="date"
        label={t('expiresOn')}
        labelNote={workspace('optional')}
        hint={t('expiresOnHint')}
        defaultValue={document?.expiresOn ?? ''}
        error={problemText(problems.expiresOn)}
      />
      <TextAreaField
        name="note"
        label={t('note')}
        labelNote={workspace('optional')}
        rows={2}
        maxLength={2000}
        defaultValue={document?.note ?? ''}
        error={problemText(problems.note)}
        wrapperClassName="sm:col-span-2"
      />
    </>
  );
}

/** The file input with what the API accepts; the chosen file is checked before sending. */
function FileField({ label, error }: { label: string; error: string | undefined }) {
  const t = useTranslations('cooperativeWorkspace.documents');
  const workspace = useTranslations('cooperativeWorkspace');
  return (
    <InputField
      name="file"
      type="file"
      accept={DOCUMENT_ACCEPT}
      label={label}
      labelNote={workspace('optional')}
      hint={t('fileHint')}
      error={error}
      wrapperClassName="sm:col-span-2"
    />
  );
}

function useUploadErrorText(): (code: UploadErrorCode | null) => string | undefined {
  const t = useTranslations('cooperativeWorkspace.documents.uploadErrors');
  return (code) => (code ? t(code) : undefined);
}

/** One document: its facts at a glance, opened to change, upload a file or remove it. */
function DocumentEditor({ document }: { document: WorkspaceDocumentFragment }) {
  const t = useTranslations('cooperativeWorkspace.documents');
  const workspace = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const locale = useLocale() as 'id' | 'en';
  const [update] = useMutation(UpdateCooperativeDocumentDocument);
  const [remove] = useMutation(RemoveCooperativeDocumentDocument);
  const { busy, problem, setProblem, done, setDone, run } = useActionState();
  const { refresh } = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const [uploadError, setUploadError] = useState<UploadErrorCode | null>(null);
  const [uploading, setUploading] = useState(false);
  const uploadErrorText = useUploadErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};
  const label = enums(`documentType.${document.type}`);
  const date = (value: string | null) => (value ? formatLocalDate(value, locale) : null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ok = await run(
      'save',
      async () =>
        (
          await update({
            variables: {
              input: {
                id: document.id,
                version: document.version,
                number: textOf(form, 'number'),
                issuedOn: textOf(form, 'issuedOn'),
                expiresOn: textOf(form, 'expiresOn'),
                note: textOf(form, 'note'),
              },
            },
          })
        ).data?.updateCooperativeDocument.userErrors,
      t('saved', { document: label }),
    );
    if (!ok) focusInvalid();
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = fileOf(new FormData(formElement));
    setDone(null);
    if (!file) {
      setUploadError('BAD_REQUEST');
      return;
    }
    const refused = checkDocumentFile(file) ?? null;
    if (refused) {
      setUploadError(refused);
      return;
    }
    setUploading(true);
    const error = await uploadDocumentFile(document.id, file);
    setUploading(false);
    setUploadError(error);
    if (!error) {
      formElement.reset();
      setDone(t('uploaded', { document: label }));
      refresh();
    }
  }

  async function onRemove() {
    await run(
      'remove',
      async () =>
        (await remove({ variables: { input: { id: document.id, version: document.version } } })).data
          ?.removeCooperativeDocument.userErrors,
      t('removed', { document: label }),
    );
    setConfirming(false);
  }

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">{label}</h3>
        <div className="flex flex-wrap gap-1.5">
          <DocumentStatusBadge status={document.status} />
          <VerificationBadge level={document.verificationLevel} />
        </div>
      </div>
      <dl className="mt-1 grid grid-cols-1 gap-x-4 text-sm text-stone-700 sm:grid-cols-3">
        <div>
          <dt className="inline text-stone-600">{t('number')}: </dt>
          <dd className="inline break-all">{document.number ?? '—'}</dd>
        </div>
        <div>
          <dt className="inline text-stone-600">{t('issuedOn')}: </dt>
          <dd className="inline">{date(document.issuedOn) ?? '—'}</dd>
        </div>
        <div>
          <dt className="inline text-stone-600">{t('expiresOn')}: </dt>
          <dd className="inline">{date(document.expiresOn) ?? t('noExpiry')}</dd>
        </div>
      </dl>
      <p className="mt-1 text-sm text-stone-600">
        {t('recorded', {
          source: enums(`documentSource.${document.source}`),
          who: document.recordedByName ?? '—',
        })}
      </p>
      {document.file ? (
        <p className="mt-1 text-sm">
          <a href={document.file.downloadPath} download={document.file.name}>
            {t('download', { name: document.file.name })}
          </a>{' '}
          <span className="text-stone-600">({formatFileSize(document.file.sizeBytes, locale)})</span>
        </p>
      ) : (
        <p className="mt-1 text-sm text-stone-600">{t('noFile')}</p>
      )}
      {document.viewerMayChange ? (
        <details className="group mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
            {t('edit', { document: label })}
          </summary>
          <div className="mt-2 space-y-4">
            <SuccessNote message={done} />
            <form
              ref={formRef}
              onSubmit={onSubmit}
              noValidate
              aria-label={t('edit', { document: label })}
              className="space-y-3"
            >
              <ProblemAlert
                problem={problem}
                conflictMessage={workspace('conflict')}
                onReload={() => setProblem(null)}
              />
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                <DocumentFields document={document} problems={fields} />
              </div>
              <div className="flex flex-wrap gap-2">
                <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
                  {busy === 'save' ? workspace('saving') : t('save')}
                </button>
                {confirming ? (
                  <>
                    <button
                      type="button"
                      disabled={busy !== null}
                      onClick={onRemove}
                      className={BUTTON_CLASSES.danger}
                    >
                      {busy === 'remove' ? workspace('saving') : t('confirmRemove', { document: label })}
                    </button>
                    <button
                      type="button"
                      onClick={() => setConfirming(false)}
                      className={BUTTON_CLASSES.secondary}
                    >
                      {workspace('cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => setConfirming(true)} className={BUTTON_CLASSES.danger}>
                    {t('remove')}
                  </button>
                )}
              </div>
            </form>
            <form
              onSubmit={onUpload}
              noValidate
              aria-label={t('uploadTitle', { document: label })}
              className="space-y-3"
            >
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                <FileField
                  label={document.hasFile ? t('replaceFile') : t('file')}
                  error={uploadErrorText(uploadError)}
                />
              </div>
              <button type="submit" disabled={uploading} className={BUTTON_CLASSES.secondary}>
                {uploading ? t('uploading') : t('upload')}
              </button>
            </form>
          </div>
        </details>
      ) : null}
    </div>
  );
}

/** Adds a document; a file chosen with it is uploaded right after the record is saved. */
function AddDocumentForm({
  cooperativeId,
  initialType,
}: {
  cooperativeId: string;
  initialType?: DocumentType;
}) {
  const t = useTranslations('cooperativeWorkspace.documents');
  const workspace = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  const [add] = useMutation(AddCooperativeDocumentDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const [uploadError, setUploadError] = useState<UploadErrorCode | null>(null);
  const uploadErrorText = useUploadErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const type = String(form.get('type')) as DocumentType;
    const file = fileOf(form);
    const refused = file ? checkDocumentFile(file) : null;
    setUploadError(refused);
    if (refused) return;
    const ok = await run(
      'add',
      async () => {
        const payload = (
          await add({
            variables: {
              input: {
                cooperativeId,
                type,
                number: textOf(form, 'number'),
                issuedOn: textOf(form, 'issuedOn'),
                expiresOn: textOf(form, 'expiresOn'),
                note: textOf(form, 'note'),
              },
            },
          })
        ).data?.addCooperativeDocument;
        const documentId = payload?.document?.id ?? null;
        // The file goes up before the page reloads, so the list shows it at once.
        if (documentId && file) {
          const error = await uploadDocumentFile(documentId, file);
          setUploadError(error);
        }
        return payload?.userErrors;
      },
      t('added', { document: enums(`documentType.${type}`) }),
    );
    if (ok) formElement.reset();
    else focusInvalid();
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('addTitle')}
      className="space-y-3 rounded-lg border border-dashed border-stone-300 p-4"
    >
      <h3 className="font-semibold">{t('addTitle')}</h3>
      <SuccessNote message={done} />
      <ProblemAlert
        problem={problem}
        conflictMessage={workspace('conflict')}
        onReload={() => setProblem(null)}
      />
      {uploadError && done ? <FormAlert id="document-upload-error">{t('addedWithoutFile')}</FormAlert> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <ChoiceField
          name="type"
          label={t('type')}
          defaultValue={initialType}
          options={DOCUMENT_TYPES.map((value) => ({ value, label: enums(`documentType.${value}`) }))}
          error={problemText(fields.type)}
        />
        <DocumentFields problems={fields} />
        <FileField label={t('file')} error={uploadErrorText(uploadError)} />
      </div>
      <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
        {busy ? workspace('saving') : t('add')}
      </button>
    </form>
  );
}

/**
 * The cooperative's documents (deed, SK AHU, NPWP, approvals, proposal…): each with its number,
 * dates, status and verification, and its file to download; the board and the mentor add,
 * change, upload and remove (the API decides; others only read).
 */
export function DocumentsManager({
  cooperativeId,
  documents,
  canAdd,
  initialType,
}: {
  cooperativeId: string;
  documents: readonly WorkspaceDocumentFragment[];
  canAdd: boolean;
  /** Preselected type of the add form (a link from a program's checklist names the missing one). */
  initialType?: DocumentType;
}) {
  const t = useTranslations('cooperativeWorkspace.documents');
  return (
    <div className="space-y-4">
      {documents.length === 0 ? <p className="text-stone-600">{t('none')}</p> : null}
      <ul className="space-y-3">
        {documents.map((document) => (
          <li
            key={document.id}
            className="rounded-lg border border-stone-200 p-3"
            data-document-type={document.type}
          >
            <DocumentEditor document={document} />
          </li>
        ))}
      </ul>
      {canAdd ? <AddDocumentForm cooperativeId={cooperativeId} initialType={initialType} /> : null}
    </div>
  );
}
