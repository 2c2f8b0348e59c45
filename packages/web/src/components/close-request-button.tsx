'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CloseRequestDocument } from '../graphql/generated/graphql';
import { useRouter } from '../i18n/navigation';
import { FormAlert } from './form-fields';

/** Closes an open request (filled or withdrawn), after asking once more: it cannot be reopened. */
export function CloseRequestButton({ requestId, version }: { requestId: string; version: number }) {
  const t = useTranslations('partnerWorkspace.closeRequest');
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const [closeRequest, { loading }] = useMutation(CloseRequestDocument);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<'conflict' | 'failed' | null>(null);
  const button =
    'min-h-11 rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-70';

  async function close() {
    setProblem(null);
    try {
      const { data } = await closeRequest({ variables: { input: { id: requestId, version } } });
      if (!data?.closeRequest.request) {
        const conflict = data?.closeRequest.userErrors.some((error) => error.code === 'CONFLICT');
        setProblem(conflict ? 'conflict' : 'failed');
        return;
      }
      setConfirming(false);
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  return (
    <div className="space-y-3">
      {problem ? (
        <FormAlert id="close-request-problem">
          <p>{problem === 'conflict' ? shared('conflict') : shared('failed')}</p>
          {problem === 'conflict' ? (
            <button type="button" onClick={() => window.location.reload()} className={`mt-2 ${button}`}>
              {shared('reload')}
            </button>
          ) : null}
        </FormAlert>
      ) : null}
      {confirming ? (
        <div
          role="group"
          aria-labelledby="close-request-question"
          className="rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p id="close-request-question" className="text-sm text-stone-800">
            {t('confirm')}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={loading}
              onClick={close}
              className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {t('closeForGood')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={button}>
              {t('keepOpen')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={button}>
          {t('close')}
        </button>
      )}
    </div>
  );
}
