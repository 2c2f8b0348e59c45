import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';
import type { BusinessUnitType, OfficerRole } from './cooperative.entity';

/** What a change of a cooperative or of its business units can be refused for. */
export type CooperativeErrorCode = RefusalCode.NOT_FOUND | RefusalCode.DUPLICATE | RefusalCode.INVALID;

/** A refused change of a cooperative; `field` is the path of the command field concerned. */
export class CooperativeError extends DomainError<CooperativeErrorCode> {
  /** There is no cooperative with the id at `field`. */
  static notFound(field = 'id'): CooperativeError {
    return new CooperativeError(RefusalCode.NOT_FOUND, 'There is no such cooperative.', [field]);
  }

  static unitNotFound(): CooperativeError {
    return new CooperativeError(RefusalCode.NOT_FOUND, 'There is no such business unit.', ['id']);
  }

  /** Standard unit types exist once per cooperative. */
  static unitTypeTaken(type: BusinessUnitType): CooperativeError {
    return new CooperativeError(
      RefusalCode.DUPLICATE,
      `This cooperative has a ${type} unit already; update that one.`,
      ['type'],
    );
  }

  /** One cooperative per village. */
  static villageTaken(): CooperativeError {
    return new CooperativeError(
      RefusalCode.DUPLICATE,
      'This village has a cooperative already: one per village.',
      ['villageCode'],
    );
  }
}

/** The rule violations of one change of a cooperative, thrown together. */
export class CooperativeViolations extends Violations<CooperativeErrorCode> {
  /** A role with one holder named again at `officers[index]`. */
  officerRoleRepeated(role: OfficerRole, index: number): this {
    return this.add(
      RefusalCode.DUPLICATE,
      `A cooperative has one ${role}; this list names more.`,
      'officers',
      index,
      'role',
    );
  }

  nikKoperasiTaken(): this {
    return this.add(RefusalCode.DUPLICATE, 'Another cooperative has this NIK koperasi.', 'nikKoperasi');
  }
}
