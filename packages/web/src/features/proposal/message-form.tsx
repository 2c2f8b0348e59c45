'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { SendProposalMessageDocument } from '@/graphql/generated/graphql';
import { outcomeOf, type ActionProblem } from '@/lib/mutation-outcome';
import { ProblemAlert, SuccessNote, useRefresh } from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, TextAreaField } from '@/components/ui/form-controls';

/** Writes in the proposal's thread; the thread reloads with the message, and the box empties. */
export function MessageForm({ proposalId }: { proposalId: string }) {
  const t = useTranslations('proposal.messages');
  const conflict = useTranslations('proposal.actions');
  const [send, { loading }] = useMutation(SendProposalMessageDocument);
  const { refresh } = useRefresh();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [empty, setEmpty] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body') ?? '').trim();
    setSent(null);
    if (!body) {
      setEmpty(true);
      textRef.current?.focus();
      return;
    }
    setEmpty(false);
    setProblem(null);
    const outcome = await outcomeOf(
      async () =>
        (await send({ variables: { input: { proposalId, body } } })).data?.sendProposalMessage.errors,
    );
    if (outcome) {
      setProblem(outcome);
      return;
    }
    form.reset();
    setSent(t('sent'));
    refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('formLabel')}>
      <SuccessNote message={sent} />
      <ProblemAlert
        problem={problem}
        conflictMessage={conflict('conflict')}
        onReload={() => setProblem(null)}
      />
      <TextAreaField
        ref={textRef}
        name="body"
        label={t('newMessage')}
        rows={3}
        maxLength={4000}
        error={empty ? t('emptyMessage') : undefined}
      />
      <button type="submit" disabled={loading} className={BUTTON_CLASSES.primary}>
        {loading ? t('sending') : t('send')}
      </button>
    </form>
  );
}
