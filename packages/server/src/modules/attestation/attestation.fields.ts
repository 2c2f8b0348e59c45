import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { isMentorOf } from '../cooperative/cooperative.policy';
import { Cooperative, BusinessUnit } from '../cooperative/cooperative.type';
import { businessUnitById } from '../cooperative/cooperative.reads';
import { Mentor } from '../mentor/mentor.type';
import { mentorById } from '../mentor/mentor.reads';
import { CooperativeDocument } from '../document/document.type';
import { documentById } from '../document/document.reads';
import { CooperativeAttestation } from './attestation.type';
import { attestationsOfCooperative } from './attestation.reads';

@Resolver(() => Cooperative)
export class CooperativeAttestationFields {
  @FieldResolver(() => [CooperativeAttestation], {
    description: 'What mentors attested about it, newest first.',
  })
  attestations(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return attestationsOfCooperative(ctx, cooperative.dbId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may attest facts about it: you are its assigned mentor, or their PMO.',
  })
  async viewerMayAttest(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return (ctx.viewer?.mentorIds().length ?? 0) > 0 && (await isMentorOf(ctx, cooperative.dbId));
  }
}

@Resolver(() => CooperativeAttestation)
export class AttestationFields {
  @FieldResolver(() => Mentor, { description: 'The mentor who attested it.' })
  async mentor(@Root() attestation: CooperativeAttestation, @Ctx() ctx: Context) {
    return (await mentorById(ctx, attestation.mentorId))!;
  }

  @FieldResolver(() => BusinessUnit, {
    nullable: true,
    description: 'For UNIT_ACTIVE: the unit (null once removed).',
  })
  businessUnit(@Root() attestation: CooperativeAttestation, @Ctx() ctx: Context) {
    return attestation.businessUnitId === null ? null : businessUnitById(ctx, attestation.businessUnitId);
  }

  @FieldResolver(() => CooperativeDocument, {
    nullable: true,
    description: 'For DOCUMENT_SEEN: the document (null once removed).',
  })
  document(@Root() attestation: CooperativeAttestation, @Ctx() ctx: Context) {
    return attestation.documentId === null ? null : documentById(ctx, attestation.documentId);
  }
}
