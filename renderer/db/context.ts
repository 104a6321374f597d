import { database, type AuditDatabase } from './database';

/**
 * What repositories need from the outside world: the database, a clock and
 * an id source. Tests pass a fake clock and predictable ids.
 */
export type RepoContext = {
  db: AuditDatabase;
  now: () => string;
  newId: () => string;
};

export function defaultContext(): RepoContext {
  return {
    db: database(),
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };
}
