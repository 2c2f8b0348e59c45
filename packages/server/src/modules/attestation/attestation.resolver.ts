import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import type { Context } from '../../request-context';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { CooperativeAttestation } from './attestation.type';
import { AttestCooperativeFactInput } from './attestation.input';
import { attestationById } from './attestation.reads';
import { attestCooperativeFact } from './attestation.service';

const AttestCooperativeFactPayload = PayloadType(
  'AttestCooperativeFactPayload',
  'attestation',
  CooperativeAttestation,
  'Result of attestCooperativeFact.',
);

@Resolver()
export class AttestationResolver {
  @Allow(AccessRole.MENTOR)
  @Mutation(() => AttestCooperativeFactPayload, {
    description:
      "A mentor assigned to the cooperative (or their PMO) attests what they saw: a unit trading (it becomes ACTIVE), a document's original (it rises to at least MENTOR_ATTESTED), or another fact. The cooperative rises to at least MENTOR_ATTESTED.",
  })
  attestCooperativeFact(
    @Ctx() ctx: Context,
    @Arg('input', () => AttestCooperativeFactInput, { description: 'The fact.' })
    input: AttestCooperativeFactInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'attestation',
      (tx) =>
        attestCooperativeFact(tx, {
          ...input,
          cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
          businessUnitId: input.businessUnitId ? decodeIdOf('BusinessUnit', input.businessUnitId) : null,
          documentId: input.documentId ? decodeIdOf('CooperativeDocument', input.documentId) : null,
        }),
      attestationById,
    );
  }
}
