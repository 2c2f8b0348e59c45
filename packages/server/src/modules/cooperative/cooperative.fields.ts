import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BusinessUnitStatus } from './cooperative.entity';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { Mentor } from '../mentor/mentor.type';
import { currentMentorOfCooperative } from '../mentor/mentor.reads';
import { BusinessUnit, Cooperative, CooperativeOfficer } from './cooperative.type';
import { cooperativeById, officersOfCooperative, unitsOfCooperative } from './cooperative.reads';
import { Membership } from '../account/account.type';

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

  @FieldResolver(() => [CooperativeOfficer], { description: 'Its officers, chair first.' })
  officers(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return officersOfCooperative(ctx, cooperative.dbId);
  }

  @FieldResolver(() => Mentor, {
    nullable: true,
    description: 'The business assistant (BA) currently assigned to it.',
  })
  mentor(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return currentMentorOfCooperative(ctx, cooperative.dbId);
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
