import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BusinessUnitStatus } from './cooperative.entity';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { BusinessUnit, Cooperative, CooperativeOfficer } from './cooperative.type';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsUnder, type FieldUse } from '../../graphql/lookahead';
import type { EmbeddedRelation } from '../../read-layer/keyset';
import {
  cooperativeById,
  embeddedUnits,
  officersOfCooperative,
  unitsOfCooperative,
} from './cooperative.reads';
import { Membership } from '../account/account.type';
import { Money } from '../../graphql/money';
import { toMoney } from '../../shared/money';
import { maySeeCooperativeRecords } from './cooperative.policy';

@Resolver(() => Cooperative)
export class CooperativeFields {
  @FieldResolver(() => Region, { description: 'The village (desa/kelurahan) of the cooperative.' })
  village(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return regionByCode(ctx, cooperative.villageCode);
  }

  @FieldResolver(() => [BusinessUnit], { description: 'Its business units, by type.' })
  units(
    @Root() cooperative: Cooperative,
    @Ctx() ctx: Context,
    @Arg('status', () => BusinessUnitStatus, { nullable: true, description: 'Only units in this status.' })
    status?: BusinessUnitStatus | null,
  ) {
    return unitsOfCooperative(ctx, cooperative.dbId).then((units) =>
      status ? units.filter((unit) => unit.status === status) : units,
    );
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      'What its units are expected to earn a month, as the cooperative states it; null when not stated, and for anyone but its officers, mentors, the Dinas of its region and admins.',
  })
  async expectedMonthlyIncome(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    if (cooperative.expectedMonthlyIncome === null) return null;
    const mayFollow = await maySeeCooperativeRecords(ctx, {
      id: cooperative.dbId,
      villageCode: cooperative.villageCode,
    });
    return mayFollow ? toMoney(cooperative.expectedMonthlyIncome) : null;
  }

  @FieldResolver(() => [CooperativeOfficer], { description: 'Its officers, chair first.' })
  officers(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return officersOfCooperative(ctx, cooperative.dbId);
  }
}

/** `Membership.cooperative`: declared here, where cooperatives are read, so that accounts need not know them. */
@Resolver(() => Membership)
export class MembershipCooperativeFields {
  @FieldResolver(() => Cooperative, {
    nullable: true,
    description: 'The cooperative, for a chair, board member or staff membership; null otherwise.',
  })
  cooperative(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.cooperativeId === null ? null : cooperativeById(ctx, membership.cooperativeId);
  }
}

/** How a field of Cooperative is read with a page of cooperatives, given every use of it in the query. */
export type CooperativeEmbedding = (
  ctx: Context,
  info: GraphQLResolveInfo,
  uses: readonly FieldUse[],
) => Promise<EmbeddedRelation[]>;

/**
 * The relations of Cooperative a page of cooperatives (or a cooperative by id) can read in its own
 * statement, by field: given every use of the field in the query (by arguments), the relations to
 * read, or none when they cannot serve them all. A field another module adds to Cooperative
 * registers its embedding next to its resolver (embedInCooperativePages), so this module need not
 * know it.
 */
const EMBEDDABLE: Record<string, CooperativeEmbedding> = {
  units: async (ctx, info, uses) =>
    uses.map((use, index) => embeddedUnits(ctx, use.args, fieldsUnder(info, [use], []), `__units_${index}`)),
};

/** Lets a page of cooperatives read `field` in its statement (see EMBEDDABLE). */
export function embedInCooperativePages(field: string, embedding: CooperativeEmbedding): void {
  if (EMBEDDABLE[field]) throw new Error(`Cooperative.${field} is embedded already`);
  EMBEDDABLE[field] = embedding;
}

/** The embedded relations for the fields a page selects under its nodes (see selectedFields). */
export async function embeddedCooperativeRelations(
  ctx: Context,
  info: GraphQLResolveInfo,
  selected: ReadonlyMap<string, readonly FieldUse[]>,
): Promise<EmbeddedRelation[]> {
  const relations = await Promise.all(
    [...selected].map(([field, uses]) => EMBEDDABLE[field]?.(ctx, info, uses) ?? []),
  );
  return relations.flat();
}
