import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from '@shared/calc/credit-code';
import {
  checkAudit,
  checkCompany,
  deadlinesOf,
  emptyCompanyDraft,
  initialAuditDraft,
  nextRoundFor,
  withAuditType,
  withDivision,
  type CompanyDraft,
} from '@renderer/features/audits/wizard/wizard-form';

const validCode = `91440604MA4UQ8KD3${computeCheckDigit('91440604MA4UQ8KD3')}`;

function company(overrides: Partial<CompanyDraft> = {}): CompanyDraft {
  return {
    ...withDivision(
      {
        ...emptyCompanyDraft(),
        name: '佛山市美琪五金制品有限公司',
        creditCode: validCode,
        cityCode: '440600',
      },
      '33',
      '金属制品业',
    ),
    ...overrides,
  };
}

describe('the wizard company step', () => {
  it('accepts a complete company and normalises the credit code', () => {
    const result = checkCompany(
      company({ creditCode: ` ${validCode.toLowerCase()} ` }),
    );
    expect(result).toMatchObject({
      ok: true,
      fields: { creditCode: validCode, industryCode: '33', cityCode: '440600' },
    });
  });

  it('says which check character the code should end with', () => {
    const wrong =
      validCode.slice(0, 17) + (validCode.endsWith('0') ? '1' : '0');
    const result = checkCompany(company({ creditCode: wrong }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.creditCode).toEqual({
        key: 'credit-code-check-digit',
        values: { position: 18, expected: validCode.charAt(17), length: 18 },
      });
    }
  });

  it('reports a short code with its length and an illegal letter with its position', () => {
    const short = checkCompany(company({ creditCode: '9144060' }));
    const illegal = checkCompany(
      company({ creditCode: `9144O604MA4UQ8KD3${validCode.charAt(17)}` }),
    );
    expect(!short.ok && short.errors.creditCode).toMatchObject({
      key: 'credit-code-length',
      values: { length: 7 },
    });
    expect(!illegal.ok && illegal.errors.creditCode).toMatchObject({
      key: 'credit-code-character',
      values: { position: 5 },
    });
  });

  it('requires a city and a division, and an industry code under that division', () => {
    const result = checkCompany(
      company({ cityCode: '', industryCode: '3912' }),
    );
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'cityCode',
      'industryCode',
    ]);
  });

  it('pre-fills the pillar group from the division', () => {
    expect(
      withDivision(
        emptyCompanyDraft(),
        '39',
        '计算机、通信和其他电子设备制造业',
      ).pillarGroup,
    ).toBe('electronics');
  });

  it('refuses a negative or fractional headcount', () => {
    const result = checkCompany(company({ employees: '12.5' }));
    expect(!result.ok && result.errors.employees).toEqual({
      key: 'integer',
      values: { min: 0 },
    });
  });
});

describe('the wizard audit step', () => {
  const draft = () => ({
    ...initialAuditDraft('2026-12-03', '绿源咨询', '陈立新'),
    title: '2026 年度审核',
  });

  it('defaults the base year to the last full year and the lead agency to industry & IT', () => {
    expect(draft()).toMatchObject({
      baseYear: '2025',
      leadAgency: 'industry-it',
      round: '1',
    });
  });

  it('moves the lead agency to the environment bureau for a mandatory audit', () => {
    expect(withAuditType(draft(), 'mandatory').leadAgency).toBe(
      'ecology-environment',
    );
  });

  it('requires at least one ground for a mandatory audit', () => {
    const result = checkAudit(withAuditType(draft(), 'mandatory'));
    expect(!result.ok && result.errors.mandatoryBases).toEqual({
      key: 'basisRequired',
    });
  });

  it('derives the 1, 2 and 12 month deadlines from the list publication date', () => {
    const mandatory = {
      ...withAuditType(draft(), 'mandatory'),
      listPublishedOn: '2026-03-31',
    };
    expect(deadlinesOf(mandatory)).toEqual({
      publishAndRegister: '2026-04-30',
      start: '2026-05-31',
      finish: '2027-03-31',
    });
    expect(deadlinesOf(draft())).toBeNull();
  });

  it('drops the grounds when the audit becomes voluntary again', () => {
    const mandatory = {
      ...withAuditType(draft(), 'mandatory'),
      mandatoryBases: ['toxic-inputs' as const],
    };
    const back = checkAudit(withAuditType(mandatory, 'voluntary'));
    expect(back.ok && back.fields.mandatoryBases).toEqual([]);
  });

  it('numbers a later round after the company’s last one', () => {
    expect(
      nextRoundFor('c1', [
        { companyId: 'c1', round: 1 },
        { companyId: 'c1', round: 2 },
        { companyId: 'c2', round: 5 },
      ]),
    ).toBe(3);
    expect(nextRoundFor('c3', [])).toBe(1);
  });
});
