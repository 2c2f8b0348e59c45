'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmRequestStillOpenDocument } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { endOfDayInWib } from '@/lib/date-input';
import { daysSince } from '@/lib/format';
import { PRIMARY_STEP_BUTTON, StepProblem } from '@/components/ui/final-step';
import { InputField } from '@/components/ui/form-controls';

/**
 * "Still needed" in one tap: confirms an OPEN request as it stands, or opens an EXPIRED one again
 * (for 30 days, or until the deadline chosen here).
 */
export function ConfirmRequestButton({
  requestId,
  version,
  status,
  lastConfirmedAt,
}: {
  requestId: string;
  version: number;
  status: 'OPEN' | 'EXPIRED';
  lastConfirmedAt: string;
}) {
  const t = useTranslations('partnerWorkspace.stillWanted');
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const [confirmRequest, { loading }] = useMutation(ConfirmRequestStillOpenDocument);
  const [problem, setProblem] = useState<'conflict' | 'failed' | null>(null);
  const [deadlineError, setDeadlineError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const expired = status === 'EXPIRED';

  async function confirm(form: FormData) {
    setProblem(null);
    setDeadlineError(null);
    const day = String(form.get('deadline') ?? '');
    const deadline = day ? endOfDayInWib(day) : null;
    try {
      const { data } = await confirmRequest({
        variables: { input: { id: requestId, version, ...(deadline ? { deadline } : {}) } },
      });
      const outcome = data?.confirmRequestStillOpen;
      if (!outcome?.request) {
        const errors = outcome?.userErrors ?? [];
        const onDeadline = errors.find((error) => error.field?.includes('deadline'));
        if (onDeadline) setDeadlineError(onDeadline.message);
        else setProblem(errors.some((error) => error.code === 'CONFLICT') ? 'conflict' : 'failed');
        return;
      }
      setDone(true);
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  return (
    <form action={confirm} className="space-y-3">
      <p className="text-sm text-stone-700">{t(expired ? 'hintExpired' : 'hintOpen')}</p>
      {expired ? null : (
        <p className="text-sm text-stone-600">{t('confirmedAgo', { days: daysSince(lastConfirmedAt) })}</p>
      )}
      {problem ? (
        <StepProblem
          id="confirm-request-problem"
          message={shared(problem)}
          conflict={problem === 'conflict'}
        />
      ) : null}
      {expired ? (
        <InputField
          name="deadline"
          type="date"
          autoComplete="off"
          label={t('newDeadline')}
          error={deadlineError ?? undefined}
        />
      ) : null}
      <button type="submit" disabled={loading} className={PRIMARY_STEP_BUTTON}>
        {loading ? shared('saving') : t(expired ? 'confirmExpired' : 'confirmOpen')}
      </button>
      {done ? (
        <p role="status" className="text-sm text-emerald-800">
          {t('done')}
        </p>
      ) : null}
    </form>
  );
}
