import { DEFAULT_AUDIT_ENERGY_ACCOUNTING, type Audit } from '../model/audit';
import type { Company } from '../model/company';
import { SNAPSHOT_FORMAT_VERSION, type AuditSnapshot } from '../model/snapshot';
import { DEMO_AUDIT_ID, DEMO_COMPANY_ID, demoBase as base } from './common';
import { demoWorkingTables } from './index';
import { DEMO_COST_CLASS_RULES } from './options';

/**
 * The demo audit: a fictional printed-circuit-board maker in Dongguan on its
 * second, mandatory round (it discharges copper and nickel, so it falls under
 * "双有"). Names, codes and figures are invented but shaped like a real
 * Guangdong audit. The app's "打开示例审核", the tests and the CLI `demo`
 * command all build from this one module. The working tables of each stage
 * live next to it (stage1.ts, stage2.ts …, options.ts and feasibility.ts for
 * the option register) and are gathered by index.ts.
 *
 * Ids and times are fixed so that opening the demo twice finds the same audit.
 */
export { DEMO_AUDIT_ID, DEMO_COMPANY_ID };

export function demoCompany(overrides: Partial<Company> = {}): Company {
  return {
    ...base,
    id: DEMO_COMPANY_ID,
    name: '东莞市粤清电路科技有限公司',
    // A made-up code whose GB 32100 check digit is valid.
    creditCode: '91441900MA4WQ7DK31',
    address: '广东省东莞市长安镇沙头工业区振安路 18 号',
    cityCode: '441900',
    district: '长安镇',
    industryCode: '3982',
    industryName: '电子电路制造',
    pillarGroup: 'electronics',
    employees: 860,
    outputValueWanYuan: 52000,
    mainProducts: '双面及多层印制电路板（年产 62 万平方米）',
    ...overrides,
  };
}

export function demoAudit(overrides: Partial<Audit> = {}): Audit {
  return {
    ...base,
    id: DEMO_AUDIT_ID,
    title: '2026 年度强制性清洁生产审核（第二轮）',
    companyId: DEMO_COMPANY_ID,
    auditType: 'mandatory',
    mandatoryBases: ['toxic-inputs', 'toxic-emissions'],
    procedure: 'full',
    round: 2,
    leadAgency: 'ecology-environment',
    listPublishedOn: '2026-03-16',
    baseYear: 2025,
    state: 'in-progress',
    consultancyName: '广州绿源清洁生产技术服务有限公司',
    leadAuditor: '陈立新',
    completedStages: [1],
    costClassRules: DEMO_COST_CLASS_RULES,
    energyAccounting: { ...DEFAULT_AUDIT_ENERGY_ACCOUNTING },
    ...overrides,
  };
}

export function demoSnapshot(): AuditSnapshot {
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    audit: demoAudit(),
    company: demoCompany(),
    ...demoWorkingTables(),
    attachments: [],
  };
}
