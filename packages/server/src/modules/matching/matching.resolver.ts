import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import type { Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { DEFAULT_RECOMMENDATIONS, MAX_RECOMMENDATIONS } from './matching.weights';
import { RecommendedCooperative, RecommendedPartner, RecommendedRequest } from './matching.type';
import * as matching from './matching.service';

const FIRST_DESCRIPTION = `How many to return, best first (1–${MAX_RECOMMENDATIONS}; default ${DEFAULT_RECOMMENDATIONS}).`;

function checkedFirst(first: number | null | undefined): number {
  const value = first ?? DEFAULT_RECOMMENDATIONS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_RECOMMENDATIONS) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_RECOMMENDATIONS}.`, 'first');
  }
  return value;
}

/** Exactly one of two ID arguments. */
function oneOf(a: [string, string | null | undefined], b: [string, string | null | undefined]): void {
  if ((a[1] == null) === (b[1] == null)) {
    throw badUserInput(`Give exactly one of \`${a[0]}\` and \`${b[0]}\`.`, a[0]);
  }
}

@Resolver()
export class MatchingResolver {
  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR, AccessRole.DINAS)
  @Query(() => [RecommendedPartner], {
    description:
      "Partners that fit an offering, or a cooperative as a whole, best first, each with the program or request that fits best, a 0–100 score, the reasons and the gaps. For the cooperative's officers and staff, its mentors, its Dinas office and admins.",
  })
  recommendedPartners(
    @Ctx() ctx: Context,
    @Arg('offeringId', () => ID, {
      nullable: true,
      description: 'The offering to match (or give `cooperativeId`).',
    })
    offeringId?: string | null,
    @Arg('cooperativeId', () => ID, {
      nullable: true,
      description: 'The cooperative to match with all its published offerings (or give `offeringId`).',
    })
    cooperativeId?: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_RECOMMENDATIONS,
      description: FIRST_DESCRIPTION,
    })
    first?: number | null,
  ) {
    oneOf(['offeringId', offeringId], ['cooperativeId', cooperativeId]);
    const size = checkedFirst(first);
    const source = offeringId
      ? { offeringId: decodeIdOf('Offering', offeringId) }
      : { cooperativeId: decodeIdOf('Cooperative', cooperativeId!) };
    return matching.recommendPartners(ctx, source, size);
  }

  @Allow(AccessRole.PARTNER)
  @Query(() => [RecommendedCooperative], {
    description:
      "Cooperatives that fit a program or a request, best first, each with its best-fitting published offering (if any), a 0–100 score, the reasons and the gaps. For the owning partner's staff and admins.",
  })
  recommendedCooperatives(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID, {
      nullable: true,
      description: 'The program to match (or give `requestId`).',
    })
    programId?: string | null,
    @Arg('requestId', () => ID, {
      nullable: true,
      description: 'The request to match (or give `programId`).',
    })
    requestId?: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_RECOMMENDATIONS,
      description: FIRST_DESCRIPTION,
    })
    first?: number | null,
  ) {
    oneOf(['programId', programId], ['requestId', requestId]);
    const size = checkedFirst(first);
    const source = programId
      ? { programId: decodeIdOf('Program', programId) }
      : { requestId: decodeIdOf('PartnerRequest', requestId!) };
    return matching.recommendCooperatives(ctx, source, size);
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR, AccessRole.DINAS)
  @Query(() => [RecommendedRequest], {
    description:
      "Open partner requests an offering could answer, best first, with a 0–100 score, the reasons and the gaps. For the cooperative's officers and staff, its mentors, its Dinas office and admins.",
  })
  recommendedRequests(
    @Ctx() ctx: Context,
    @Arg('offeringId', () => ID, { description: 'The offering to match.' }) offeringId: string,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_RECOMMENDATIONS,
      description: FIRST_DESCRIPTION,
    })
    first?: number | null,
  ) {
    const size = checkedFirst(first);
    return matching.recommendRequests(ctx, decodeIdOf('Offering', offeringId), size);
  }
}
