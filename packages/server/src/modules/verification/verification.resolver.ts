import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import { inTransaction, type Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { mutate, readBack } from '../../graphql/payload';
import { fromGlobalId } from '../../shared/global-id';
import { UserError } from '../../graphql/user-error';
import { AccessRole } from '../../shared/access-role';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { SetVerificationLevelInput } from './verification.input';
import { setVerificationLevel, type VerifiedOrganisation } from './verification.service';

@ObjectType({
  simpleResolvers: true,
  description: 'Result of setVerificationLevel: the organisation as stored.',
})
class SetVerificationLevelPayload {
  @Field(() => Cooperative, { nullable: true, description: 'The cooperative, when the ID was one.' })
  cooperative!: Cooperative | null;

  @Field(() => Partner, { nullable: true, description: 'The partner, when the ID was one.' })
  partner!: Partner | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

/** Only cooperatives and partners carry a verification level. */
function verifiedOrganisation(id: string): VerifiedOrganisation {
  const { type, key } = fromGlobalId(id);
  if (type !== 'Cooperative' && type !== 'Partner') {
    throw badUserInput(`Expected a Cooperative or Partner ID, but this is a ${type} ID.`, 'input.id');
  }
  return { type, id: key as number };
}

@Resolver()
export class VerificationResolver {
  @Allow(AccessRole.ADMIN)
  @Mutation(() => SetVerificationLevelPayload, {
    description: "Sets how far a cooperative's or partner's profile has been checked (platform admins only).",
  })
  setVerificationLevel(
    @Ctx() ctx: Context,
    @Arg('input', () => SetVerificationLevelInput, { description: 'The organisation and its level.' })
    input: SetVerificationLevelInput,
  ) {
    return mutate(input, async () => {
      const organisation = verifiedOrganisation(input.id);
      await inTransaction(ctx, (tx) => setVerificationLevel(tx, organisation, input.level));
      return readBack(ctx, async () => ({
        cooperative: organisation.type === 'Cooperative' ? await cooperativeById(ctx, organisation.id) : null,
        partner: organisation.type === 'Partner' ? await partnerById(ctx, organisation.id) : null,
      }));
    });
  }
}
