import type {
  BalanceStream,
  BalanceStudy,
  UnitOperation,
} from '../model/balance';
import type { WasteCause } from '../model/causes';
import { demoId, demoRows } from './common';

// Stage 3 of the demo audit, on the chosen focus (图形电镀/蚀刻线): its unit
// operations, a plant water balance whose error sits just under the 5 %
// tolerance, a copper balance over the focus, and the causes of its wastes.

export function demoUnitOperations(): UnitOperation[] {
  return demoRows('unitOperations', 'unit-op', [
    {
      name: '前处理',
      function: '除油、微蚀，去除板面油污和氧化层',
      inputs: '板件、酸性除油剂、微蚀液(硫酸/过硫酸钠)、自来水',
      outputs: '待镀板件、含铜清洗废水、废微蚀液',
    },
    {
      name: '图形电镀',
      function: '在线路图形上加厚镀铜并镀锡作抗蚀层',
      inputs: '板件、磷铜阳极球、硫酸铜镀液、锡阳极、电',
      outputs: '镀后板件、含铜清洗废水、硫酸雾、废滤芯',
    },
    {
      name: '退膜',
      function: '用碱液去除干膜，露出待蚀刻的铜面',
      inputs: '板件、氢氧化钠溶液、自来水',
      outputs: '退膜后板件、高浓度有机废水、膜渣',
    },
    {
      name: '碱性蚀刻及退锡',
      function: '蚀去非线路铜层，再退去锡层形成线路',
      inputs: '板件、碱性蚀刻液(氯化铜氨)、退锡液、自来水',
      outputs: '成品线路板件、废碱性蚀刻液、含铜含氨废水、氨气',
    },
  ]);
}

const WATER_STUDY_ID = demoId('balance', 1);
const COPPER_STUDY_ID = demoId('balance', 2);

export function demoBalanceStudies(): BalanceStudy[] {
  return demoRows('balanceStudies', 'balance', [
    {
      type: 'water',
      name: '全厂水平衡',
      boundary: '全厂(生产车间、公用工程、生活设施)',
      period: '2025-11-10 至 2025-11-12 实测，折算为日均',
      cyclesMeasured: 3,
      tolerancePercent: 5,
    },
    {
      type: 'element',
      name: '图形电镀/蚀刻线铜元素平衡',
      boundary: '图形电镀线、退膜线、碱性蚀刻线',
      period: '2025 年全年',
      cyclesMeasured: 3,
      tolerancePercent: 5,
    },
  ]);
}

type StreamFields = Pick<
  BalanceStream,
  'name' | 'direction' | 'category' | 'quantity' | 'basis' | 'source'
>;

function streamsOf(
  studyId: string,
  component: string,
  unit: string,
  rows: readonly (readonly [...Parameters<typeof fields>])[],
) {
  return rows.map((row) => ({ studyId, component, unit, ...fields(...row) }));
}

function fields(
  name: string,
  direction: StreamFields['direction'],
  category: StreamFields['category'],
  quantity: number,
  basis: StreamFields['basis'],
  source: string,
): StreamFields {
  return { name, direction, category, quantity, basis, source };
}

// Water, in t/d: 1,660 in against 1,582 out, an error of 4.7 %.
// prettier-ignore
const WATER_STREAMS = streamsOf(WATER_STUDY_ID, '水', 't', [
  ['市政自来水', 'in', 'input', 1_660, 'measured', '总水表读数'],
  ['综合废水达标排放', 'out', 'waste', 964, 'measured', '在线流量计'],
  ['冷却塔蒸发及飘散', 'out', 'loss', 410, 'estimated', '按循环量估算'],
  ['生活污水排入管网', 'out', 'waste', 180, 'estimated', '按用水定额估算'],
  ['污泥及产品带走水分', 'out', 'loss', 28, 'estimated', '按含水率估算'],
]);

// Copper, in t/a: 396.8 in against 393.0 out, an error of 1.0 %.
// prettier-ignore
const COPPER_STREAMS = streamsOf(COPPER_STUDY_ID, 'Cu', 't', [
  ['板件带入铜', 'in', 'input', 185, 'estimated', '按覆铜板规格计算'],
  ['磷铜阳极球', 'in', 'input', 211.8, 'measured', '领料，含铜 99.9%'],
  ['成品板带出铜', 'out', 'product', 205.6, 'estimated', '按铜厚计算'],
  ['废蚀刻液带出铜', 'out', 'by-product', 158.4, 'measured', '回收方检测'],
  ['含铜污泥带出铜', 'out', 'waste', 28.9, 'measured', '污泥含铜 2.45%'],
  ['废水排放带出铜', 'out', 'waste', 0.067, 'measured', '浓度 × 水量'],
]);

export function demoBalanceStreams(): BalanceStream[] {
  return demoRows('balanceStreams', 'stream', [
    ...WATER_STREAMS,
    ...COPPER_STREAMS,
  ]);
}

export function demoWasteCauses(): WasteCause[] {
  return demoRows('wasteCauses', 'cause', [
    {
      wasteOrLocation: '含铜清洗废水 / 图形电镀线水洗槽',
      description: '水洗为单级溢流，逆流漂洗级数不足，清洗用水量大',
      aspects: ['A2', 'A3'],
    },
    {
      wasteOrLocation: '含铜清洗废水 / 镀铜槽出槽',
      description: '板件出槽滴液时间不足，带出液多，增加清洗负荷',
      aspects: ['A4', 'A8'],
    },
    {
      wasteOrLocation: '废碱性蚀刻液 / 蚀刻线',
      description: '蚀刻液比重靠人工测定补加，控制波动大，子液提前排放',
      aspects: ['A4', 'A7'],
    },
    {
      wasteOrLocation: '含铜污泥 / 废水处理站',
      description: '板框压滤后污泥含水率约 70%，未设干化，危废量偏大',
      aspects: ['A3', 'A6'],
    },
    {
      wasteOrLocation: '硫酸雾 / 电镀线槽边',
      description: '部分槽边抽风罩破损，收集效率低，车间无组织排放',
      aspects: ['A3', 'A7'],
    },
    {
      wasteOrLocation: '新鲜水 / 全厂',
      description: '各工序未设分表计量，跑冒滴漏不能及时发现',
      aspects: ['A7', 'A4'],
    },
    {
      wasteOrLocation: 'VOCs / 阻焊印刷',
      description: '使用溶剂型阻焊油墨，烘烤时挥发性有机物产生量大',
      aspects: ['A1'],
    },
    {
      wasteOrLocation: '电耗 / 空压系统',
      description: '备用活塞式空压机老旧，管网泄漏点多，加载率低',
      aspects: ['A3', 'A7'],
    },
  ]);
}
