import type { Context } from '../../graphql/context';
import { ForbiddenError } from '../../graphql/errors';
import { decodeIdOf } from '../../graphql/relay';
import { notFoundAt, RuleViolations } from '../../graphql/user-error';
import { isAtLeast, VerificationLevel } from '../../shared/verification';
import { todayInWib } from '../../shared/time';
import { isMentorOf } from '../account/permissions';
import { User } from '../account/account.entity';
import { BusinessUnit, BusinessUnitStatus, Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeDocument } from '../document/document.entity';
import { Mentor } from '../mentor/mentor.entity';
import { AttestationSubject, CooperativeAttestation } from './attestation.entity';
import type { AttestCooperativeFactInput } from './attestation.input';

/** What an attestation raises a record to, at least (never lowers a stronger level). */
const ATTESTED = VerificationLevel.MENTOR_ATTESTED;

function raise<T extends { verificationLevel: VerificationLevel }>(record: T): void {
  if (!isAtLeast(record.verificationLevel, ATTESTED)) record.verificationLevel = ATTESTED;
}

/**
 * Records a mentor's attestation about a cooperative they are assigned to (a BA's caseload, or a
 * PMO's through their BAs) and applies it: a seen document and the cooperative rise to at least
 * MENTOR_ATTESTED, an attested unit is marked ACTIVE. Admins and other mentors are refused: an
 * attestation says a mentor was there.
 */
export async function attestCooperativeFact(
  ctx: Context,
  cooperativeId: number,
  input: AttestCooperativeFactInput,
): Promise<number> {
  const cooperative = await ctx.em.findOne(Cooperative, cooperativeId);
  if (!cooperative) throw notFoundAt('cooperative', 'cooperativeId');
  const mentorId = ctx.viewer?.mentorIds()[0];
  if (mentorId === undefined || !(await isMentorOf(ctx, cooperativeId))) {
    throw new ForbiddenError(
      'Only a mentor assigned to this cooperative (or their PMO) may attest facts about it.',
    );
  }
  const violations = new RuleViolations();
  const attestation = ctx.em.create(CooperativeAttestation, {
    cooperative,
    mentor: ctx.em.getReference(Mentor, mentorId),
    attestedBy: ctx.em.getReference(User, ctx.viewer!.userId),
    subject: input.subject,
    note: input.note?.trim() ?? null,
  });
  switch (input.subject) {
    case AttestationSubject.UNIT_ACTIVE: {
      if (!input.businessUnitId)
        throw violations.invalid('businessUnitId is required for UNIT_ACTIVE', 'businessUnitId').exception();
      const unit = await ctx.em.findOne(BusinessUnit, {
        id: decodeIdOf('BusinessUnit', input.businessUnitId),
        cooperative: cooperativeId,
      });
      if (!unit) throw notFoundAt('business unit of this cooperative', 'businessUnitId');
      if (unit.status !== BusinessUnitStatus.ACTIVE) {
        unit.status = BusinessUnitStatus.ACTIVE;
        unit.activeSince ??= todayInWib();
      }
      attestation.businessUnit = unit;
      break;
    }
    case AttestationSubject.DOCUMENT_SEEN: {
      if (!input.documentId)
        throw violations.invalid('documentId is required for DOCUMENT_SEEN', 'documentId').exception();
      const document = await ctx.em.findOne(CooperativeDocument, {
        id: decodeIdOf('CooperativeDocument', input.documentId),
        cooperative: cooperativeId,
      });
      if (!document) throw notFoundAt('document of this cooperative', 'documentId');
      raise(document);
      document.updatedAt = new Date();
      attestation.document = document;
      break;
    }
    case AttestationSubject.FACT:
      if (!input.note?.trim())
        throw violations.invalid('note is required for FACT: it states the fact', 'note').exception();
      break;
  }
  raise(cooperative);
  await ctx.em.flush();
  return attestation.id;
}
