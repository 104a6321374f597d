import type { ConsumptionItem, Equipment, Product } from '../model/baseline';
import type { EnvFacility, WasteStream } from '../model/emissions';
import { demoId, demoRows, years } from './common';

// Stage 2 desk survey of the demo audit: 2023–2025 history of a PCB maker
// growing to 62万 m² a year. The figures are invented but keep the ratios
// of the trade (about 30 kWh and 0.9 t of fresh water per m² of board).

const MULTILAYER_ID = demoId('product', 2);

export function demoProducts(): Product[] {
  return demoRows('products', 'product', [
    {
      name: '双面板',
      unit: 'm²',
      outputByYear: years(260_000, 252_000, 246_000),
      outputValueWanYuanByYear: years(11_440, 11_214, 11_070),
      capacityPerYear: 300_000,
    },
    {
      name: '多层板',
      unit: 'm²',
      outputByYear: years(305_000, 338_000, 374_000),
      outputValueWanYuanByYear: years(32_940, 36_842, 40_930),
      capacityPerYear: 400_000,
    },
  ]);
}

export function demoConsumptionItems(): ConsumptionItem[] {
  return demoRows('consumptionItems', 'consumption', [
    {
      category: 'raw',
      name: '覆铜板',
      unit: 'm²',
      quantityByYear: years(790_000, 826_000, 868_000),
    },
    {
      category: 'raw',
      name: '铜箔',
      unit: 't',
      quantityByYear: years(138, 152, 168),
      productId: MULTILAYER_ID,
    },
    {
      category: 'auxiliary',
      name: '磷铜阳极球',
      unit: 't',
      quantityByYear: years(196, 204, 212),
    },
    {
      category: 'auxiliary',
      name: '碱性蚀刻液',
      unit: 't',
      quantityByYear: years(1_380, 1_420, 1_460),
      hazardous: true,
    },
    {
      category: 'auxiliary',
      name: '干膜',
      unit: 'm²',
      quantityByYear: years(1_380_000, 1_430_000, 1_490_000),
    },
    {
      category: 'auxiliary',
      name: '硫酸(50%)',
      unit: 't',
      quantityByYear: years(505, 522, 540),
      hazardous: true,
    },
    {
      category: 'auxiliary',
      name: '硫酸镍',
      unit: 't',
      quantityByYear: years(17.2, 17.9, 18.6),
      hazardous: true,
    },
    {
      category: 'energy',
      name: '电力',
      unit: '万kWh',
      energyCarrierKey: 'electricity',
      quantityByYear: years(1_712, 1_790, 1_850),
      // Illustrative benchmarks, kWh per m² of board.
      benchmarkDomesticAdvanced: 30,
      benchmarkInternationalAdvanced: 22,
    },
    {
      category: 'energy',
      name: '天然气(导热油炉)',
      unit: 'm3',
      energyCarrierKey: 'naturalGas',
      quantityByYear: years(398_000, 410_000, 420_000),
    },
    {
      category: 'energy',
      name: '蒸汽(园区集中供热)',
      unit: 't',
      energyCarrierKey: 'steam',
      quantityByYear: years(9_100, 9_350, 9_600),
    },
    {
      category: 'water',
      name: '新鲜水(市政自来水)',
      unit: 't',
      energyCarrierKey: 'freshWater',
      quantityByYear: years(512_000, 531_000, 548_000),
      // Illustrative benchmarks, t per m² of board.
      benchmarkDomesticAdvanced: 0.9,
      benchmarkInternationalAdvanced: 0.5,
    },
  ]);
}

type EquipmentRow = readonly [
  string,
  string,
  number,
  number,
  number,
  string,
  string,
  boolean,
];

// Name, model, kW per unit, units, year in service, process, status, and
// whether it is on a phase-out list: the 2009 piston compressor is the kind
// of outdated motor-driven equipment the national catalogues list.
// prettier-ignore
const EQUIPMENT_ROWS: readonly EquipmentRow[] = [
  ['垂直连续电镀线', 'YQ-VCP2200', 185, 2, 2019, '图形电镀', '正常使用', false],
  ['碱性蚀刻线', 'YQ-AE1600', 96, 3, 2017, '外层蚀刻', '正常使用', false],
  ['真空压合机', 'YQ-VLP8', 220, 2, 2018, '压合', '正常使用', false],
  ['数控钻孔机', 'YQ-CND6', 18, 40, 2016, '钻孔', '正常使用', false],
  ['螺杆式冷水机组', 'YQ-WCC800', 280, 2, 2015, '公用工程', '正常使用', false],
  ['活塞式空压机', 'YQ-LG20', 132, 1, 2009, '公用工程', '备用', true],
];

export function demoEquipment(): Equipment[] {
  return demoRows(
    'equipment',
    'equipment',
    EQUIPMENT_ROWS.map(
      ([name, model, powerKw, quantity, year, process, status, phaseOut]) => ({
        name,
        model,
        powerKw,
        quantity,
        year,
        process,
        status,
        onPhaseOutList: phaseOut,
      }),
    ),
  );
}

const TO_WWTP = '厂内综合废水处理站处理后达标排放至园区污水处理厂';
const LICENSED_DISPOSER = '委托有危险废物经营许可证的单位处置';

// Discharge limits are those of GB 21900-2008 (table 2) for wastewater and
// acid mist and of DB44/2367-2022 for VOCs; treat them as illustrative.
export function demoWasteStreams(): WasteStream[] {
  return demoRows('wasteStreams', 'waste', [
    {
      medium: 'wastewater',
      source: '电镀、蚀刻、清洗工序',
      pollutant: '废水量',
      unit: 't',
      generatedByYear: years(418_000, 436_000, 452_000),
      dischargedByYear: years(301_000, 309_000, 318_000),
      treatment: '分质收集、化学沉淀；约 30% 经中水回用系统回用',
      destination: TO_WWTP,
    },
    {
      medium: 'wastewater',
      source: '综合废水排放口',
      pollutant: 'COD',
      unit: 't',
      generatedByYear: years(116, 119, 122),
      dischargedByYear: years(13.8, 13.3, 13.4),
      concentration: 42,
      concentrationUnit: 'mg/L',
      standardLimit: 80,
      permitTotal: 18.5,
      treatment: '混凝沉淀 + 生化处理',
      destination: TO_WWTP,
    },
    {
      medium: 'wastewater',
      source: '综合废水排放口',
      pollutant: '总铜',
      unit: 'kg',
      generatedByYear: years(9_300, 9_550, 9_800),
      dischargedByYear: years(72, 69, 67),
      concentration: 0.21,
      concentrationUnit: 'mg/L',
      standardLimit: 0.5,
      permitTotal: 95,
      treatment: '破络 + 化学沉淀',
      destination: TO_WWTP,
    },
    {
      medium: 'wastewater',
      source: '含镍废水车间排放口',
      pollutant: '总镍',
      unit: 'kg',
      generatedByYear: years(410, 425, 440),
      dischargedByYear: years(1.9, 1.8, 1.7),
      concentration: 0.08,
      concentrationUnit: 'mg/L',
      standardLimit: 0.5,
      permitTotal: 3,
      treatment: '含镍废水单独收集，化学沉淀 + 树脂吸附',
      destination: '处理后并入综合废水',
    },
    {
      medium: 'waste-gas',
      source: '电镀、微蚀槽边抽风',
      pollutant: '硫酸雾',
      unit: 't',
      generatedByYear: years(2.6, 2.7, 2.8),
      dischargedByYear: years(0.4, 0.41, 0.42),
      concentration: 1.6,
      concentrationUnit: 'mg/m³',
      standardLimit: 30,
      treatment: '碱液喷淋塔',
      destination: '25 m 排气筒排放',
    },
    {
      medium: 'waste-gas',
      source: '阻焊、文字印刷及烘烤',
      pollutant: 'VOCs',
      unit: 't',
      generatedByYear: years(13.1, 13.6, 14.2),
      dischargedByYear: years(3.9, 4, 4.1),
      concentration: 18,
      concentrationUnit: 'mg/m³',
      standardLimit: 80,
      treatment: '活性炭吸附 + 催化燃烧',
      destination: '30 m 排气筒排放',
    },
    {
      medium: 'hazardous',
      source: '废水处理站压滤',
      pollutant: '含铜污泥',
      unit: 't',
      generatedByYear: years(1_060, 1_120, 1_180),
      dischargedByYear: years(0, 0, 0),
      treatment: '板框压滤，含水率约 70%',
      destination: LICENSED_DISPOSER,
      hwCode: 'HW22',
    },
    {
      medium: 'hazardous',
      source: '碱性蚀刻线',
      pollutant: '废碱性蚀刻液',
      unit: 't',
      generatedByYear: years(1_345, 1_385, 1_420),
      dischargedByYear: years(0, 0, 0),
      treatment: '密闭储罐暂存',
      destination: '交由持证单位回收铜',
      hwCode: 'HW22',
    },
    {
      medium: 'hazardous',
      source: '仓库、废气处理设施',
      pollutant: '废包装桶、废活性炭',
      unit: 't',
      generatedByYear: years(31, 33, 36),
      dischargedByYear: years(0, 0, 0),
      destination: LICENSED_DISPOSER,
      hwCode: 'HW49',
    },
    {
      medium: 'noise',
      source: '空压机房、冷却塔',
      pollutant: '厂界噪声(昼间)',
      concentration: 61,
      concentrationUnit: 'dB(A)',
      standardLimit: 65,
      treatment: '隔声罩、减振基础',
    },
  ]);
}

type FacilityRow = readonly [
  string,
  number,
  number,
  number,
  number,
  string,
  number,
  number,
];

// Name, year built, investment 万元, design and actual capacity, the unit of
// both, efficiency %, running cost 万元/a.
// prettier-ignore
const FACILITY_ROWS: readonly FacilityRow[] = [
  ['综合废水处理站', 2012, 1_850, 1_800, 1_370, 't/d', 95, 620],
  ['含镍废水预处理系统', 2016, 260, 120, 70, 't/d', 99.5, 48],
  ['中水回用系统(超滤 + 反渗透)', 2020, 560, 600, 420, 't/d', 65, 88],
  ['酸雾碱液喷淋塔', 2014, 120, 60_000, 48_000, 'm³/h', 85, 36],
  ['有机废气吸附 + 催化燃烧装置', 2021, 380, 40_000, 32_000, 'm³/h', 71, 65],
];

export function demoEnvFacilities(): EnvFacility[] {
  return demoRows(
    'envFacilities',
    'facility',
    FACILITY_ROWS.map(
      ([name, yearBuilt, investment, design, actual, unit, eff, cost]) => ({
        name,
        yearBuilt,
        investmentWanYuan: investment,
        designCapacity: design,
        actualCapacity: actual,
        capacityUnit: unit,
        efficiencyPercent: eff,
        runningCostWanYuanPerYear: cost,
      }),
    ),
  );
}
