import type { StageStep, StepStatus } from '../model/stage-step';
import {
  workPlanTemplate,
  type TeamMember,
  type TrainingEvent,
  type WorkPlanItem,
} from '../model/team';
import type { StageCode } from '../reference/stages';
import { stepsForProcedure, type StepCode } from '../reference/steps';
import { demoRows } from './common';

// Stage 1 of the demo audit: the procedure as tracked so far, the audit team,
// the work plan and the kick-off training. People are placeholders (张三,
// 李四 …); the consultant is the demo audit's lead auditor.

// Planned windows per stage, inside the 12 months Guangdong allows after the
// list was published on 2026-03-16.
const STAGE_WINDOWS: Readonly<Record<StageCode, readonly [string, string]>> = {
  1: ['2026-04-01', '2026-04-30'],
  2: ['2026-05-01', '2026-06-30'],
  3: ['2026-07-01', '2026-08-15'],
  4: ['2026-08-16', '2026-09-30'],
  5: ['2026-10-01', '2026-10-31'],
  6: ['2026-11-01', '2027-01-31'],
  7: ['2027-02-01', '2027-02-28'],
};

// The audit stands in stage 3: the focus is chosen and the balances built.
function statusOf(code: StepCode): StepStatus {
  if (code <= 9) return 'done';
  if (code <= 14) return 'in-progress';
  return 'not-started';
}

export function demoStageSteps(): StageStep[] {
  return demoRows(
    'stageSteps',
    'step',
    stepsForProcedure('full').map((step) => {
      const [start, end] = STAGE_WINDOWS[step.stage];
      const status = statusOf(step.code);
      return {
        stepCode: step.code,
        stageCode: step.stage,
        status,
        plannedStart: start,
        plannedEnd: end,
        actualStart: status === 'not-started' ? null : start,
        actualEnd: status === 'done' ? end : null,
        responsible: step.stage === 1 ? '张三' : '孙八',
      };
    }),
  );
}

const LEADERSHIP_DUTIES = '审批审核计划和方案投资，协调各部门资源';

export function demoTeamMembers(): TeamMember[] {
  return demoRows('teamMembers', 'team', [
    {
      group: 'leadership',
      name: '张三',
      teamRole: '组长',
      departmentAndPost: '总经理',
      title: '高级工程师',
      discipline: '电子工程',
      duties: `全面领导清洁生产审核工作；${LEADERSHIP_DUTIES}`,
      plannedTime: '全程',
      phone: '0769-0000 0101',
    },
    {
      group: 'leadership',
      name: '李四',
      teamRole: '副组长',
      departmentAndPost: '生产副总经理',
      title: '工程师',
      discipline: '化学工程',
      duties: LEADERSHIP_DUTIES,
      plannedTime: '全程',
      phone: '0769-0000 0102',
    },
    {
      group: 'leadership',
      name: '王五',
      teamRole: '成员',
      departmentAndPost: '财务部经理',
      title: '会计师',
      discipline: '财务管理',
      duties: '审核方案投资和经济效益核算',
      plannedTime: '每月 2 天',
      phone: '0769-0000 0103',
    },
    {
      group: 'working',
      name: '赵六',
      teamRole: '组长',
      departmentAndPost: 'EHS 部经理',
      title: '工程师',
      discipline: '环境工程',
      duties: '组织日常审核工作，汇总数据，编写审核报告',
      plannedTime: '全程',
      phone: '0769-0000 0104',
    },
    {
      group: 'working',
      name: '钱七',
      teamRole: '副组长',
      departmentAndPost: '生产部经理',
      title: '工程师',
      discipline: '应用化学',
      duties: '组织现场考察和物料实测，落实无/低费方案',
      plannedTime: '每周 2 天',
      phone: '0769-0000 0105',
    },
    {
      group: 'working',
      name: '孙八',
      teamRole: '成员',
      departmentAndPost: '设备动力部主管',
      title: '助理工程师',
      discipline: '机电一体化',
      duties: '统计设备和能源数据，负责能耗及水平衡测试',
      plannedTime: '每周 2 天',
      phone: '0769-0000 0106',
    },
    {
      group: 'working',
      name: '周九',
      teamRole: '成员',
      departmentAndPost: '品质部工程师',
      title: '工程师',
      discipline: '分析化学',
      duties: '负责槽液、废水取样分析和数据校核',
      plannedTime: '每周 1 天',
      phone: '0769-0000 0107',
    },
    {
      group: 'working',
      name: '陈立新',
      teamRole: '技术顾问',
      departmentAndPost: '广州绿源清洁生产技术服务有限公司',
      title: '高级工程师',
      discipline: '环境科学',
      duties: '提供审核方法指导、培训和报告技术把关',
      plannedTime: '按计划驻厂',
      phone: '020-0000 0108',
    },
  ]);
}

// Tasks and deadline of the nine rows of WS 1-2; the stage labels and
// outputs are those the seeded template gives.
const PLAN_ROWS: readonly Pick<WorkPlanItem, 'tasks' | 'deadline'>[] = [
  {
    tasks: '取得领导支持，组建审核小组，制定计划，宣传培训',
    deadline: '2026-04-30',
  },
  {
    tasks: '现状调研、现场考察、对标评价，确定审核重点和目标',
    deadline: '2026-06-30',
  },
  {
    tasks: '实测审核重点物流，建立水平衡和铜平衡，分析废弃物成因',
    deadline: '2026-08-15',
  },
  {
    tasks: '征集、汇总和筛选方案，实施无/低费方案',
    deadline: '2026-09-15',
  },
  { tasks: '编写中期审核报告', deadline: '2026-09-30' },
  { tasks: '中/高费方案技术、环境、经济评估', deadline: '2026-10-31' },
  { tasks: '组织实施推荐方案，核定实施效果', deadline: '2027-01-31' },
  { tasks: '完善清洁生产组织和制度，制定持续计划', deadline: '2027-02-15' },
  { tasks: '编写清洁生产审核报告并申请评估', deadline: '2027-02-28' },
];

export function demoWorkPlanItems(): WorkPlanItem[] {
  return demoRows(
    'workPlanItems',
    'plan',
    workPlanTemplate('full').map((template, i) => ({
      ...template,
      ...PLAN_ROWS[i],
      responsible: 'EHS 部 赵六',
      checker: '总经理办公室 张三',
    })),
  );
}

export function demoTrainingEvents(): TrainingEvent[] {
  return demoRows('trainingEvents', 'training', [
    {
      date: '2026-04-10',
      topic: '清洁生产审核启动会暨管理层动员',
      audience: '公司管理层及各部门负责人',
      headcount: 32,
      trainer: '陈立新',
      notes: '总经理宣读开展强制性清洁生产审核的决定',
    },
    {
      date: '2026-04-17',
      topic: '清洁生产基础知识与审核程序培训',
      audience: '各部门主管及班组长',
      headcount: 85,
      trainer: '陈立新',
      notes: '发放员工合理化建议表，收集清洁生产建议',
    },
    {
      date: '2026-04-24',
      topic: '图形电镀与蚀刻线节水减污操作培训',
      audience: '电镀车间操作员工',
      headcount: 46,
      trainer: '钱七',
      notes: '',
    },
  ]);
}
