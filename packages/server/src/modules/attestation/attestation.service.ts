import type { Context } from '../../request-context';
import { isAtLeast, VerificationLevel } from '../../shared/verification';
import { todayInWib } from '../../shared/time';
import { assertAttestingMentorOf } from '../cooperative/cooperative.policy';
import { User } from '../account/account.entity';
import { BusinessUnit, BusinessUnitStatus, Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeDocument } from '../document/document.entity';
import { Mentor } from '../mentor/mentor.entity';
import { AttestationSubject, CooperativeAttestation } from './attestation.entity';
import { AttestationError, AttestationViolations } from './attestation.errors';

/** A fact a mentor saw about a cooperative; which of the ids and the note it needs depends on its subject. */
export interface AttestCooperativeFact {
  cooperativeId: number;
  subject: AttestationSubject;
  /** For UNIT_ACTIVE: the business unit that is trading. */
  businessUnitId?: number | null;
  /** For DOCUMENT_SEEN: the document whose original was seen. */
  documentId?: number | null;
  /** Required for FACT, where it states the fact. */
  note?: string | null;
}

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
export async function attestCooperativeFact(ctx: Context, input: AttestCooperativeFact): Promise<number> {
  const { cooperativeId } = input;
  const cooperative = await ctx.em.findOne(Cooperative, cooperativeId);
  if (!cooperative) throw AttestationError.cooperativeNotFound();
  const mentorId = await assertAttestingMentorOf(ctx, cooperativeId);
  const violations = new AttestationViolations();
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
        id: input.businessUnitId,
        cooperative: cooperativeId,
      });
      if (!unit) throw AttestationError.unitNotFound();
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
        id: input.documentId,
        cooperative: cooperativeId,
      });
      if (!document) throw AttestationError.documentNotFound();
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
