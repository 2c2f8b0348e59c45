import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';
import type { ProgramStatus } from './program.entity';

/** What a change of a program can be refused for. */
export type ProgramErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID | RefusalCode.INVALID_TRANSITION;

/** A refused change of a program; `field` is the path of the command field concerned. */
export class ProgramError extends DomainError<ProgramErrorCode> {
  /** No such program, or a draft the viewer may not know of. */
  static notFound(): ProgramError {
    return new ProgramError(RefusalCode.NOT_FOUND, 'There is no such program.', ['id']);
  }

  static closed(): ProgramError {
    return new ProgramError(RefusalCode.INVALID_TRANSITION, 'A closed program can no longer change.');
  }

  /** PROGRAM_TRANSITIONS does not lead from `from` to `to`. */
  static transition(from: ProgramStatus, to: ProgramStatus): ProgramError {
    return new ProgramError(RefusalCode.INVALID_TRANSITION, `A ${from} program cannot become ${to}.`, [
      'status',
    ]);
  }
}

/** The rule violations of one change of a program, thrown together. */
export class ProgramViolations extends Violations<ProgramErrorCode> {}
