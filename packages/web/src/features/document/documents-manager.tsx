'use client';

import { useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  AddCooperativeDocumentDocument,
  RemoveCooperativeDocumentDocument,
  UpdateCooperativeDocumentDocument,
  type DocumentType,
  type WorkspaceDocumentFragment,
} from '@/graphql/generated/graphql';
import { formatLocalDate } from '@/lib/format';
import { DOCUMENT_TYPES } from '@/lib/partner-options';
import { SuccessNote, useFieldProblemText, useRefresh } from '@/components/ui/action-feedback';
import {
  EditableRecordList,
  optionalText,
  RecordForm,
  SaveRemoveActions,
  useRecordForm,
} from '@/components/ui/editable-record-list';
import { BUTTON_CLASSES, ChoiceField, FormAlert } from '@/components/ui/form-controls';
import { DocumentStatusBadge, VerificationBadge } from '@/components/ui/status-badges';
import { DocumentFields, FileField, fileOf, useUploadErrorText } from './document-fields';
import {
  checkDocumentFile,
  formatFileSize,
  uploadDocumentFile,
  type UploadErrorCode,
} from './document-upload';

/** One document: its facts at a glance, opened to change, upload a file or remove it. */
function DocumentEditor({ document }: { document: WorkspaceDocumentFragment }) {
  const t = useTranslations('cooperativeWorkspace.documents');
  const workspace = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const locale = useLocale() as 'id' | 'en';
  const [update] = useMutation(UpdateCooperativeDocumentDocument);
  const [remove] = useMutation(RemoveCooperativeDocumentDocument);
  const record = useRecordForm();
  const { refresh } = useRefresh();
  const [uploadError, setUploadError] = useState<UploadErrorCode | null>(null);
  const [uploading, setUploading] = useState(false);
  const uploadErrorText = useUploadErrorText();
  const label = enums(`documentType.${document.type}`);
  const date = (value: string | null) => (value ? formatLocalDate(value, locale) : null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await record.save(
      'save',
      async () =>
        (
          await update({
            variables: {
              input: {
                id: document.id,
                version: document.version,
                number: optionalText(form, 'number'),
                issuedOn: optionalText(form, 'issuedOn'),
                expiresOn: optionalText(form, 'expiresOn'),
                note: optionalText(form, 'note'),
              },
            },
          })
        ).data?.updateCooperativeDocument.userErrors,
      t('saved', { document: label }),
    );
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = fileOf(new FormData(formElement));
    record.setDone(null);
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
      record.setDone(t('uploaded', { document: label }));
      refresh();
    }
  }

  function onRemove() {
    return record.run(
      'remove',
      async () =>
        (await remove({ variables: { input: { id: document.id, version: document.version } } })).data
          ?.removeCooperativeDocument.userErrors,
      t('removed', { document: label }),
    );
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
            <SuccessNote message={record.done} />
            <RecordForm
              state={record}
              formRef={record.formRef}
              onSubmit={onSubmit}
              label={t('edit', { document: label })}
              className="space-y-3"
              conflictMessage={workspace('conflict')}
              fieldsClassName="grid grid-cols-1 gap-3 sm:grid-cols-2"
              actions={
                <SaveRemoveActions
                  busy={record.busy}
                  saveLabel={t('save')}
                  removeLabel={t('remove')}
                  confirmRemoveLabel={t('confirmRemove', { document: label })}
                  savingLabel={workspace('saving')}
                  cancelLabel={workspace('cancel')}
                  onRemove={onRemove}
                />
              }
            >
              <DocumentFields document={document} problems={record.fields} />
            </RecordForm>
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
  const record = useRecordForm();
  const [uploadError, setUploadError] = useState<UploadErrorCode | null>(null);
  const uploadErrorText = useUploadErrorText();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const type = String(form.get('type')) as DocumentType;
    const file = fileOf(form);
    const refused = file ? checkDocumentFile(file) : null;
    setUploadError(refused);
    if (refused) return;
    const ok = await record.save(
      'add',
      async () => {
        const payload = (
          await add({
            variables: {
              input: {
                cooperativeId,
                type,
                number: optionalText(form, 'number'),
                issuedOn: optionalText(form, 'issuedOn'),
                expiresOn: optionalText(form, 'expiresOn'),
                note: optionalText(form, 'note'),
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
  }

  return (
    <RecordForm
      state={record}
      formRef={record.formRef}
      onSubmit={onSubmit}
      label={t('addTitle')}
      title={t('addTitle')}
      className="space-y-3 rounded-lg border border-dashed border-stone-300 p-4"
      conflictMessage={workspace('conflict')}
      announcesDone
      notice={
        uploadError && record.done ? (
          <FormAlert id="document-upload-error">{t('addedWithoutFile')}</FormAlert>
        ) : null
      }
      fieldsClassName="grid grid-cols-1 gap-3 sm:grid-cols-2"
      actions={
        <button type="submit" disabled={record.busy !== null} className={BUTTON_CLASSES.primary}>
          {record.busy ? workspace('saving') : t('add')}
        </button>
      }
    >
      <ChoiceField
        name="type"
        label={t('type')}
        defaultValue={initialType}
        options={DOCUMENT_TYPES.map((value) => ({ value, label: enums(`documentType.${value}`) }))}
        error={problemText(record.fields.type)}
      />
      <DocumentFields problems={record.fields} />
      <FileField label={t('file')} error={uploadErrorText(uploadError)} />
    </RecordForm>
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
    <EditableRecordList
      records={documents}
      keyOf={(document) => document.id}
      renderRecord={(document) => <DocumentEditor document={document} />}
      emptyText={t('none')}
      listClassName="space-y-3"
      itemClassName="rounded-lg border border-stone-200 p-3"
      itemData={(document) => ({ 'data-document-type': document.type })}
      add={canAdd ? <AddDocumentForm cooperativeId={cooperativeId} initialType={initialType} /> : undefined}
    />
  );
}
