import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';

/** What an attestation can be refused for. */
export type AttestationErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID;

/** A refused attestation; `field` is the path of the command field concerned. */
export class AttestationError extends DomainError<AttestationErrorCode> {
  static cooperativeNotFound(): AttestationError {
    return new AttestationError(RefusalCode.NOT_FOUND, 'There is no such cooperative.', ['cooperativeId']);
  }

  /** The unit at `businessUnitId` does not exist or belongs to another cooperative. */
  static unitNotFound(): AttestationError {
    return new AttestationError(
      RefusalCode.NOT_FOUND,
      'There is no such business unit of this cooperative.',
      ['businessUnitId'],
    );
  }

  /** The document at `documentId` does not exist or belongs to another cooperative. */
  static documentNotFound(): AttestationError {
    return new AttestationError(RefusalCode.NOT_FOUND, 'There is no such document of this cooperative.', [
      'documentId',
    ]);
  }
}

/** The rule violations of one attestation, thrown together. */
export class AttestationViolations extends Violations<AttestationErrorCode> {}
