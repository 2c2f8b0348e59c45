import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';

/** What saving or deleting a saved search can be refused for. */
export type SavedSearchErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID | RefusalCode.DUPLICATE;

/** A refused change of the viewer's saved searches; `field` is the path of the command field concerned. */
export class SavedSearchError extends DomainError<SavedSearchErrorCode> {
  /** No such saved search, or another user's. */
  static notFound(): SavedSearchError {
    return new SavedSearchError(RefusalCode.NOT_FOUND, 'There is no such saved search.', ['id']);
  }

  /** The viewer keeps `limit` searches already; concerns the command as a whole. */
  static limitReached(limit: number): SavedSearchError {
    return new SavedSearchError(
      RefusalCode.INVALID,
      `You can keep at most ${limit} saved searches; delete one first.`,
      [],
    );
  }

  /** Names are unique among one user's saved searches. */
  static nameTaken(name: string): SavedSearchError {
    return new SavedSearchError(RefusalCode.DUPLICATE, `You have a saved search named "${name}" already.`, [
      'name',
    ]);
  }
}

/** The rule violations of one save, thrown together. */
export class SavedSearchViolations extends Violations<SavedSearchErrorCode> {}
