import type { TFunction } from 'i18next';
import type { IpcErrorCode } from '@shared/ipc/contract';
import type { RepositoryErrorCode } from '../db/errors';
import { RepositoryError } from '../db/errors';
import { AuditRowInvalidError } from '../db/repositories/audit-rows';
import {
  OptionRuleError,
  type OptionRuleCode,
} from '../db/repositories/options';

export type ErrorCode =
  IpcErrorCode | RepositoryErrorCode | OptionRuleCode | 'row-invalid';

/** The one place that turns error codes into sentences with a next step. */
export function errorMessage(t: TFunction, code: ErrorCode): string {
  return t(`errors.${code}`);
}

export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof RepositoryError) return error.code;
  if (error instanceof AuditRowInvalidError) return 'row-invalid';
  if (error instanceof OptionRuleError) return error.code;
  return 'internal';
}
