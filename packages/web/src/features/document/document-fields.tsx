'use client';

import { useTranslations } from 'next-intl';
import type { WorkspaceDocumentFragment } from '@/graphql/generated/graphql';
import type { FieldProblem } from '@/lib/mutation-outcome';
import { useFieldProblemText } from '@/components/ui/action-feedback';
import { InputField, TextAreaField } from '@/components/ui/form-controls';
import { DOCUMENT_ACCEPT, type UploadErrorCode } from './document-upload';

/** The file chosen in a form's "file" input, if any. */
export function fileOf(form: FormData): File | null {
  const file = form.get('file');
  return file instanceof File && file.size > 0 ? file : null;
}

/** Number, dates and note: shared by the add form and each document's editor. */
export function DocumentFields({
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
export function FileField({ label, error }: { label: string; error: string | undefined }) {
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

export function useUploadErrorText(): (code: UploadErrorCode | null) => string | undefined {
  const t = useTranslations('cooperativeWorkspace.documents.uploadErrors');
  return (code) => (code ? t(code) : undefined);
}
