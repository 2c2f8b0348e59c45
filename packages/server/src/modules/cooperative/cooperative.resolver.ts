import { Arg, Args, Ctx, Field, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow, Public } from '../../graphql/access';
import { inTransaction, type Context } from '../../request-context';
import { mutate, mutateAndReadBack, PayloadType, readBack } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { decodeIdOf, toGlobalId } from '../../shared/global-id';
import { UserError } from '../../graphql/user-error';
import { AccessRole } from '../../shared/access-role';
import { assertRegionCode } from '../region/region.input';
import { BusinessUnit, Cooperative } from './cooperative.type';
import {
  AddBusinessUnitInput,
  CooperativeFilter,
  CooperativeOrder,
  CreateCooperativeInput,
  RemoveBusinessUnitInput,
  SetCooperativeOfficersInput,
  UpdateBusinessUnitInput,
  UpdateCooperativeLegalDataInput,
  UpdateCooperativeProfileInput,
} from './cooperative.input';
import {
  businessUnitById,
  cooperativeById,
  cooperativeWithRelations,
  listCooperatives,
} from './cooperative.reads';
import { pageExtrasOf, selectedFields, fieldNames } from '../../graphql/lookahead';
import * as cooperatives from './cooperative.service';
import { embeddedCooperativeRelations } from './cooperative.fields';

export const CooperativeConnection = ConnectionType(Cooperative, 'Cooperative', 'cooperative');

const UpdateCooperativeProfilePayload = PayloadType(
  'UpdateCooperativeProfilePayload',
  'cooperative',
  Cooperative,
  'Result of updateCooperativeProfile.',
);
const UpdateCooperativeLegalDataPayload = PayloadType(
  'UpdateCooperativeLegalDataPayload',
  'cooperative',
  Cooperative,
  'Result of updateCooperativeLegalData.',
);
const SetCooperativeOfficersPayload = PayloadType(
  'SetCooperativeOfficersPayload',
  'cooperative',
  Cooperative,
  'Result of setCooperativeOfficers.',
);
const AddBusinessUnitPayload = PayloadType(
  'AddBusinessUnitPayload',
  'businessUnit',
  BusinessUnit,
  'Result of addBusinessUnit.',
);
const UpdateBusinessUnitPayload = PayloadType(
  'UpdateBusinessUnitPayload',
  'businessUnit',
  BusinessUnit,
  'Result of updateBusinessUnit.',
);
const CreateCooperativePayload = PayloadType(
  'CreateCooperativePayload',
  'cooperative',
  Cooperative,
  'Result of createCooperative.',
);

@ObjectType({ simpleResolvers: true, description: 'Result of removeBusinessUnit.' })
class RemoveBusinessUnitPayload {
  @Field(() => ID, { nullable: true, description: 'ID of the removed unit; null when refused.' })
  removedBusinessUnitId!: string | null;

  @Field(() => Cooperative, {
    nullable: true,
    description: 'The cooperative the unit belonged to, as it is now; null when refused.',
  })
  cooperative!: Cooperative | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

@Resolver(() => Cooperative)
export class CooperativeResolver {
  @Public()
  @Query(() => CooperativeConnection, {
    description: 'Discover cooperatives by region, kind, stage, units, commodity and verification.',
  })
  async cooperatives(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CooperativeFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: CooperativeFilter | null,
    @Arg('orderBy', () => CooperativeOrder, {
      defaultValue: CooperativeOrder.NAME,
      description: 'Order of the list.',
    })
    orderBy: CooperativeOrder = CooperativeOrder.NAME,
  ) {
    const given = filter ?? new CooperativeFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    // The nodes' units and offerings, and the total, come with the page, in its statement.
    const nodeFields = selectedFields(info, ['edges', 'node']);
    const embedded = await embeddedCooperativeRelations(ctx, info, nodeFields);
    return listCooperatives(ctx, given, orderBy, args, {
      embedded,
      selected: fieldNames(nodeFields),
      ...pageExtrasOf(info),
    });
  }

  @Public()
  @Query(() => Cooperative, { nullable: true, description: 'A cooperative by ID; null when there is none.' })
  async cooperative(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: 'Global ID of the cooperative.' }) id: string,
  ) {
    const dbId = decodeIdOf('Cooperative', id);
    // Its units and offerings come with it, in its statement.
    const embedded = await embeddedCooperativeRelations(ctx, info, selectedFields(info, []));
    return embedded.length > 0 ? cooperativeWithRelations(ctx, dbId, embedded) : cooperativeById(ctx, dbId);
  }

  @Allow(AccessRole.COOPERATIVE)
  @Mutation(() => UpdateCooperativeProfilePayload, {
    description:
      "Changes a cooperative's name, management pattern, member count or stage (its chair or board).",
  })
  updateCooperativeProfile(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCooperativeProfileInput, { description: 'The changes.' })
    input: UpdateCooperativeProfileInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'cooperative',
      (tx) =>
        cooperatives.updateCooperativeProfile(tx, { ...input, id: decodeIdOf('Cooperative', input.id) }),
      cooperativeById,
    );
  }

  @Allow(AccessRole.COOPERATIVE)
  @Mutation(() => UpdateCooperativeLegalDataPayload, {
    description:
      "Changes a cooperative's legal identity: SK AHU, NIK koperasi, NIB, NPWP, deed (its chair or board).",
  })
  updateCooperativeLegalData(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCooperativeLegalDataInput, { description: 'The changes.' })
    input: UpdateCooperativeLegalDataInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'cooperative',
      (tx) =>
        cooperatives.updateCooperativeLegalData(tx, { ...input, id: decodeIdOf('Cooperative', input.id) }),
      cooperativeById,
    );
  }

  @Allow(AccessRole.COOPERATIVE)
  @Mutation(() => SetCooperativeOfficersPayload, {
    description: "Replaces a cooperative's list of officers (its chair or board).",
  })
  setCooperativeOfficers(
    @Ctx() ctx: Context,
    @Arg('input', () => SetCooperativeOfficersInput, { description: 'The new list.' })
    input: SetCooperativeOfficersInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'cooperative',
      (tx) => cooperatives.setCooperativeOfficers(tx, { ...input, id: decodeIdOf('Cooperative', input.id) }),
      cooperativeById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => AddBusinessUnitPayload, {
    description: 'Adds a business unit to a cooperative (its officers or mentor).',
  })
  addBusinessUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => AddBusinessUnitInput, { description: 'The new unit.' }) input: AddBusinessUnitInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'businessUnit',
      (tx) =>
        cooperatives.addBusinessUnit(tx, {
          ...input,
          cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
        }),
      businessUnitById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => UpdateBusinessUnitPayload, {
    description:
      "Changes a business unit's status, name, capacity or start date (its cooperative's officers or mentor).",
  })
  updateBusinessUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateBusinessUnitInput, { description: 'The changes.' })
    input: UpdateBusinessUnitInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'businessUnit',
      (tx) => cooperatives.updateBusinessUnit(tx, { ...input, id: decodeIdOf('BusinessUnit', input.id) }),
      businessUnitById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => RemoveBusinessUnitPayload, {
    description: "Removes a business unit (its cooperative's officers or mentor).",
  })
  removeBusinessUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveBusinessUnitInput, { description: 'The unit.' }) input: RemoveBusinessUnitInput,
  ) {
    return mutate(input, async () => {
      const unitId = decodeIdOf('BusinessUnit', input.id);
      const cooperativeId = await inTransaction(ctx, (tx) => cooperatives.removeBusinessUnit(tx, unitId));
      return {
        removedBusinessUnitId: toGlobalId('BusinessUnit', unitId),
        cooperative: await readBack(ctx, () => cooperativeById(ctx, cooperativeId)),
      };
    });
  }

  @Allow(AccessRole.ADMIN)
  @Mutation(() => CreateCooperativePayload, {
    description: 'Creates the cooperative of a village that has none (platform admins only).',
  })
  createCooperative(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCooperativeInput, { description: 'The new cooperative.' })
    input: CreateCooperativeInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'cooperative',
      (tx) => cooperatives.createCooperative(tx, input),
      cooperativeById,
    );
  }
}
