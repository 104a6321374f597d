import type { TechnologyEntry } from './entry';

/** Options for any industry on inputs, process, equipment and control. */
export const generalTechnicalTechnologies = [
  {
    id: 'general-coal-boiler-to-gas',
    industry: 'general',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['rawCoal', 'naturalGas', 'so2', 'nox', 'particulates', 'co2'],
    name: {
      zh: '燃煤锅炉改用天然气',
      en: 'Convert coal-fired boiler to natural gas',
    },
    description: {
      zh: '燃煤锅炉热效率偏低且排放二氧化硫和烟尘，改造或更换为燃气锅炉，从燃料端消除这些排放。',
      en: 'A coal-fired boiler wastes fuel and emits SO2 and dust, so it is converted or replaced by a gas-fired unit that removes these emissions at the fuel.',
    },
  },
  {
    id: 'general-low-voc-materials',
    industry: 'general',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '低VOCs涂料油墨替代',
      en: 'Switch to low-VOC coatings and inks',
    },
    description: {
      zh: '溶剂型涂料、油墨和胶粘剂在使用中挥发大量有机物，改用水性、高固体分或紫外光固化产品以降低VOCs产生量。',
      en: 'Solvent-borne coatings, inks and adhesives release most of their solvent on use, so they are replaced by waterborne, high-solids or UV-curing grades.',
    },
  },
  {
    id: 'general-water-based-cleaner',
    industry: 'general',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '水基清洗剂替代有机溶剂',
      en: 'Water-based cleaners instead of solvents',
    },
    description: {
      zh: '用天那水、洗板水等溶剂擦洗设备和工件会逸散VOCs并产生废溶剂，改用水基或半水基清洗剂。',
      en: 'Wiping parts and machines with thinners emits VOCs and leaves spent solvent, which a water-based or semi-aqueous cleaner avoids.',
    },
  },
  {
    id: 'general-rooftop-solar',
    industry: 'general',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: { zh: '屋顶分布式光伏发电', en: 'Rooftop solar power' },
    description: {
      zh: '厂房屋顶闲置而外购电量大，建设分布式光伏系统自发自用，以可再生电力替代部分电网用电。',
      en: 'Idle factory roofs carry a distributed solar array whose output is used on site, replacing part of the grid supply.',
    },
  },
  {
    id: 'general-counter-current-rinse',
    industry: 'general',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['water', 'wastewater'],
    name: {
      zh: '单级漂洗改多级逆流漂洗',
      en: 'Multi-stage counter-current rinsing',
    },
    description: {
      zh: '单槽溢流漂洗用水量大，改为两级以上逆流漂洗，新水只进入末级，在清洗质量不变的前提下减少新鲜水用量。',
      en: 'Single-tank overflow rinsing uses much water, so rinses are cascaded counter-current with fresh water fed only to the last tank.',
    },
  },
  {
    id: 'general-compressor-heat-recovery',
    industry: 'general',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['electricity', 'naturalGas', 'co2'],
    name: { zh: '空压机余热回收', en: 'Air-compressor heat recovery' },
    description: {
      zh: '螺杆空压机运行热量经冷却系统白白排放，加装余热回收装置制取热水供宿舍或工艺使用，替代电或燃气加热。',
      en: 'Screw compressors dump their heat through the coolers; a recovery unit turns it into hot water for dormitories or processes instead of electric or gas heating.',
    },
  },
  {
    id: 'general-flue-gas-heat-recovery',
    industry: 'general',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'rawCoal', 'co2'],
    name: { zh: '锅炉烟气余热回收', en: 'Boiler flue-gas heat recovery' },
    description: {
      zh: '锅炉排烟温度高造成热损失，加装节能器或冷凝换热器预热给水或助燃空气，降低燃料消耗。',
      en: 'Hot boiler exhaust carries heat away, so an economiser or condensing exchanger preheats feed water or combustion air and cuts fuel use.',
    },
  },
  {
    id: 'general-electrostatic-spraying',
    industry: 'general',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '空气喷涂改静电喷涂',
      en: 'Electrostatic instead of air spraying',
    },
    description: {
      zh: '空气喷枪涂料利用率低，过喷形成大量漆渣和废气，改用静电或高压无气喷涂提高上漆率。',
      en: 'Conventional air guns lose much paint as overspray, sludge and fumes, so electrostatic or airless guns are used to raise transfer efficiency.',
    },
  },
  {
    id: 'general-variable-frequency-drives',
    industry: 'general',
    aspect: 'A3',
    costGroup: 'noLow',
    parameters: ['electricity'],
    name: {
      zh: '风机水泵变频改造',
      en: 'Variable-frequency drives on fans and pumps',
    },
    description: {
      zh: '风机、水泵长期靠阀门或挡板节流调节，电能浪费在节流上，加装变频器按实际负荷调速。',
      en: 'Fans and pumps throttled by valves or dampers waste power, so variable-frequency drives match their speed to the actual load.',
    },
  },
  {
    id: 'general-high-efficiency-motors',
    industry: 'general',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '淘汰低效电机更换高效电机',
      en: 'Replace inefficient motors with high-efficiency ones',
    },
    description: {
      zh: '在用电机中有列入淘汰目录或效率等级偏低的型号，分批更换为IE3及以上能效的电机。',
      en: 'Motors on the phase-out list or of low efficiency class are replaced in batches by IE3 or better units.',
    },
  },
  {
    id: 'general-led-lighting',
    industry: 'general',
    aspect: 'A3',
    costGroup: 'noLow',
    parameters: ['electricity'],
    name: { zh: 'LED照明改造', en: 'LED lighting retrofit' },
    description: {
      zh: '车间、仓库和办公区仍使用荧光灯、金卤灯等高耗能灯具，更换为LED灯具并按区域分路控制。',
      en: 'Fluorescent and metal-halide fittings in workshops, stores and offices are replaced by LED fittings switched by zone.',
    },
  },
  {
    id: 'general-vsd-air-compressor',
    industry: 'general',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '永磁变频空压机替换',
      en: 'Permanent-magnet variable-speed air compressor',
    },
    description: {
      zh: '工频空压机频繁加卸载，空载耗电高，更换为永磁变频螺杆空压机按用气量调节排气量。',
      en: 'Fixed-speed compressors waste power cycling between load and idle, so a permanent-magnet variable-speed unit follows the air demand.',
    },
  },
  {
    id: 'general-steam-system-repair',
    industry: 'general',
    aspect: 'A3',
    costGroup: 'noLow',
    parameters: ['steam', 'water'],
    name: {
      zh: '蒸汽管道保温及疏水阀修复',
      en: 'Steam-line insulation and trap repair',
    },
    description: {
      zh: '蒸汽管道、阀门保温破损以及疏水阀失效导致散热和漏汽，修补保温并检修更换疏水阀。',
      en: 'Damaged lagging and failed steam traps lose heat and live steam, so insulation is restored and faulty traps are repaired or replaced.',
    },
  },
  {
    id: 'general-compressed-air-leak-repair',
    industry: 'general',
    aspect: 'A3',
    costGroup: 'noLow',
    parameters: ['electricity'],
    name: {
      zh: '压缩空气管网查漏堵漏',
      en: 'Compressed-air leak detection and repair',
    },
    description: {
      zh: '压缩空气管网接头、软管和气动元件泄漏使空压机多耗电，定期用超声波检漏仪查漏并修复。',
      en: 'Leaking joints, hoses and pneumatic parts make the compressors run longer, so the network is surveyed with an ultrasonic detector and repaired.',
    },
  },
  {
    id: 'general-metering-completion',
    industry: 'general',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['electricity', 'water', 'steam', 'naturalGas', 'co2'],
    name: {
      zh: '完善水电气三级计量',
      en: 'Complete three-level metering of utilities',
    },
    description: {
      zh: '车间和主要设备缺少分项计量，无法发现异常消耗，按厂、车间、重点设备三级配齐水、电、汽、气计量器具。',
      en: 'Without sub-metering, abnormal use goes unnoticed, so water, power, steam and gas meters are fitted at site, workshop and major-equipment level.',
    },
  },
  {
    id: 'general-automatic-dosing',
    industry: 'general',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['cod', 'hazardousWaste'],
    name: {
      zh: '废水处理加药自动控制',
      en: 'Automatic dosing in wastewater treatment',
    },
    description: {
      zh: '废水站凭经验人工加药，药剂过量使污泥增多、出水波动，改为按pH、ORP在线信号自动加药。',
      en: 'Manual dosing by rule of thumb overdoses chemicals and swells the sludge, so dosing pumps are driven by on-line pH and ORP signals.',
    },
  },
  {
    id: 'general-compressed-air-pressure',
    industry: 'general',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['electricity'],
    name: {
      zh: '空压机联控与供气压力优化',
      en: 'Compressor sequencing and lower supply pressure',
    },
    description: {
      zh: '多台空压机各自运行且供气压力设定偏高，加装联控系统并按末端需求调低出口压力。',
      en: 'Several compressors run independently at a higher pressure than users need, so a sequencer controls them and the set pressure is lowered.',
    },
  },
  {
    id: 'general-cooling-water-cycles',
    industry: 'general',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['water', 'wastewater'],
    name: {
      zh: '循环冷却水浓缩倍数控制',
      en: 'Higher cycles of concentration in cooling water',
    },
    description: {
      zh: '冷却塔排污量大、补水多，通过在线电导率监控和水质稳定剂投加提高浓缩倍数，减少排污和补水。',
      en: 'Cooling towers blow down too much, so conductivity-controlled bleed and treatment chemicals raise the cycles of concentration and cut make-up water.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
