'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { AttestCooperativeFactDocument, type AttestationSubject } from '@/graphql/generated/graphql';
import { ProblemAlert, SuccessNote, useActionState } from '@/components/ui/action-feedback';
import { BUTTON_CLASSES } from '@/components/ui/form-controls';

/**
 * A mentor's one-tap attestation on a cooperative's page: "I have seen this document" or "this
 * unit is trading". The API checks that the mentor is assigned to the cooperative.
 */
export function AttestButton({
  cooperativeId,
  subject,
  documentId,
  businessUnitId,
  label,
}: {
  cooperativeId: string;
  subject: AttestationSubject;
  documentId?: string;
  businessUnitId?: string;
  /** What is attested, for the button's accessible name, e.g. "SK AHU". */
  label: string;
}) {
  const t = useTranslations('cooperative.attest');
  const [attest] = useMutation(AttestCooperativeFactDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const text = subject === 'UNIT_ACTIVE' ? t('unitActive') : t('documentSeen');

  return (
    <div className="mt-1">
      <SuccessNote message={done} />
      <ProblemAlert problem={problem} conflictMessage={t('failed')} onReload={() => setProblem(null)} />
      {done ? null : (
        <button
          type="button"
          disabled={busy !== null}
          aria-label={`${text}: ${label}`}
          onClick={() =>
            run(
              'attest',
              async () =>
                (
                  await attest({
                    variables: { input: { cooperativeId, subject, documentId, businessUnitId } },
                  })
                ).data?.attestCooperativeFact.userErrors,
              t('done', { what: label }),
            )
          }
          className={`${BUTTON_CLASSES.secondary} text-sm`}
        >
          {busy ? t('saving') : text}
        </button>
      )}
    </div>
  );
}
