import { OfferingKind } from '../offering/offering.entity';
import { ProgramKind } from '../program/program.entity';
import { ProposalKind } from './proposal.entity';

/**
 * Which kinds of proposal fit which offerings and programs: the one table the service checks
 * (PROPOSAL_KIND_DOES_NOT_FIT_OFFERING, PROPOSAL_KIND_NOT_ADMITTED) and the seed draws from.
 *
 * Reading the kinds: an OFFTAKE proposal is the partner buying from the cooperative, SUPPLY the
 * partner supplying goods or services to it, FINANCING a loan to it, AGENCY the cooperative acting
 * as the partner's outlet or agent.
 */
export const PROPOSAL_KINDS_FOR_OFFERING: Record<OfferingKind, readonly ProposalKind[]> = {
  // The cooperative sells a commodity: a buyer takes it.
  [OfferingKind.SUPPLY]: [ProposalKind.OFFTAKE],
  // The cooperative needs money: a lender lends it.
  [OfferingKind.FINANCING_NEED]: [ProposalKind.FINANCING],
  // Spare capacity (cold storage, transport) is bought by a partner, or run as its agent.
  [OfferingKind.SERVICE]: [ProposalKind.OFFTAKE, ProposalKind.AGENCY],
  // It wants to become an outlet or agent (LPG, bank agent), which a partner supplies.
  [OfferingKind.PARTNERSHIP_INTEREST]: [ProposalKind.AGENCY, ProposalKind.SUPPLY],
};

export const PROPOSAL_KINDS_OF_PROGRAM: Record<ProgramKind, readonly ProposalKind[]> = {
  [ProgramKind.LOAN]: [ProposalKind.FINANCING],
  [ProgramKind.OFFTAKE]: [ProposalKind.OFFTAKE],
  [ProgramKind.SUPPLY]: [ProposalKind.SUPPLY],
  [ProgramKind.AGENCY]: [ProposalKind.AGENCY],
  // A partner's service (transport, training) is supplied to the cooperative or run through it.
  [ProgramKind.SERVICE]: [ProposalKind.SUPPLY, ProposalKind.AGENCY],
};

export function fitsOffering(kind: ProposalKind, offering: OfferingKind): boolean {
  return PROPOSAL_KINDS_FOR_OFFERING[offering].includes(kind);
}

export function admittedByProgram(kind: ProposalKind, program: ProgramKind): boolean {
  return PROPOSAL_KINDS_OF_PROGRAM[program].includes(kind);
}
