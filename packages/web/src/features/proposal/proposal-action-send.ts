import { useMutation } from '@apollo/client/react';
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
  type ProposalTermsInput,
} from '@/graphql/generated/graphql';
import type { PayloadUserError } from '@/lib/mutation-outcome';

/** What an action's panel collected; each action reads the values it takes. */
export interface ProposalActionValues {
  /** The optional remark of accept, withdraw and complete. */
  note?: string | null;
  /** Why a decline, rejection or cancellation. */
  reason?: string;
  /** The terms of a counter-offer or a changed draft. */
  terms?: ProposalTermsInput;
  /** The optional remark of a counter-offer. */
  remark?: string | null;
  /** A changed draft's new title (null keeps it). */
  title?: string | null;
}

type SendAction = (
  action: ProposalAction,
  values: ProposalActionValues,
) => Promise<readonly PayloadUserError[] | undefined>;

/**
 * Sends one of the proposal's actions with the version the page loaded (optimistic lock) and
 * resolves to its payload's errors (ProposalErrorCode); an accept names the terms version it agrees to.
 */
export function useSendProposalAction(proposalId: string, version: number, termsVersion: number): SendAction {
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
  const base = { proposalId, version };

  return async (action, { note = null, reason = '', terms = {}, remark = null, title = null }) => {
    switch (action) {
      case 'SUBMIT':
        return (await submit({ variables: { input: base } })).data?.submitProposal.errors;
      case 'APPROVE_DRAFT':
        return (await approve({ variables: { input: base } })).data?.approveProposalDraft.errors;
      case 'START_REVIEW':
        return (await startReview({ variables: { input: base } })).data?.startProposalReview.errors;
      case 'DECLINE':
        return (await decline({ variables: { input: { ...base, reason } } })).data?.declineProposal.errors;
      case 'REJECT_DRAFT':
        return (await reject({ variables: { input: { ...base, reason } } })).data?.rejectProposalDraft.errors;
      case 'CANCEL':
        return (await cancel({ variables: { input: { ...base, reason } } })).data?.cancelProposal.errors;
      case 'COUNTER':
        return (await counter({ variables: { input: { ...base, terms, note: remark } } })).data
          ?.counterProposal.errors;
      case 'UPDATE_DRAFT':
        return (await updateDraft({ variables: { input: { ...base, title, terms } } })).data
          ?.updateProposalDraft.errors;
      case 'ACCEPT':
        return (await accept({ variables: { input: { ...base, note, termsVersion } } })).data?.acceptProposal
          .errors;
      case 'WITHDRAW':
        return (await withdraw({ variables: { input: { ...base, note } } })).data?.withdrawProposal.errors;
      case 'COMPLETE':
        return (await complete({ variables: { input: { ...base, note } } })).data?.completeProposal.errors;
      default:
        throw new Error(`No form sends ${action}`);
    }
  };
}
