import type { ProgramKind, ProposalKind } from '@/graphql/generated/graphql';

/** What a proposal under a partner's program is: a loan program's is a financing proposal… */
export const KIND_FOR_PROGRAM: Record<ProgramKind, ProposalKind> = {
  LOAN: 'FINANCING',
  OFFTAKE: 'OFFTAKE',
  SUPPLY: 'SUPPLY',
  AGENCY: 'AGENCY',
  SERVICE: 'SUPPLY',
};
