'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProposalAction } from '@/graphql/generated/graphql';
import { outcomeOf, type ActionProblem } from '@/lib/mutation-outcome';
import { ProblemAlert, SuccessNote, useFocusFirstInvalid, useRefresh } from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, TextAreaField } from '@/components/ui/form-controls';
import { useSendPoolShareAnswer } from './pool-share-send';
import { RuleRefusals } from './rule-refusals';

type ShareAction = 'APPROVE_SHARE' | 'WITHDRAW_SHARE';
const SHARE_ACTIONS: readonly ShareAction[] = ['APPROVE_SHARE', 'WITHDRAW_SHARE'];

export interface PoolShareActionsProps {
  proposalId: string;
  /** The proposal's `version` as the page loaded it (optimistic lock). */
  version: number;
  /** `Proposal.viewerActions`: only APPROVE_SHARE and WITHDRAW_SHARE are read here. */
  actions: readonly ProposalAction[];
}

/**
 * A member board's answer on its own share of a pooled offer: approve it as it stands, or take
 * it back with a reason the lead and the partner read. Shown only when the API lists the action;
 * a stale version comes back as CONFLICT and offers a reload, as the proposal's own actions do.
 */
export function PoolShareActions({ proposalId, version, actions }: PoolShareActionsProps) {
  const t = useTranslations('proposal.pool.actions');
  const common = useTranslations('proposal.actions');
  const problems = useTranslations('workspace');
  const { refreshing, refresh } = useRefresh();
  const [open, setOpen] = useState<ShareAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const panelRef = useRef<HTMLFormElement>(null);
  const openerRef = useRef<HTMLButtonElement | null>(null);
  const focusInvalid = useFocusFirstInvalid(panelRef);
  const send = useSendPoolShareAnswer(proposalId, version);
  const offered = SHARE_ACTIONS.filter((action) => actions.includes(action));

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('textarea, button')?.focus();
  }, [open]);

  if (offered.length === 0 && !done) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!open) return;
    const form = new FormData(event.currentTarget);
    const text = String(form.get(open === 'WITHDRAW_SHARE' ? 'reason' : 'note') ?? '').trim();
    if (open === 'WITHDRAW_SHARE' && !text) {
      setReasonMissing(true);
      focusInvalid();
      return;
    }
    setReasonMissing(false);
    setBusy(true);
    setProblem(null);
    const action = open;
    const outcome = await outcomeOf(() =>
      send(action === 'APPROVE_SHARE' ? { action, note: text || null } : { action, reason: text }),
    );
    setBusy(false);
    if (outcome) {
      setProblem(outcome);
      return;
    }
    setOpen(null);
    setDone(t(`done.${action}`));
    refresh();
  }

  function toggle(action: ShareAction, button: HTMLButtonElement) {
    setProblem(null);
    setDone(null);
    setReasonMissing(false);
    openerRef.current = button;
    setOpen(open === action ? null : action);
  }

  const reload = () => {
    setProblem(null);
    setOpen(null);
  };

  return (
    <div className="space-y-3" data-testid="pool-share-actions">
      <SuccessNote message={done} />
      {offered.length > 0 ? (
        <>
          <p className="text-sm text-stone-700">{t('lead')}</p>
          <ul className="flex flex-wrap gap-2" aria-label={t('label')}>
            {offered.map((action) => (
              <li key={action}>
                <button
                  type="button"
                  className={action === 'APPROVE_SHARE' ? BUTTON_CLASSES.primary : BUTTON_CLASSES.danger}
                  disabled={busy || refreshing}
                  aria-expanded={open === action}
                  aria-controls="pool-share-panel"
                  onClick={(event) => toggle(action, event.currentTarget)}
                >
                  {t(`button.${action}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open ? (
        <form
          ref={panelRef}
          id="pool-share-panel"
          aria-label={t(`button.${open}`)}
          onSubmit={onSubmit}
          noValidate
          className="space-y-4 rounded-lg border border-stone-300 bg-stone-50 p-4"
        >
          <h3 className="font-semibold">{t(`button.${open}`)}</h3>
          <p className="text-stone-700">{t(`confirm.${open}`)}</p>
          {open === 'WITHDRAW_SHARE' ? (
            <TextAreaField
              name="reason"
              label={common('reason')}
              hint={t('reasonHint')}
              rows={3}
              maxLength={2000}
              required
              error={reasonMissing ? common('reasonMissing') : undefined}
            />
          ) : (
            <TextAreaField
              name="note"
              label={common('remark')}
              labelNote={common('optional')}
              rows={2}
              maxLength={2000}
            />
          )}
          {problem?.kind === 'invalid' ? (
            <>
              <p role="alert" className="font-medium text-brand-800">
                {problems('problems.invalid')}
              </p>
              <RuleRefusals fields={problem.fields} general={problem.general} />
            </>
          ) : (
            <ProblemAlert problem={problem} conflictMessage={common('conflict')} onReload={reload} />
          )}
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={busy || refreshing}
              className={open === 'APPROVE_SHARE' ? BUTTON_CLASSES.primary : BUTTON_CLASSES.danger}
            >
              {busy ? common('working') : t(`send.${open}`)}
            </button>
            <button
              type="button"
              className={BUTTON_CLASSES.secondary}
              onClick={() => {
                setOpen(null);
                setProblem(null);
                openerRef.current?.focus();
              }}
            >
              {common('close')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
