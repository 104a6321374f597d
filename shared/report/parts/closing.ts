import { heading } from '../blocks';
import type { ReportContext } from '../context';
import type { PdfNode } from '../pdf-types';
import { chapter } from './chapter';

// 结论 and the list of attachments (domain.md §5.1).

export function conclusion(ctx: ReportContext): PdfNode[] {
  return chapter(ctx, '8', {});
}

const ATTACHMENTS = [
  '营业执照',
  '排污许可证',
  '环境影响评价批复及竣工环境保护验收文件',
  '危险废物处置合同及转移联单',
  '企业成立清洁生产审核小组的文件',
  '宣传培训记录及照片',
  '审核前后监测报告',
  '能源、水计量台账',
  '已实施方案的合同、发票及现场照片',
  '技术服务单位能力证明材料',
  '清洁生产审核绩效表',
  '清洁生产审核公示材料',
];

export function attachments(): PdfNode[] {
  return [
    heading(1, '附件', { pageBreak: true }),
    { ol: ATTACHMENTS.map((text) => ({ text, style: 'body' })) },
  ];
}
