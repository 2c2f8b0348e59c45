import { useMutation } from '@apollo/client/react';
import { ApprovePoolShareDocument, WithdrawPoolShareDocument } from '@/graphql/generated/graphql';
import type { PayloadUserError } from '@/lib/mutation-outcome';

/** A member's answer on its share: approve as it stands (optional note) or withdraw (a reason). */
export type PoolShareAnswer =
  { action: 'APPROVE_SHARE'; note: string | null } | { action: 'WITHDRAW_SHARE'; reason: string };

/**
 * Sends a member board's answer on its share with the version the page loaded (optimistic lock)
 * and resolves to the payload's errors (ProposalErrorCode). The API finds the viewer's member
 * cooperative itself; `cooperativeId` is only needed by someone on the board of two members.
 */
export function useSendPoolShareAnswer(
  proposalId: string,
  version: number,
): (answer: PoolShareAnswer) => Promise<readonly PayloadUserError[] | undefined> {
  const [approve] = useMutation(ApprovePoolShareDocument);
  const [withdraw] = useMutation(WithdrawPoolShareDocument);
  return async (answer) => {
    const base = { proposalId, version };
    if (answer.action === 'APPROVE_SHARE') {
      return (await approve({ variables: { input: { ...base, note: answer.note } } })).data?.approvePoolShare
        .errors;
    }
    return (await withdraw({ variables: { input: { ...base, reason: answer.reason } } })).data
      ?.withdrawPoolShare.errors;
  };
}
