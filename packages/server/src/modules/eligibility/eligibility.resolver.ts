import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import type { Context } from '../../request-context';
import { decodeIdOf } from '../../shared/global-id';
import { DecimalScalar } from '../../graphql/scalars';
import { EligibilityReport } from './eligibility.type';
import { checkEligibility } from './eligibility.service';

@Resolver()
export class EligibilityResolver {
  @Allow()
  @Query(() => EligibilityReport, {
    description:
      "Whether a cooperative meets a program's requirements, each with its status and evidence. For the cooperative's officers and mentors, the program's partner staff, the Dinas of its region and admins; FORBIDDEN for others.",
  })
  async eligibility(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) cooperativeId: string,
    @Arg('programId', () => ID, { description: 'The program.' }) programId: string,
    @Arg('amount', () => DecimalScalar, {
      nullable: true,
      description: 'The amount to ask for (IDR); without it the AMOUNT requirement is UNKNOWN.',
    })
    amount?: string | null,
    @Arg('operatingCostAmount', () => DecimalScalar, {
      nullable: true,
      description: 'The part of it for operating costs (IDR); without it OPERATING_COST is UNKNOWN.',
    })
    operatingCostAmount?: string | null,
  ) {
    const check = await checkEligibility(
      ctx,
      decodeIdOf('Cooperative', cooperativeId),
      decodeIdOf('Program', programId),
      { amount: amount ?? null, operatingCostAmount: operatingCostAmount ?? null },
    );
    return EligibilityReport.of(check);
  }
}
