import type { Context } from '../../request-context';
import type { BusinessUnit, Cooperative } from '../cooperative/cooperative.type';
import type { CooperativeDocument } from '../document/document.type';
import type { Program } from '../program/program.type';
import { ForbiddenError, NotFoundError } from '../../shared/domain-error';
import { todayInWib } from '../../shared/time';
import { maySeeCooperativeRecords } from '../cooperative/cooperative.policy';
import { mayManagePartner } from '../partner/partner.policy';
import { cooperativeById, unitsOfCooperative } from '../cooperative/cooperative.reads';
import { coverageCodesOfProgram, programById } from '../program/program.reads';
import { documentsOfCooperative } from '../document/document.reads';
import { requirementsOf } from '../program/program.requirements';
import { checkRequirements, type Asked, type RequirementResult } from './eligibility.check';

/** A cooperative checked against a program: each requirement's result, in checking order. */
export interface EligibilityCheck {
  cooperative: Cooperative;
  program: Program;
  results: RequirementResult<CooperativeDocument, BusinessUnit>[];
}

/**
 * Checks a cooperative against a program's requirements. Asked by the cooperative's officers and
 * mentors, the program's partner staff, the Dinas of the cooperative's region, and admins; anyone
 * else is FORBIDDEN. Five batched reads (program, coverage, cooperative, documents, units), each a
 * single statement, plus the mentor's caseload when the viewer is a mentor.
 */
export async function checkEligibility(
  ctx: Context,
  cooperativeId: number,
  programId: number,
  asked: Asked,
): Promise<EligibilityCheck> {
  const [cooperative, program] = await Promise.all([
    cooperativeById(ctx, cooperativeId),
    programById(ctx, programId),
  ]);
  if (!cooperative) throw new NotFoundError('There is no such cooperative.');
  if (!program) throw new NotFoundError('There is no such program.');
  const allowed =
    mayManagePartner(ctx, program.partnerId, 'staff') ||
    (await maySeeCooperativeRecords(ctx, { id: cooperativeId, villageCode: cooperative.villageCode }));
  if (!allowed) {
    throw new ForbiddenError(
      "Only the cooperative's officers and mentors, the program's partner, the Dinas of its region or an admin may check this.",
    );
  }
  const [coverage, documents, units] = await Promise.all([
    coverageCodesOfProgram(ctx, programId),
    documentsOfCooperative(ctx, cooperativeId),
    unitsOfCooperative(ctx, cooperativeId),
  ]);
  const requirements = requirementsOf(
    {
      requiredDocuments: program.requiredDocuments,
      eligibleUnitTypes: program.eligibleUnitTypes,
      minAmount: program.loanTerms?.minAmount?.amount ?? null,
      maxAmount: program.loanTerms?.maxAmount?.amount ?? null,
      operatingCostCap: program.loanTerms?.operatingCostCap?.amount ?? null,
      coverage,
    },
    cooperative.kind,
  );
  const results = checkRequirements(
    requirements,
    { villageCode: cooperative.villageCode, documents, units },
    asked,
    todayInWib(),
  );
  return { cooperative, program, results };
}
