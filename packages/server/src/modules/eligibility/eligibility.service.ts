import type { Context } from '../../graphql/context';
import { ForbiddenError, NotFoundError } from '../../graphql/errors';
import { toMoney } from '../../graphql/money';
import { todayInWib } from '../../shared/time';
import { cooperativesWithPrivateAccess, mayManagePartner } from '../account/permissions';
import { cooperativeById, unitsOfCooperative } from '../cooperative/cooperative.reads';
import { coverageCodesOfProgram, programById } from '../program/program.reads';
import { dinasCovers } from '../region/region-scope';
import { documentsOfCooperative } from '../document/document.reads';
import { requirementsOf } from './eligibility.requirements';
import { checkRequirements, verdictOf, RequirementStatus, type Asked } from './eligibility.check';
import { EligibilityReport, EligibilityRequirement } from './eligibility.type';

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
): Promise<EligibilityReport> {
  const [cooperative, program] = await Promise.all([
    cooperativeById(ctx, cooperativeId),
    programById(ctx, programId),
  ]);
  if (!cooperative) throw new NotFoundError('There is no such cooperative.');
  if (!program) throw new NotFoundError('There is no such program.');
  const privateAccess = await cooperativesWithPrivateAccess(ctx);
  const allowed =
    privateAccess === 'ALL' ||
    privateAccess.has(cooperativeId) ||
    mayManagePartner(ctx, program.partnerId, 'staff') ||
    dinasCovers(ctx.viewer, cooperative.villageCode);
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
  return Object.assign(new EligibilityReport(), {
    cooperative,
    program,
    verdict: verdictOf(results.map((result) => result.status)),
    metCount: results.filter((result) => result.status === RequirementStatus.MET).length,
    requirements: results.map(({ requirement, status, document, unit, given }) =>
      Object.assign(new EligibilityRequirement(), {
        key: requirement.key,
        kind: requirement.kind,
        status,
        description: requirement.description,
        documentType: 'documentType' in requirement ? requirement.documentType : null,
        unitTypes: 'unitTypes' in requirement ? [...requirement.unitTypes] : null,
        document,
        businessUnit: unit,
        minimum: 'minimum' in requirement ? toMoney(requirement.minimum) : null,
        maximum: 'maximum' in requirement ? toMoney(requirement.maximum) : null,
        given: toMoney(given),
        regionCodes: 'regionCodes' in requirement ? [...requirement.regionCodes] : null,
      }),
    ),
  });
}
