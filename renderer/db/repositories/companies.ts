import { companySchema, type Company } from '@shared/model/company';
import type { RepoContext } from '../context';
import { toRepositoryError } from '../errors';
import { insertRecord, newRecordFields, reviseRecord } from './records';

export type CompanyFields = Omit<
  Company,
  keyof ReturnType<typeof newRecordFields>
>;

export const emptyCompanyFields = (name: string): CompanyFields => ({
  name,
  creditCode: '',
  address: '',
  cityCode: '',
  district: '',
  industryCode: '',
  industryName: '',
  pillarGroup: '',
  employees: null,
  outputValueWanYuan: null,
  mainProducts: '',
});

/** Inside a caller's transaction; see createCompany for a standalone write. */
export async function insertCompany(
  ctx: RepoContext,
  fields: CompanyFields,
): Promise<Company> {
  const record = companySchema.parse({ ...newRecordFields(ctx), ...fields });
  return insertRecord(ctx, ctx.db.companies, record, null);
}

export async function createCompany(
  ctx: RepoContext,
  fields: CompanyFields,
): Promise<Company> {
  try {
    return await ctx.db.transaction(
      'rw',
      ctx.db.companies,
      ctx.db.changes,
      () => insertCompany(ctx, fields),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

export async function updateCompany(
  ctx: RepoContext,
  id: string,
  patch: Partial<CompanyFields>,
): Promise<Company> {
  try {
    return await ctx.db.transaction(
      'rw',
      ctx.db.companies,
      ctx.db.changes,
      () =>
        reviseRecord(
          ctx,
          ctx.db.companies,
          id,
          (current) => companySchema.parse({ ...current, ...patch }),
          'update',
          null,
        ),
    );
  } catch (error) {
    throw toRepositoryError(error);
  }
}

export async function listCompanies(ctx: RepoContext): Promise<Company[]> {
  const all = await ctx.db.companies.toArray();
  return all
    .filter((company) => company.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
