'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type {
  ProposalAction,
  ProposalKind,
  ProposalTermsField,
  ProposalTermsFieldsFragment,
} from '@/graphql/generated/graphql';
import { outcomeOf, type ActionProblem } from '@/lib/mutation-outcome';
import { ProblemAlert, SuccessNote, useFocusFirstInvalid, useRefresh } from '@/components/ui/action-feedback';
import { BUTTON_CLASSES } from '@/components/ui/form-controls';
import { isOneOf, ProposalActionFields, WITH_REASON, type PanelAction } from './proposal-action-fields';
import { useSendProposalAction, type ProposalActionValues } from './proposal-action-send';
import { RuleRefusals } from './rule-refusals';
import { readTermsForm, type TermsFormErrors } from './terms-form';

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

/** One click does it; the others open a panel (proposal-action-fields.tsx). */
const IMMEDIATE = ['SUBMIT', 'APPROVE_DRAFT', 'START_REVIEW'] as const satisfies readonly OfferedAction[];
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
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [busy, setBusy] = useState<OfferedAction | null>(null);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [termsErrors, setTermsErrors] = useState<TermsFormErrors>({});
  const [reasonMissing, setReasonMissing] = useState(false);
  const panelRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(panelRef);
  const openerRef = useRef<HTMLButtonElement | null>(null);

  const send = useSendProposalAction(proposalId, version, latestTerms.version);

  const offered = offeredActions(actions);

  // A panel that opens takes focus on its first control, so keyboard users continue there.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, [open]);

  if (offered.length === 0) {
    return <p className="text-stone-600">{t('none')}</p>;
  }

  /** Sends the action; on success closes the panel, announces it and loads the fresh proposal. */
  async function perform(action: OfferedAction, values: ProposalActionValues) {
    setBusy(action);
    setProblem(null);
    setDone(null);
    const outcome = await outcomeOf(() => send(action, values));
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

  function onPanelSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!open) return;
    const form = new FormData(event.currentTarget);

    if (isOneOf(open, WITH_REASON)) {
      const reason = String(form.get('reason') ?? '').trim();
      if (!reason) {
        setReasonMissing(true);
        focusInvalid();
        return;
      }
      setReasonMissing(false);
      return perform(open, { reason });
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
        return perform(open, { terms, remark: String(form.get('remark') ?? '').trim() || null });
      }
      return perform(open, { terms, title: String(form.get('title') ?? '').trim() || null });
    }

    // ACCEPT, WITHDRAW and COMPLETE: a confirmation with an optional remark.
    return perform(open, { note: String(form.get('note') ?? '').trim() || null });
  }

  function toggle(action: PanelAction, button: HTMLButtonElement) {
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
      {/* A one-click action (submit) refused by a pool or program rule says which. */}
      {!open && problem?.kind === 'invalid' ? (
        <RuleRefusals fields={problem.fields} general={problem.general} />
      ) : null}
      <ul className="flex flex-wrap gap-2" aria-label={t('label')}>
        {offered.map((action) => {
          const isImmediate = isOneOf(action, IMMEDIATE);
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
                  isOneOf(action, IMMEDIATE) ? void perform(action, {}) : toggle(action, event.currentTarget)
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
          <ProposalActionFields
            action={open}
            kind={kind}
            requiredTerms={requiredTerms}
            title={title}
            latestTerms={latestTerms}
            termsErrors={termsErrors}
            apiFields={apiFields}
            reasonMissing={reasonMissing}
          />
          {problem && problem.kind === 'invalid' ? (
            <p role="alert" className="font-medium text-brand-800">
              {problems('problems.invalid')}
            </p>
          ) : null}
          {problem && problem.kind === 'invalid' ? (
            <RuleRefusals fields={problem.fields} general={problem.general} />
          ) : null}
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
