/** Why a repository write failed, as a code the UI turns into a sentence. */
export type RepositoryErrorCode = 'storage-full' | 'db-failed' | 'not-found';

export class RepositoryError extends Error {
  constructor(
    readonly code: RepositoryErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

export function toRepositoryError(error: unknown): RepositoryError {
  if (error instanceof RepositoryError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner =
    (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const full = [name, inner].some((n) => n === 'QuotaExceededError');
  return new RepositoryError(full ? 'storage-full' : 'db-failed', {
    cause: error,
  });
}
