import type { ReportKind } from '../../settings/schema';
import { factTable } from '../blocks';
import type { ReportContext } from '../context';
import { live } from '../figures';
import { BLANK, chineseDate, orBlank } from '../format';
import type { PdfNode } from '../pdf-types';

// Front matter: cover, the audit-management page and the table of contents.

export const REPORT_KIND_ZH: Readonly<Record<ReportKind, string>> = {
  evaluation: '评估稿',
  review: '送审稿',
  acceptance: '验收稿',
};

export function cover(ctx: ReportContext): PdfNode[] {
  const { snapshot, options } = ctx;
  const title =
    options.kind === 'acceptance' ? '清洁生产审核验收报告' : '清洁生产审核报告';
  return [
    {
      text: snapshot.company.name,
      style: 'coverLine',
      margin: [0, 120, 0, 24],
    },
    { text: title, style: 'coverTitle' },
    { text: `（${REPORT_KIND_ZH[options.kind]}）`, style: 'coverLine' },
    { text: snapshot.audit.title, style: 'coverLine', margin: [0, 24, 0, 0] },
    {
      stack: [
        { text: `编制单位：${snapshot.company.name}`, style: 'coverLine' },
        {
          text: `技术服务单位：${orBlank(options.consultancy.name || snapshot.audit.consultancyName)}`,
          style: 'coverLine',
        },
        { text: chineseDate(options.issuedOn), style: 'coverLine' },
      ],
      margin: [0, 180, 0, 0],
    },
  ];
}

// Company side: the working group compiles, the deputy leaders review and
// the leader approves, the usual division in these audits. Consultancy
// side: the auditors from the settings with their certificate numbers.
export function managementPage(ctx: ReportContext): PdfNode[] {
  const { snapshot, options } = ctx;
  const team = live(snapshot.teamMembers);
  const names = (pick: (role: string, group: string) => boolean) =>
    team
      .filter((m) => pick(m.teamRole, m.group))
      .map((m) => m.name)
      .join('、') || BLANK;
  const leadership = (role: string, group: string) =>
    group === 'leadership' && role.includes('组长');
  const auditors = options.consultancy.auditors
    .map((a) =>
      a.certificateNumber
        ? `${a.name}（证书编号：${a.certificateNumber}）`
        : a.name,
    )
    .join('\n');
  return [
    { text: '审核管理页', style: 'heading1', pageBreak: 'before' },
    ...factTable('企业审核管理', [
      ['报告编制人员', names((_, group) => group === 'working')],
      [
        '报告审核人员',
        names((role, g) => leadership(role, g) && role.includes('副')),
      ],
      [
        '报告批准人',
        names((role, g) => leadership(role, g) && !role.includes('副')),
      ],
    ]),
    ...factTable('技术服务单位', [
      [
        '单位名称',
        orBlank(options.consultancy.name || snapshot.audit.consultancyName),
      ],
      ['审核人员', auditors || orBlank(snapshot.audit.leadAuditor)],
      ['批准人', orBlank(snapshot.audit.leadAuditor)],
      ['日期', chineseDate(options.issuedOn)],
    ]),
  ];
}

export function tableOfContents(): PdfNode[] {
  return [
    {
      toc: { title: { text: '目  录', style: 'heading1' } },
      pageBreak: 'before',
    },
  ];
}
