import type { TechnologyEntry } from './entry';

/** Wholesale (51) and retail (52): shopping centres, supermarkets, depots. */
export const commerceTechnologies = [
  {
    id: 'retail-refrigerated-case-doors',
    industry: 'commerce',
    pillarIndustry: 'other',
    aspect: 'A3',
    costGroup: 'noLow',
    parameters: ['electricity'],
    name: {
      zh: '敞开式冷柜加装柜门或夜帘',
      en: 'Doors or night blinds on open refrigerated cases',
    },
    description: {
      zh: '敞开式冷藏冷冻柜冷量持续外逸，制冷机组负荷高，加装玻璃门或夜间保温帘。',
      en: 'Open chilled and frozen cases spill cold air continuously, so glass doors or night blinds are fitted.',
    },
  },
  {
    id: 'retail-hvac-demand-control',
    industry: 'commerce',
    pillarIndustry: 'other',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['electricity'],
    name: {
      zh: '商场空调分区控制与新风按需调节',
      en: 'Zoned air-conditioning with demand-controlled fresh air',
    },
    description: {
      zh: '商场空调和新风按最大客流运行，按区域温度和二氧化碳浓度自动调节新风量和供冷量。',
      en: 'Mall air-conditioning and fresh air run for peak crowds, so zone temperature and CO₂ readings set the fresh-air and cooling supply.',
    },
  },
  {
    id: 'retail-packaging-reduction',
    industry: 'commerce',
    pillarIndustry: 'other',
    aspect: 'A5',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: {
      zh: '限制过度包装和一次性塑料袋',
      en: 'Less over-packaging and fewer plastic bags',
    },
    description: {
      zh: '商品过度包装和免费塑料袋产生大量包装废物，优先采购简易包装商品并推广可重复使用购物袋。',
      en: 'Over-packaged goods and free plastic bags create packaging waste, so buyers favour plainly packed lines and reusable bags are promoted.',
    },
  },
  {
    id: 'retail-fresh-food-loss',
    industry: 'commerce',
    pillarIndustry: 'other',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: {
      zh: '生鲜损耗与临期商品管理',
      en: 'Fresh-food loss and near-expiry management',
    },
    description: {
      zh: '生鲜和临期食品报废量大，按销售数据订货、临期商品打折促销或捐赠，剩余部分分类资源化处理。',
      en: 'Much fresh and near-expiry food is thrown away, so orders follow sales data, near-expiry items are discounted or donated and the rest is recycled.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
