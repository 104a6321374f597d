import type { TFunction } from 'i18next';
import type { PackageProblem } from '@shared/package/problems';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { PlatformError } from '../../platform/types';
import { ImportStaleError } from '../../db/repositories/packages';

/** Why a package was refused, as a sentence with a next step. */
export function problemMessage(t: TFunction, problem: PackageProblem): string {
  return t(`packages.problems.${problem.code}`, {
    detail: problem.detail ?? '',
  });
}

/** Why an export or an import failed after its checks, in the UI language. */
export function failureMessage(t: TFunction, error: unknown): string {
  if (error instanceof ImportStaleError) return t('packages.import.stale');
  if (error instanceof PlatformError) return errorMessage(t, error.code);
  return errorMessage(t, errorCodeOf(error));
}
