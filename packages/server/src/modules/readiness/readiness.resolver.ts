import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import type { Context } from '../../request-context';
import { decodeIdOf } from '../../shared/global-id';
import { partnerById } from '../partner/partner.reads';
import { PassportSharingInput } from './readiness.input';
import {
  financingPassport,
  sharePassport,
  stopSharingPassport,
  type PassportSharing,
} from './readiness.service';
import { FinancingPassport } from './readiness.type';

/** The passport as the viewer may see it, with the partners it is shared with (batched). */
async function passportOf(ctx: Context, cooperativeId: number): Promise<FinancingPassport> {
  const facts = await financingPassport(ctx, cooperativeId);
  const partners =
    facts.shares && (await Promise.all(facts.shares.map((row) => partnerById(ctx, row.partner_id))));
  return FinancingPassport.of(facts, partners);
}

const SharePassportPayload = PayloadType(
  'SharePassportPayload',
  'passport',
  FinancingPassport,
  'Result of sharePassport.',
);
const StopSharingPassportPayload = PayloadType(
  'StopSharingPassportPayload',
  'passport',
  FinancingPassport,
  'Result of stopSharingPassport.',
);

const sharingOf = (input: PassportSharingInput): PassportSharing => ({
  cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
  partnerId: decodeIdOf('Partner', input.partnerId),
});

@Resolver()
export class ReadinessResolver {
  @Allow()
  @Query(() => FinancingPassport, {
    description:
      "A cooperative's financing passport. For its officers and mentors, the Dinas of its region, admins, and the staff of partners it shares the passport with or has a financing proposal with; FORBIDDEN for others.",
  })
  financingPassport(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) cooperativeId: string,
  ): Promise<FinancingPassport> {
    return passportOf(ctx, decodeIdOf('Cooperative', cooperativeId));
  }

  @Allow()
  @Mutation(() => SharePassportPayload, {
    description:
      "Lets a partner's staff open the cooperative's financing passport (sharing again changes nothing). By its board, its mentor or an admin.",
  })
  sharePassport(
    @Ctx() ctx: Context,
    @Arg('input', () => PassportSharingInput, { description: 'The cooperative and the partner.' })
    input: PassportSharingInput,
  ) {
    return mutateAndReadBack(ctx, input, 'passport', (tx) => sharePassport(tx, sharingOf(input)), passportOf);
  }

  @Allow()
  @Mutation(() => StopSharingPassportPayload, {
    description:
      "Stops sharing the cooperative's financing passport with a partner (NOT_FOUND when it was not shared). By its board, its mentor or an admin.",
  })
  stopSharingPassport(
    @Ctx() ctx: Context,
    @Arg('input', () => PassportSharingInput, { description: 'The cooperative and the partner.' })
    input: PassportSharingInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'passport',
      (tx) => stopSharingPassport(tx, sharingOf(input)),
      passportOf,
    );
  }
}
