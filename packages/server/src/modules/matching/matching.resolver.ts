import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import type { Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { DEFAULT_RECOMMENDATIONS, MAX_RECOMMENDATIONS } from './matching.weights';
import { RecommendedCooperative, RecommendedPartner, RecommendedRequest } from './matching.type';
import * as matching from './matching.service';
import { SuggestedPool, SuggestedPoolMember } from './pool.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { offeringById } from '../offering/offering.reads';
import { normalizeDecimal } from '../../shared/money';
import type { PoolMember, SuggestedPool as PoolSuggestion } from './pool-suggestion';
import type { QuantityUnit } from '../commodity/commodity';

/** A quantity to two decimals, as the Decimal scalar carries it. */
const decimal = (quantity: number) => normalizeDecimal(String(Math.round(quantity * 100) / 100));

/** A member with its cooperative and offering (batched reads); null if either is gone since. */
async function poolMemberOf(ctx: Context, member: PoolMember): Promise<SuggestedPoolMember | null> {
  const [cooperative, offering] = await Promise.all([
    cooperativeById(ctx, member.cooperativeId),
    offeringById(ctx, member.offeringId),
  ]);
  if (!cooperative || !offering) return null;
  return Object.assign(new SuggestedPoolMember(), {
    cooperative,
    offering,
    quantityPerMonth: decimal(member.quantity),
    sharePercent: member.sharePercent,
    proximity: member.proximity,
    verificationLevel: member.verificationLevel,
    medianResponseSeconds: member.medianSeconds,
  });
}

/** Suggested pools as the API answers them, their quantities in `unit`. */
async function answeredPools(
  ctx: Context,
  pools: PoolSuggestion[],
  unit: QuantityUnit,
): Promise<SuggestedPool[]> {
  const answered = await Promise.all(
    pools.map(async (pool) => {
      const members = await Promise.all(pool.members.map((member) => poolMemberOf(ctx, member)));
      // A member gone since the candidates were read takes its pool with it: the total and the
      // shares would no longer add up.
      if (members.some((member) => member === null)) return null;
      return Object.assign(new SuggestedPool(), {
        basis: pool.basis,
        target: decimal(pool.target),
        unit,
        total: decimal(pool.total),
        members,
      });
    }),
  );
  return answered.filter((pool): pool is SuggestedPool => pool !== null);
}

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

  @Allow()
  @Query(() => [SuggestedPool], {
    description:
      'Cooperatives that could together supply what an open request wants a month: up to three pools (nearest, best verified, most responsive), each the fewest members that reach the quantity (one, when a single cooperative can supply it all), from the delivery region outwards within its province. A basis that would pick the same members as an earlier one is left out. Empty for a request that is not open, or when the province cannot reach it.',
  })
  async suggestedPools(
    @Ctx() ctx: Context,
    @Arg('requestId', () => ID, { description: 'The open partner request.' }) requestId: string,
  ): Promise<SuggestedPool[]> {
    const { request, pools } = await matching.suggestPoolsForRequest(
      ctx,
      decodeIdOf('PartnerRequest', requestId),
    );
    return answeredPools(ctx, pools, request.quantityUnit);
  }

  @Allow()
  @Query(() => [SuggestedPool], {
    description:
      "Cooperatives that could together reach what an active offtake program takes at least a month (its `minimumVolume`), gathered around a region the caller names: up to three pools, chosen and ranked as `suggestedPools` does for a request, from `near` outwards within its province. Empty for a program that is not active, not OFFTAKE or states no minimum volume, or when the province cannot reach it. BAD_USER_INPUT when `near` is not a regency, district or village inside the program's coverage (a program without coverage rows covers all Indonesia).",
  })
  async suggestedPoolsForProgram(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID, { description: 'The active offtake program with a minimum volume.' })
    programId: string,
    @Arg('near', () => String, {
      description:
        'The code of the regency, district or village the pool gathers around (e.g. "61.03"); it must lie inside the program\'s coverage.',
    })
    near: string,
  ): Promise<SuggestedPool[]> {
    const { unit, pools } = await matching.suggestPoolsForProgram(
      ctx,
      decodeIdOf('Program', programId),
      near,
    );
    return unit === null ? [] : answeredPools(ctx, pools, unit);
  }
}
