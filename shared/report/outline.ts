// The report's outline (domain.md §5.1): the preface, seven chapters and the
// conclusion, each section with an id the consultant's text is stored under.
// Ids are the printed section numbers, so stored texts stay attached to the
// same section when the wording of a title changes.

export interface SectionOutline {
  readonly id: string;
  readonly title: string;
}

export interface ChapterOutline {
  readonly id: string;
  /** The level-1 heading as printed, e.g. "第一章 筹划与组织". */
  readonly title: string;
  readonly sections: readonly SectionOutline[];
}

const s = (id: string, title: string): SectionOutline => ({ id, title });

export const REPORT_OUTLINE: readonly ChapterOutline[] = [
  {
    id: '0',
    title: '前言',
    sections: [s('0.1', '企业简介'), s('0.2', '开展清洁生产审核的必要性')],
  },
  {
    id: '1',
    title: '第一章 筹划与组织',
    sections: [
      s('1.1', '领导支持与承诺'),
      s('1.2', '组建审核小组'),
      s('1.3', '制定审核工作计划'),
      s('1.4', '宣传教育与培训'),
      s('1.5', '克服障碍'),
    ],
  },
  {
    id: '2',
    title: '第二章 预评估',
    sections: [
      s('2.1', '企业概况'),
      s('2.2', '生产现状'),
      s('2.3', '产排污状况及治理'),
      s('2.4', '环境管理状况'),
      s('2.5', '清洁生产水平'),
      s('2.6', '确定审核重点'),
      s('2.7', '设置清洁生产目标'),
      s('2.8', '提出和实施无/低费方案'),
    ],
  },
  {
    id: '3',
    title: '第三章 评估',
    sections: [
      s('3.1', '审核重点概况'),
      s('3.2', '物料平衡'),
      s('3.3', '废弃物产生原因分析'),
      s('3.4', '无/低费方案的提出与实施'),
    ],
  },
  {
    id: '4',
    title: '第四章 方案产生和筛选',
    sections: [
      s('4.1', '方案的产生'),
      s('4.2', '方案汇总'),
      s('4.3', '方案筛选'),
      s('4.4', '无/低费方案实施效果核定'),
    ],
  },
  {
    id: '5',
    title: '第五章 可行性分析',
    sections: [
      s('5.1', '市场调查'),
      s('5.2', '技术评估'),
      s('5.3', '环境评估'),
      s('5.4', '经济评估'),
      s('5.5', '推荐实施方案'),
    ],
  },
  {
    id: '6',
    title: '第六章 方案实施',
    sections: [
      s('6.1', '方案实施情况'),
      s('6.2', '清洁生产目标完成情况'),
      s('6.3', '已实施方案成果汇总'),
      s('6.4', '与清洁生产标准对比'),
    ],
  },
  {
    id: '7',
    title: '第七章 持续清洁生产',
    sections: [
      s('7.1', '建立和完善清洁生产组织'),
      s('7.2', '建立和完善清洁生产管理制度'),
      s('7.3', '持续清洁生产计划'),
    ],
  },
  { id: '8', title: '结论', sections: [s('8.1', '审核结论')] },
];

export const SECTION_IDS: readonly string[] = REPORT_OUTLINE.flatMap(
  (chapter) => chapter.sections.map((section) => section.id),
);

export function sectionTitle(id: string): string {
  for (const chapter of REPORT_OUTLINE) {
    const section = chapter.sections.find((entry) => entry.id === id);
    if (section) return section.title;
  }
  return id;
}
