'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CloseRequestDocument } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { AskFirstStep, StepProblem } from '@/components/ui/final-step';

/** Closes an open request (filled or withdrawn), after asking once more: it cannot be reopened. */
export function CloseRequestButton({ requestId, version }: { requestId: string; version: number }) {
  const t = useTranslations('partnerWorkspace.closeRequest');
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const [closeRequest, { loading }] = useMutation(CloseRequestDocument);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<'conflict' | 'failed' | null>(null);

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
        <StepProblem id="close-request-problem" message={shared(problem)} conflict={problem === 'conflict'} />
      ) : null}
      <AskFirstStep
        label={t('close')}
        asking={confirming}
        onAsk={() => setConfirming(true)}
        id="close-request-question"
        question={t('confirm')}
        confirmLabel={t('closeForGood')}
        keepLabel={t('keepOpen')}
        busy={loading}
        onConfirm={close}
        onKeep={() => setConfirming(false)}
      />
    </div>
  );
}
