'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  AcceptProposalDocument,
  ApproveProposalDraftDocument,
  CancelProposalDocument,
  CompleteProposalDocument,
  CounterProposalDocument,
  DeclineProposalDocument,
  RejectProposalDraftDocument,
  StartProposalReviewDocument,
  SubmitProposalDocument,
  UpdateProposalDraftDocument,
  WithdrawProposalDocument,
  type ProposalAction,
  type ProposalKind,
  type ProposalTermsField,
  type ProposalTermsFieldsFragment,
} from '@/graphql/generated/graphql';
import { outcomeOf, type ActionProblem, type PayloadUserError } from '@/lib/mutation-outcome';
import { readTermsForm, type TermsFormErrors } from './terms-form';
import { ProblemAlert, SuccessNote, useFocusFirstInvalid, useRefresh } from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, InputField, TextAreaField } from '@/components/ui/form-controls';
import { RuleRefusals } from './rule-refusals';
import { TermsFields, defaultsOfTerms } from './terms-fields';

/** The actions this component offers, in the order they are shown (messages have their own form). */
export const OFFERED_ACTIONS = [
  'SUBMIT',
  'APPROVE_DRAFT',
  'START_REVIEW',
  'ACCEPT',
  'COUNTER',
  'UPDATE_DRAFT',
  'COMPLETE',
  'DECLINE',
  'REJECT_DRAFT',
  'WITHDRAW',
  'CANCEL',
] as const satisfies readonly ProposalAction[];

type OfferedAction = (typeof OFFERED_ACTIONS)[number];

/** One click does it. */
const IMMEDIATE: readonly OfferedAction[] = ['SUBMIT', 'APPROVE_DRAFT', 'START_REVIEW'];
/** Asks "are you sure?", with an optional remark. */
const CONFIRMED: readonly OfferedAction[] = ['ACCEPT', 'WITHDRAW', 'COMPLETE'];
/** Needs a reason, which the other party reads. */
const WITH_REASON: readonly OfferedAction[] = ['DECLINE', 'REJECT_DRAFT', 'CANCEL'];
/** Turns the proposal down or calls it off: drawn as a warning. */
const DESTRUCTIVE: readonly OfferedAction[] = ['DECLINE', 'REJECT_DRAFT', 'WITHDRAW', 'CANCEL'];
const PRIMARY: readonly OfferedAction[] = ['SUBMIT', 'APPROVE_DRAFT', 'START_REVIEW', 'ACCEPT', 'COMPLETE'];

export interface ProposalActionsProps {
  proposalId: string;
  /** The proposal's `version` as the page loaded it; every action sends it (optimistic lock). */
  version: number;
  kind: ProposalKind;
  title: string;
  /** `Proposal.viewerActions`: what the API says this viewer may do now. */
  actions: readonly ProposalAction[];
  latestTerms: ProposalTermsFieldsFragment;
  /** What terms of this kind must state (`ProposalKindTerms.requiredTerms`), checked before sending. */
  requiredTerms: readonly ProposalTermsField[];
}

/** The actions the viewer may take, in display order: only those the API lists. */
export function offeredActions(actions: readonly ProposalAction[]): OfferedAction[] {
  return OFFERED_ACTIONS.filter((action) => actions.includes(action));
}

/**
 * The buttons and small forms for what this viewer may do to the proposal now — exactly the
 * actions `viewerActions` lists, nothing the API would refuse for their role. Each sends the
 * version the page loaded; a stale one comes back as CONFLICT and offers a reload.
 */
export function ProposalActions({
  proposalId,
  version,
  kind,
  title,
  actions,
  latestTerms,
  requiredTerms,
}: ProposalActionsProps) {
  const t = useTranslations('proposal.actions');
  const problems = useTranslations('workspace');
  const { refreshing, refresh } = useRefresh();
  const [open, setOpen] = useState<OfferedAction | null>(null);
  const [busy, setBusy] = useState<OfferedAction | null>(null);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [termsErrors, setTermsErrors] = useState<TermsFormErrors>({});
  const [reasonMissing, setReasonMissing] = useState(false);
  const panelRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(panelRef);
  const openerRef = useRef<HTMLButtonElement | null>(null);

  const [submit] = useMutation(SubmitProposalDocument);
  const [approve] = useMutation(ApproveProposalDraftDocument);
  const [reject] = useMutation(RejectProposalDraftDocument);
  const [startReview] = useMutation(StartProposalReviewDocument);
  const [counter] = useMutation(CounterProposalDocument);
  const [accept] = useMutation(AcceptProposalDocument);
  const [decline] = useMutation(DeclineProposalDocument);
  const [withdraw] = useMutation(WithdrawProposalDocument);
  const [complete] = useMutation(CompleteProposalDocument);
  const [cancel] = useMutation(CancelProposalDocument);
  const [updateDraft] = useMutation(UpdateProposalDraftDocument);

  const offered = offeredActions(actions);

  // A panel that opens takes focus on its first control, so keyboard users continue there.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, [open]);

  if (offered.length === 0) {
    return <p className="text-stone-600">{t('none')}</p>;
  }

  const base = { proposalId, version };

  /** Sends the action; on success closes the panel, announces it and loads the fresh proposal. */
  async function perform(action: OfferedAction, run: () => Promise<readonly PayloadUserError[] | undefined>) {
    setBusy(action);
    setProblem(null);
    setDone(null);
    const outcome = await outcomeOf(run);
    setBusy(null);
    if (outcome) {
      setProblem(outcome);
      if (outcome.kind === 'invalid') focusInvalid();
      return;
    }
    setOpen(null);
    setTermsErrors({});
    setReasonMissing(false);
    setDone(t(`done.${action}`));
    refresh();
  }

  function runImmediate(action: OfferedAction) {
    switch (action) {
      case 'SUBMIT':
        return perform(
          action,
          async () => (await submit({ variables: { input: base } })).data?.submitProposal.userErrors,
        );
      case 'APPROVE_DRAFT':
        return perform(
          action,
          async () => (await approve({ variables: { input: base } })).data?.approveProposalDraft.userErrors,
        );
      case 'START_REVIEW':
        return perform(
          action,
          async () =>
            (await startReview({ variables: { input: base } })).data?.startProposalReview.userErrors,
        );
    }
  }

  function onPanelSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!open) return;
    const form = new FormData(event.currentTarget);
    const note = String(form.get('note') ?? '').trim() || null;
    const reason = String(form.get('reason') ?? '').trim();

    if (WITH_REASON.includes(open)) {
      if (!reason) {
        setReasonMissing(true);
        focusInvalid();
        return;
      }
      setReasonMissing(false);
      const input = { ...base, reason };
      if (open === 'DECLINE')
        return perform(
          open,
          async () => (await decline({ variables: { input } })).data?.declineProposal.userErrors,
        );
      if (open === 'REJECT_DRAFT')
        return perform(
          open,
          async () => (await reject({ variables: { input } })).data?.rejectProposalDraft.userErrors,
        );
      return perform(
        open,
        async () => (await cancel({ variables: { input } })).data?.cancelProposal.userErrors,
      );
    }

    if (open === 'COUNTER' || open === 'UPDATE_DRAFT') {
      const { terms, errors } = readTermsForm(form, kind, requiredTerms);
      setTermsErrors(errors);
      if (Object.keys(errors).length > 0) {
        setProblem({ kind: 'invalid', fields: {}, general: [] });
        focusInvalid();
        return;
      }
      if (open === 'COUNTER') {
        const remark = String(form.get('remark') ?? '').trim() || null;
        return perform(
          open,
          async () =>
            (await counter({ variables: { input: { ...base, terms, note: remark } } })).data?.counterProposal
              .userErrors,
        );
      }
      const newTitle = String(form.get('title') ?? '').trim();
      return perform(
        open,
        async () =>
          (await updateDraft({ variables: { input: { ...base, title: newTitle || null, terms } } })).data
            ?.updateProposalDraft.userErrors,
      );
    }

    if (open === 'ACCEPT') {
      return perform(
        open,
        async () =>
          (await accept({ variables: { input: { ...base, note, termsVersion: latestTerms.version } } })).data
            ?.acceptProposal.userErrors,
      );
    }
    if (open === 'WITHDRAW')
      return perform(
        open,
        async () =>
          (await withdraw({ variables: { input: { ...base, note } } })).data?.withdrawProposal.userErrors,
      );
    if (open === 'COMPLETE')
      return perform(
        open,
        async () =>
          (await complete({ variables: { input: { ...base, note } } })).data?.completeProposal.userErrors,
      );
  }

  function toggle(action: OfferedAction, button: HTMLButtonElement) {
    setProblem(null);
    setDone(null);
    setTermsErrors({});
    setReasonMissing(false);
    if (open === action) {
      setOpen(null);
      return;
    }
    openerRef.current = button;
    setOpen(action);
  }

  function closePanel() {
    setOpen(null);
    setProblem(null);
    openerRef.current?.focus();
  }

  const apiFields = problem?.kind === 'invalid' ? problem.fields : {};
  const termsApiErrors = Object.fromEntries(
    Object.entries(apiFields)
      .filter(([key]) => key.startsWith('terms.'))
      .map(([key, value]) => [key.slice('terms.'.length), value]),
  );
  const fieldProblemText = (key: string) =>
    apiFields[key] ? problems(`fieldProblems.${apiFields[key]}`) : undefined;

  return (
    <div className="space-y-4">
      <SuccessNote message={done} />
      <ProblemAlert
        problem={open ? null : problem}
        conflictMessage={t('conflict')}
        onReload={() => {
          setProblem(null);
          setOpen(null);
        }}
      />
      <ul className="flex flex-wrap gap-2" aria-label={t('label')}>
        {offered.map((action) => {
          const isImmediate = IMMEDIATE.includes(action);
          const style = DESTRUCTIVE.includes(action)
            ? BUTTON_CLASSES.danger
            : PRIMARY.includes(action)
              ? BUTTON_CLASSES.primary
              : BUTTON_CLASSES.secondary;
          return (
            <li key={action}>
              <button
                type="button"
                className={style}
                disabled={busy !== null || refreshing}
                aria-expanded={isImmediate ? undefined : open === action}
                aria-controls={isImmediate ? undefined : 'proposal-action-panel'}
                onClick={(event) =>
                  isImmediate ? void runImmediate(action) : toggle(action, event.currentTarget)
                }
              >
                {busy === action
                  ? t('working')
                  : action === 'ACCEPT'
                    ? t('button.ACCEPT', { version: latestTerms.version })
                    : t(`button.${action}`)}
              </button>
            </li>
          );
        })}
      </ul>

      {open ? (
        <form
          ref={panelRef}
          id="proposal-action-panel"
          aria-label={t(`panel.${open}`)}
          onSubmit={onPanelSubmit}
          noValidate
          className="space-y-4 rounded-lg border border-stone-300 bg-stone-50 p-4"
        >
          <h3 className="font-semibold">{t(`panel.${open}`)}</h3>
          {CONFIRMED.includes(open) ? (
            <>
              <p className="text-stone-700">
                {open === 'ACCEPT'
                  ? t('confirm.ACCEPT', { version: latestTerms.version })
                  : t(`confirm.${open as 'WITHDRAW' | 'COMPLETE'}`)}
              </p>
              <TextAreaField
                name="note"
                label={t('remark')}
                labelNote={t('optional')}
                rows={2}
                maxLength={2000}
              />
            </>
          ) : null}
          {WITH_REASON.includes(open) ? (
            <TextAreaField
              name="reason"
              label={t('reason')}
              hint={t('reasonHint')}
              rows={3}
              maxLength={2000}
              required
              error={reasonMissing ? t('reasonMissing') : fieldProblemText('reason')}
            />
          ) : null}
          {open === 'UPDATE_DRAFT' ? (
            <InputField
              name="title"
              label={t('title')}
              defaultValue={title}
              minLength={3}
              maxLength={200}
              error={fieldProblemText('title')}
            />
          ) : null}
          {open === 'COUNTER' || open === 'UPDATE_DRAFT' ? (
            <>
              <p className="text-sm text-stone-700">
                {open === 'COUNTER' ? t('counterLead', { version: latestTerms.version }) : t('updateLead')}
              </p>
              <TermsFields
                kind={kind}
                defaults={defaultsOfTerms(latestTerms)}
                errors={termsErrors}
                apiErrors={termsApiErrors}
              />
              {open === 'COUNTER' ? (
                <TextAreaField
                  name="remark"
                  label={t('remark')}
                  labelNote={t('optional')}
                  rows={2}
                  maxLength={2000}
                />
              ) : null}
            </>
          ) : null}
          {problem && problem.kind === 'invalid' ? (
            <p role="alert" className="font-medium text-brand-800">
              {problems('problems.invalid')}
            </p>
          ) : null}
          {problem && problem.kind === 'invalid' ? <RuleRefusals fields={problem.fields} /> : null}
          {problem && problem.kind !== 'invalid' ? (
            <ProblemAlert
              problem={problem}
              conflictMessage={t('conflict')}
              onReload={() => {
                setProblem(null);
                setOpen(null);
              }}
            />
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={busy !== null || refreshing}
              className={DESTRUCTIVE.includes(open) ? BUTTON_CLASSES.danger : BUTTON_CLASSES.primary}
            >
              {busy === open
                ? t('working')
                : open === 'ACCEPT'
                  ? t('send.ACCEPT', { version: latestTerms.version })
                  : t(`send.${open}`)}
            </button>
            <button type="button" onClick={closePanel} className={BUTTON_CLASSES.secondary}>
              {t('close')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
