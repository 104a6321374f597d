import { validateCreditCode } from '@shared/calc/credit-code';
import {
  defaultBaseYear,
  mandatoryDeadlines,
  parseIsoDate,
  type MandatoryDeadlines,
} from '@shared/calc/deadlines';
import {
  defaultLeadAgency,
  type AuditType,
  type LeadAgency,
  type MandatoryBasis,
  type Procedure,
} from '@shared/model/audit';
import type { Company } from '@shared/model/company';
import { isCityCode } from '@shared/reference/cities';
import {
  defaultPillarOfIndustryCode,
  isDivisionCode,
  type PillarIndustryKey,
} from '@shared/reference/industries';
import type { CompanyFields } from '../../../db/repositories/companies';
import type { AuditFields } from '../../../db/repositories/audits';

/**
 * The new-audit wizard's form state and checks, kept apart from React so the
 * rules can be tested directly. Fields hold text while typed; numbers are
 * parsed only when the step is checked.
 */
export type CompanyDraft = {
  existingId: string;
  name: string;
  creditCode: string;
  address: string;
  cityCode: string;
  district: string;
  division: string;
  industryCode: string;
  industryName: string;
  pillarGroup: PillarIndustryKey | '';
  employees: string;
  outputValueWanYuan: string;
  mainProducts: string;
};

export type AuditDraft = {
  title: string;
  auditType: AuditType;
  mandatoryBases: MandatoryBasis[];
  procedure: Procedure;
  round: string;
  leadAgency: LeadAgency;
  listPublishedOn: string;
  baseYear: string;
  consultancyName: string;
  leadAuditor: string;
};

/** A field's problem as an i18n key under wizard.errors, with its values. */
export type FieldError = {
  key: string;
  values?: Record<string, string | number>;
};
export type Errors<T> = Partial<Record<keyof T, FieldError>>;

export function emptyCompanyDraft(): CompanyDraft {
  return {
    existingId: '',
    name: '',
    creditCode: '',
    address: '',
    cityCode: '',
    district: '',
    division: '',
    industryCode: '',
    industryName: '',
    pillarGroup: '',
    employees: '',
    outputValueWanYuan: '',
    mainProducts: '',
  };
}

export function initialAuditDraft(
  todayIso: string,
  consultancyName: string,
  leadAuditor: string,
): AuditDraft {
  return {
    title: '',
    auditType: 'voluntary',
    mandatoryBases: [],
    procedure: 'full',
    round: '1',
    leadAgency: defaultLeadAgency('voluntary'),
    listPublishedOn: '',
    baseYear: String(
      defaultBaseYear(todayIso) ?? Number(todayIso.slice(0, 4)) - 1,
    ),
    consultancyName,
    leadAuditor,
  };
}

/** Changing the audit type moves the lead agency with it (it stays editable). */
export function withAuditType(
  draft: AuditDraft,
  auditType: AuditType,
): AuditDraft {
  return {
    ...draft,
    auditType,
    leadAgency: defaultLeadAgency(auditType),
    mandatoryBases: auditType === 'mandatory' ? draft.mandatoryBases : [],
  };
}

/** Choosing a division pre-fills the pillar group the province counts it under. */
export function withDivision(
  draft: CompanyDraft,
  division: string,
  divisionName: string,
): CompanyDraft {
  return {
    ...draft,
    division,
    industryCode: division,
    industryName: divisionName,
    pillarGroup: division ? defaultPillarOfIndustryCode(division) : '',
  };
}

const trimmedNumber = (text: string) => text.trim().replace(/,/g, '');

function optionalCount(text: string, min: number): number | null | FieldError {
  const value = trimmedNumber(text);
  if (!value) return null;
  if (!/^\d+$/.test(value) || Number(value) < min)
    return { key: 'integer', values: { min } };
  return Number(value);
}

function optionalAmount(text: string): number | null | FieldError {
  const value = trimmedNumber(text);
  if (!value) return null;
  if (!/^\d+(\.\d+)?$/.test(value)) return { key: 'number' };
  return Number(value);
}

const isError = (value: unknown): value is FieldError =>
  typeof value === 'object' && value !== null && 'key' in value;

export function checkCompany(
  draft: CompanyDraft,
):
  | { ok: true; fields: CompanyFields }
  | { ok: false; errors: Errors<CompanyDraft> } {
  const errors: Errors<CompanyDraft> = {};
  if (!draft.name.trim()) errors.name = { key: 'required' };
  const code = validateCreditCode(draft.creditCode);
  if (!code.ok) {
    errors.creditCode = {
      key: code.code,
      values: {
        position: code.position ?? 0,
        expected: code.expected ?? '',
        length: draft.creditCode.replace(/\s/g, '').length,
      },
    };
  }
  if (!isCityCode(draft.cityCode)) errors.cityCode = { key: 'required' };
  if (!isDivisionCode(draft.division)) errors.division = { key: 'required' };
  else if (
    !new RegExp(`^${draft.division}\\d{0,2}$`).test(draft.industryCode.trim())
  ) {
    errors.industryCode = { key: 'industryCode' };
  }
  const employees = optionalCount(draft.employees, 0);
  if (isError(employees)) errors.employees = employees;
  const outputValue = optionalAmount(draft.outputValueWanYuan);
  if (isError(outputValue)) errors.outputValueWanYuan = outputValue;
  if (
    Object.keys(errors).length > 0 ||
    !code.ok ||
    isError(employees) ||
    isError(outputValue)
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    fields: {
      name: draft.name.trim(),
      creditCode: code.normalized,
      address: draft.address.trim(),
      cityCode: draft.cityCode,
      district: draft.district.trim(),
      industryCode: draft.industryCode.trim(),
      industryName: draft.industryName.trim(),
      pillarGroup: draft.pillarGroup,
      employees,
      outputValueWanYuan: outputValue,
      mainProducts: draft.mainProducts.trim(),
    },
  };
}

export function deadlinesOf(draft: AuditDraft): MandatoryDeadlines | null {
  if (draft.auditType !== 'mandatory' || !parseIsoDate(draft.listPublishedOn))
    return null;
  return mandatoryDeadlines(draft.listPublishedOn);
}

export function checkAudit(
  draft: AuditDraft,
):
  | { ok: true; fields: AuditFields }
  | { ok: false; errors: Errors<AuditDraft> } {
  const errors: Errors<AuditDraft> = {};
  if (!draft.title.trim()) errors.title = { key: 'required' };
  if (draft.auditType === 'mandatory' && draft.mandatoryBases.length === 0) {
    errors.mandatoryBases = { key: 'basisRequired' };
  }
  const round = optionalCount(draft.round, 1);
  if (round === null || isError(round))
    errors.round = { key: 'integer', values: { min: 1 } };
  const year = Number(draft.baseYear.trim());
  if (!/^\d{4}$/.test(draft.baseYear.trim()) || year < 2000 || year > 2100)
    errors.baseYear = { key: 'year' };
  const date = draft.listPublishedOn.trim();
  if (date && !parseIsoDate(date)) errors.listPublishedOn = { key: 'date' };
  if (Object.keys(errors).length > 0 || typeof round !== 'number')
    return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title: draft.title.trim(),
      auditType: draft.auditType,
      mandatoryBases:
        draft.auditType === 'mandatory' ? draft.mandatoryBases : [],
      procedure: draft.procedure,
      round,
      leadAgency: draft.leadAgency,
      listPublishedOn: date || null,
      baseYear: year,
      consultancyName: draft.consultancyName.trim(),
      leadAuditor: draft.leadAuditor.trim(),
    },
  };
}

/** A later round for a company already on file starts from its last round. */
export function nextRoundFor(
  companyId: string,
  audits: { companyId: string; round: number }[],
): number {
  const rounds = audits
    .filter((a) => a.companyId === companyId)
    .map((a) => a.round);
  return rounds.length ? Math.max(...rounds) + 1 : 1;
}

export type { Company };
