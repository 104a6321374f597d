import { describe, expect, it } from 'vitest';
import { RepositoryError, toRepositoryError } from '@renderer/db/errors';

describe('repository error mapping', () => {
  it('maps a quota error, also when Dexie wraps it, to storage-full', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toRepositoryError(quota).code).toBe('storage-full');
    expect(toRepositoryError({ name: 'AbortError', inner: quota }).code).toBe(
      'storage-full',
    );
  });

  it('maps any other failure to db-failed and keeps repository errors as they are', () => {
    expect(toRepositoryError(new Error('boom')).code).toBe('db-failed');
    const notFound = new RepositoryError('not-found');
    expect(toRepositoryError(notFound)).toBe(notFound);
  });
});
