import type { TFunction } from 'i18next';
import type { IpcErrorCode } from '@shared/ipc/contract';
import type { RepositoryErrorCode } from '../db/errors';
import { RepositoryError } from '../db/errors';

export type ErrorCode = IpcErrorCode | RepositoryErrorCode;

/** The one place that turns error codes into sentences with a next step. */
export function errorMessage(t: TFunction, code: ErrorCode): string {
  return t(`errors.${code}`);
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof RepositoryError ? error.code : 'internal';
}
