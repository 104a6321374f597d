import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryNameProblem } from '@shared/package/format';
import { packageProblemCodes } from '@shared/package/problems';
import { checkPackage } from '@shared/package/read';
import { bytesSource } from '@shared/package/zip-reader';
import * as fixture from '../../../fixtures/package';

const segment = fc.stringMatching(/^[\w\u4e00-\u9fa5 ()-]{1,12}$/);

describe('package checks on generated input', { timeout: 60_000 }, () => {
  it('accepts relative names of plain segments and names each way out', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (parts, at) => {
          expect(entryNameProblem(parts.join('/'))).toBeNull();
          const climbing = [...parts];
          climbing.splice(at % (parts.length + 1), 0, '..');
          expect(entryNameProblem(climbing.join('/'))).toBe(
            'package-climbing-path',
          );
          expect(entryNameProblem(`/${parts.join('/')}`)).toBe(
            'package-absolute-path',
          );
        },
      ),
    );
  });

  it('refuses any manifest.json that is not a manifest, with a known code and no throw', async () => {
    const { snapshot, files } = fixture.demoWithPhotos();
    const good = await fixture.packageBytes(snapshot, files);
    const known = new Set<string>(packageProblemCodes);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          // A real manifest with one field replaced by anything.
          fc.record({
            field: fc.constantFrom(
              'format',
              'formatVersion',
              'createdAt',
              'audit',
              'files',
            ),
            value: fc.jsonValue(),
          }),
        ),
        async (change) => {
          const bytes = fixture.alterPackage(good, (entries) => {
            const manifest = fixture.readJsonEntry(entries, 'manifest.json');
            const isField =
              typeof change === 'object' &&
              change !== null &&
              'field' in change &&
              'value' in change;
            fixture.writeJsonEntry(
              entries,
              'manifest.json',
              isField
                ? { ...manifest, [String(change.field)]: change.value }
                : change,
            );
          });
          const result = await checkPackage(bytesSource(bytes));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          for (const problem of result.problems) {
            expect(known.has(problem.code)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('accepts a changed record only when it still fits its schema, else refuses it as invalid', async () => {
    const { snapshot, files } = fixture.demoWithPhotos();
    const good = await fixture.packageBytes(snapshot, files);
    const tables = ['options', 'targets', 'stageSteps', 'products'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tables),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.jsonValue(),
        async (table, field, value) => {
          const bytes = fixture.alterPackage(good, (entries) => {
            fixture.rewriteAuditJson(entries, (audit) => {
              const rows = audit[table] as Record<string, unknown>[];
              rows[0] = { ...rows[0], [field]: value };
              return audit;
            });
          });
          const result = await checkPackage(bytesSource(bytes));
          if (result.ok) {
            // Whatever got through is a valid snapshot of the same audit.
            expect(result.value.snapshot.audit.id).toBe(snapshot.audit.id);
            expect(result.value.snapshot[table]).toHaveLength(
              snapshot[table].length,
            );
          } else {
            expect(result.problems.map((p) => p.code)).toEqual([
              'package-record-invalid',
            ]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
