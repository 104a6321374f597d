/**
 * Why a package was refused, as short codes; the app and the CLI turn each
 * into a sentence with a next step. `detail` names the entry or the record
 * field concerned, when there is one.
 */
export const packageProblemCodes = [
  'package-not-zip',
  'package-truncated',
  'package-zip64',
  'package-encrypted',
  'package-compression',
  'package-unsafe-path',
  'package-absolute-path',
  'package-climbing-path',
  'package-duplicate-entry',
  'package-too-many-entries',
  'package-entry-too-large',
  'package-too-large',
  'package-ratio',
  'package-no-manifest',
  'package-manifest-invalid',
  'package-not-a-package',
  'package-too-new',
  'package-missing-file',
  'package-unlisted-entry',
  'package-size-mismatch',
  'package-hash-mismatch',
  'package-record-invalid',
  'package-duplicate-id',
  'package-attachment-missing',
] as const;
export type PackageProblemCode = (typeof packageProblemCodes)[number];

export type PackageProblem = {
  readonly code: PackageProblemCode;
  readonly detail?: string;
};

export class PackageError extends Error {
  constructor(readonly problem: PackageProblem) {
    super(problem.detail ? `${problem.code}: ${problem.detail}` : problem.code);
    this.name = 'PackageError';
  }
}
