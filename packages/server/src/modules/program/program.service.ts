import type { Context } from '../../request-context';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import { assertMayManagePartner, mayManagePartner } from '../partner/partner.policy';
import { coverageRegions, partnerToChange } from '../partner/partner.service';
import { syncRegionLinks } from '../region/region.service';
import type { Commodity, QuantityUnit } from '../commodity/commodity';
import type { BusinessUnitType } from '../cooperative/cooperative.entity';
import type { DocumentType } from '../document/document-type';
import type { ProgramRule } from './program.requirements';
import { Program, ProgramCoverage, ProgramKind, ProgramStatus } from './program.entity';
import { ProgramError, ProgramViolations } from './program.errors';
import { listingChanged } from '../text-search/text-search.events';
import { SearchType } from '../text-search/text-search.type';

/** A LOAN program's terms: amounts and the cap as decimal strings, periods in months. */
export interface LoanTerms {
  minAmount?: string | null;
  maxAmount?: string | null;
  ratePerYear?: string | null;
  maxTenorMonths?: number | null;
  minGraceMonths?: number | null;
  maxGraceMonths?: number | null;
  operatingCostCap?: string | null;
}

/** The least of its commodity an OFFTAKE program takes a month. */
export interface MinimumVolume {
  quantityPerMonth: string;
  unit: QuantityUnit;
}

/** A new program of a partner. */
export interface CreateProgram {
  partnerId: number;
  kind: ProgramKind;
  name: string;
  description: string;
  loanTerms?: LoanTerms | null;
  commodity?: Commodity | null;
  minimumVolume?: MinimumVolume | null;
  eligibleUnitTypes: BusinessUnitType[];
  requiredDocuments: DocumentType[];
  negotiableRules: ProgramRule[];
  coverageRegionCodes: string[];
}

/** Changes to a program; a field left out (undefined) stays as it is. */
export interface UpdateProgram {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  name?: string | null;
  description?: string | null;
  loanTerms?: LoanTerms | null;
  commodity?: Commodity | null;
  minimumVolume?: MinimumVolume | null;
  eligibleUnitTypes?: BusinessUnitType[] | null;
  requiredDocuments?: DocumentType[] | null;
  negotiableRules?: ProgramRule[] | null;
  coverageRegionCodes?: string[] | null;
}

/** A program's move to another status. */
export interface SetProgramStatus {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  status: ProgramStatus;
}

/** Saved searches hear of a program when it opens and when an open one changes. */
function alertAboutProgram(ctx: Context, program: Program): Promise<void> {
  return listingChanged(ctx.em, {
    type: SearchType.PROGRAM,
    actingUserId: ctx.viewer?.userId ?? null,
    id: program.id,
    label: program.name,
    owner: async () => (await ctx.em.populate(program, ['partner'])).partner.name,
  });
}

const LOAN_TERM_FIELDS = [
  'minAmount',
  'maxAmount',
  'ratePerYear',
  'maxTenorMonths',
  'minGraceMonths',
  'maxGraceMonths',
  'operatingCostCap',
] as const;

/** Loan terms are one value: given terms replace all stored ones, null removes them. */
function setLoanTerms(program: Program, terms: LoanTerms | null): void {
  Object.assign(
    program,
    Object.fromEntries(LOAN_TERM_FIELDS.map((field) => [field, terms?.[field] ?? null])),
  );
}

/**
 * LOAN programs state at least their ceiling and consistent ranges; other kinds carry no loan
 * terms. Checked on the program as it would be stored.
 */
function checkLoanTerms(program: Program, violations: ProgramViolations): void {
  const hasTerms = LOAN_TERM_FIELDS.some((field) => program[field] != null);
  if (program.kind !== ProgramKind.LOAN) {
    if (hasTerms) violations.invalid('loanTerms are only for LOAN programs', 'loanTerms');
    return;
  }
  if (program.maxAmount == null) {
    violations.invalid('maxAmount is required for a LOAN program', 'loanTerms', 'maxAmount');
  }
  violations
    .notAbove(
      program.minAmount,
      program.maxAmount,
      'minAmount must not exceed maxAmount',
      'loanTerms',
      'maxAmount',
    )
    .notAbove(
      program.operatingCostCap,
      program.maxAmount,
      'operatingCostCap must not exceed maxAmount',
      'loanTerms',
      'operatingCostCap',
    )
    .notAbove(
      program.minGraceMonths,
      program.maxGraceMonths,
      'minGraceMonths must not exceed maxGraceMonths',
      'loanTerms',
      'maxGraceMonths',
    )
    .notAbove(
      program.maxGraceMonths,
      program.maxTenorMonths,
      'maxGraceMonths must not exceed maxTenorMonths',
      'loanTerms',
      'maxGraceMonths',
    );
}

/** A minimum volume is one value: given, it replaces the stored one; null removes it. */
function setMinimumVolume(program: Program, volume: MinimumVolume | null): void {
  program.minVolumePerMonth = volume?.quantityPerMonth ?? null;
  program.minVolumeUnit = volume?.unit ?? null;
}

/** Only an OFFTAKE program of a commodity states a minimum volume: it is what pools must reach. */
function checkMinimumVolume(program: Program, violations: ProgramViolations): void {
  if (program.minVolumePerMonth == null) return;
  if (program.kind !== ProgramKind.OFFTAKE) {
    violations.invalid('minimumVolume is only for OFFTAKE programs', 'minimumVolume');
  } else if (program.commodity == null) {
    violations.invalid("a minimumVolume is of the program's commodity: name the commodity", 'commodity');
  }
}

/**
 * Loads a program for a change by its partner's staff. A draft of another partner is NOT_FOUND
 * (its existence is private), a visible program of another partner FORBIDDEN.
 */
async function programToChange(ctx: Context, id: number): Promise<Program> {
  const program = await ctx.em.findOne(Program, id);
  const hidden =
    program?.status === ProgramStatus.DRAFT && !mayManagePartner(ctx, program.partner.id, 'staff');
  if (!program || hidden) throw ProgramError.notFound();
  assertMayManagePartner(ctx, program.partner.id, 'staff');
  return program;
}

/** The fields that creating and changing a program copy as given. */
const COPIED_FIELDS = [
  'name',
  'description',
  'commodity',
  'eligibleUnitTypes',
  'requiredDocuments',
  'negotiableRules',
] as const satisfies readonly (keyof Program & string)[];

/** A new DRAFT program of a partner; by its staff. */
export async function createProgram(ctx: Context, input: CreateProgram): Promise<number> {
  const partner = await partnerToChange(ctx, input.partnerId, 'staff', 'partnerId');
  const violations = new ProgramViolations();
  const coverage = await coverageRegions(ctx, violations, input.coverageRegionCodes);
  const program = ctx.em.create(Program, {
    partner,
    kind: input.kind,
    name: input.name,
    description: input.description,
    status: ProgramStatus.DRAFT,
  });
  applyGiven(program, input, COPIED_FIELDS);
  setLoanTerms(program, input.loanTerms ?? null);
  setMinimumVolume(program, input.minimumVolume ?? null);
  checkLoanTerms(program, violations);
  checkMinimumVolume(program, violations);
  violations.throwIfAny();
  for (const region of coverage) ctx.em.create(ProgramCoverage, { program, region });
  await ctx.em.flush();
  return program.id;
}

/** Changes a program that is not closed; its kind and status stay. */
export async function updateProgram(ctx: Context, changes: UpdateProgram): Promise<number> {
  const program = await programToChange(ctx, changes.id);
  await changeAtVersion(ctx.em, program, changes.version);
  if (program.status === ProgramStatus.CLOSED) {
    throw ProgramError.closed();
  }
  const violations = new ProgramViolations().refuseNulls(changes, [
    'name',
    'description',
    'eligibleUnitTypes',
    'requiredDocuments',
    'negotiableRules',
    'coverageRegionCodes',
  ]);
  applyGiven(program, changes, COPIED_FIELDS);
  if (changes.loanTerms !== undefined) setLoanTerms(program, changes.loanTerms);
  if (changes.minimumVolume !== undefined) setMinimumVolume(program, changes.minimumVolume);
  checkLoanTerms(program, violations);
  checkMinimumVolume(program, violations);
  const coverage = changes.coverageRegionCodes
    ? await coverageRegions(ctx, violations, changes.coverageRegionCodes)
    : null;
  violations.throwIfAny();
  if (coverage) {
    const current = await ctx.em.find(ProgramCoverage, { program });
    syncRegionLinks(ctx, current, coverage, (region) => ctx.em.create(ProgramCoverage, { program, region }));
  }
  await ctx.em.flush();
  if (program.status === ProgramStatus.ACTIVE) await alertAboutProgram(ctx, program);
  return program.id;
}

/**
 * Where a program may go from each status. A draft opens or is dropped; an open program pauses or
 * closes; a closed one stays closed (it is kept for the proposals that refer to it).
 */
export const PROGRAM_TRANSITIONS: Record<ProgramStatus, readonly ProgramStatus[]> = {
  [ProgramStatus.DRAFT]: [ProgramStatus.ACTIVE, ProgramStatus.CLOSED],
  [ProgramStatus.ACTIVE]: [ProgramStatus.PAUSED, ProgramStatus.CLOSED],
  [ProgramStatus.PAUSED]: [ProgramStatus.ACTIVE, ProgramStatus.CLOSED],
  [ProgramStatus.CLOSED]: [],
};

/** Moves a program to `status` as PROGRAM_TRANSITIONS allows; by its partner's staff. */
export async function setProgramStatus(ctx: Context, command: SetProgramStatus): Promise<number> {
  const { status } = command;
  const program = await programToChange(ctx, command.id);
  await changeAtVersion(ctx.em, program, command.version);
  if (!PROGRAM_TRANSITIONS[program.status].includes(status))
    throw ProgramError.transition(program.status, status);
  program.status = status;
  await ctx.em.flush();
  if (status === ProgramStatus.ACTIVE) await alertAboutProgram(ctx, program);
  return program.id;
}
