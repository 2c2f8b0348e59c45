import { DomainError, RefusalCode } from '../../shared/domain-error';

export type SimkopdesImportErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID_TRANSITION;

/** A refused step of an import run: a run one may not see, or a step its status does not allow. */
export class SimkopdesImportError extends DomainError<SimkopdesImportErrorCode> {
  static notFound(field = 'importId'): SimkopdesImportError {
    return new SimkopdesImportError(RefusalCode.NOT_FOUND, 'There is no such import.', [field]);
  }

  static conflictNotFound(): SimkopdesImportError {
    return new SimkopdesImportError(RefusalCode.NOT_FOUND, 'There is no such conflict.', ['conflictId']);
  }

  static wrongStatus(status: string, step: string): SimkopdesImportError {
    return new SimkopdesImportError(
      RefusalCode.INVALID_TRANSITION,
      `An import that is ${status} cannot be ${step}.`,
      ['importId'],
    );
  }

  static cooperativesInUse(count: number): SimkopdesImportError {
    return new SimkopdesImportError(
      RefusalCode.INVALID_TRANSITION,
      `At least ${count} cooperative(s) this import created have since got records of their own in MitraDesa (members, offerings, proposals, documents…); undoing would delete those too, so the import is kept.`,
      ['importId'],
    );
  }

  static recordGone(): SimkopdesImportError {
    return new SimkopdesImportError(
      RefusalCode.INVALID_TRANSITION,
      'The officer or unit this conflict is about is no longer in MitraDesa, so there is nothing to take SIMKOPDES’s value into; keep ours to close it.',
      ['conflictId'],
    );
  }

  static alreadyResolved(): SimkopdesImportError {
    return new SimkopdesImportError(RefusalCode.INVALID_TRANSITION, 'This conflict is resolved already.', [
      'conflictId',
    ]);
  }
}
