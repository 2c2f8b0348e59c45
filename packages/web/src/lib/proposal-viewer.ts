import type { ProposalAction, ProposalSide, ViewerQuery } from '../graphql/generated/graphql';
import { cooperativesOf, partnersOf } from './viewer-organisations';

type Viewer = NonNullable<ViewerQuery['viewer']>;

/** Actions only the party on turn may take: listing one means it is the viewer's turn. */
const ON_TURN_ACTIONS: readonly ProposalAction[] = [
  'SUBMIT',
  'APPROVE_DRAFT',
  'REJECT_DRAFT',
  'START_REVIEW',
  'COUNTER',
  'ACCEPT',
  'DECLINE',
];

/** The side the viewer is on in a proposal, from their memberships; null for mentors and admins. */
export function viewerSideOf(
  viewer: Viewer | null,
  proposal: { cooperative?: { id: string } | null; partner?: { id: string } | null },
): ProposalSide | null {
  if (proposal.cooperative && cooperativesOf(viewer).some((c) => c.id === proposal.cooperative!.id)) {
    return 'COOPERATIVE';
  }
  if (proposal.partner && partnersOf(viewer).some((p) => p.id === proposal.partner!.id)) return 'PARTNER';
  return null;
}

/**
 * Whether the proposal waits for the viewer: their side is on turn, or (for a mentor or an admin,
 * who has no side of their own) the API lets them take an answering action.
 */
export function isViewerTurn(
  side: ProposalSide | null,
  turn: ProposalSide | null,
  viewerActions: readonly ProposalAction[],
): boolean {
  if (turn === null) return false;
  if (side !== null) return side === turn;
  return viewerActions.some((action) => ON_TURN_ACTIONS.includes(action));
}
