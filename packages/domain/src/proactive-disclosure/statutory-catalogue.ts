/**
 * The default disclosure catalogue (公开目录) of a township: the 15 items every agency must publish
 * proactively (《政府信息公开条例》第二十条) and the eight township items (第二十一条), each with its
 * 五公开 category (决策、执行、管理、服务、结果公开, 国办发〔2016〕8号 / 国办发〔2019〕54号) and its
 * time limit: 20 working days from formation or change (第二十六条) unless the township's own
 * catalogue sets another (rules.md §1c: local catalogues set e.g. 3 working days for documents).
 */
export const DISCLOSURE_CATEGORIES = {
  decision: { zh: '决策公开', en: 'Decision-making' },
  execution: { zh: '执行公开', en: 'Execution' },
  management: { zh: '管理公开', en: 'Management' },
  service: { zh: '服务公开', en: 'Services' },
  result: { zh: '结果公开', en: 'Results' },
} as const;
export type DisclosureCategory = keyof typeof DISCLOSURE_CATEGORIES;
export const DISCLOSURE_CATEGORY_CODES = Object.keys(DISCLOSURE_CATEGORIES) as DisclosureCategory[];

/** 《政府信息公开条例》第二十六条: 20 working days from the day the information is formed or changed. */
export const DEFAULT_TIME_LIMIT_WORKING_DAYS = 20;

export interface StatutoryCatalogItem {
  /** Stable code of the statutory item, e.g. 'art20-05'. */
  code: string;
  titleZh: string;
  titleEn: string;
  category: DisclosureCategory;
  legalBasis: string;
  timeLimitDays: number;
}

const A20 = '《政府信息公开条例》第二十条第';
const A21 = '《政府信息公开条例》第二十一条第';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const ART20: [string, string, DisclosureCategory][] = [
  ['行政法规、规章和规范性文件', 'Regulations, rules and normative documents', 'decision'],
  [
    '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
    'Functions, structure, address, hours, contacts and leaders',
    'management',
  ],
  ['国民经济和社会发展规划、专项规划、区域规划及相关政策', 'Development plans and related policies', 'decision'],
  ['国民经济和社会发展统计信息', 'Statistics', 'result'],
  [
    '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
    'Licensing and other services: basis, conditions, procedure, results',
    'service',
  ],
  [
    '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
    'Penalties and coercive measures: basis, conditions, procedure; notable decisions',
    'management',
  ],
  ['财政预算、决算信息', 'Budgets and final accounts', 'management'],
  ['行政事业性收费项目及其依据、标准', 'Administrative fees, basis and rates', 'management'],
  ['政府集中采购项目的目录、标准及实施情况', 'Centralised procurement: catalogue, standards, execution', 'execution'],
  ['重大建设项目的批准和实施情况', 'Major construction projects: approval and progress', 'execution'],
  [
    '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
    'Poverty relief, education, health, social security, employment',
    'execution',
  ],
  ['突发公共事件的应急预案、预警信息及应对情况', 'Emergency plans, warnings and responses', 'execution'],
  [
    '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
    'Inspections: environment, public health, work safety, food and drugs, product quality',
    'result',
  ],
  ['公务员招考的职位、名额、报考条件等事项以及录用结果', 'Civil-service recruitment and results', 'result'],
  ['法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息', 'Other information required by law to be published', 'management'],
];

const ART21: [string, string, DisclosureCategory][] = [
  ['贯彻落实农业农村政策的情况', 'Implementation of agricultural and rural policies', 'execution'],
  ['农田水利工程建设运营的情况', 'Farmland water-conservancy projects', 'execution'],
  ['农村土地承包经营权流转的情况', 'Transfers of rural land contract rights', 'management'],
  ['宅基地使用情况审核', 'Review of homestead use', 'management'],
  ['土地征收', 'Land expropriation', 'execution'],
  ['房屋征收', 'House expropriation', 'execution'],
  ['筹资筹劳', 'Collective fund- and labour-raising', 'management'],
  ['社会救助', 'Social assistance', 'service'],
];

export const STATUTORY_CATALOG: readonly StatutoryCatalogItem[] = [
  ...ART20.map(([titleZh, titleEn, category], i): StatutoryCatalogItem => ({
    code: `art20-${String(i + 1).padStart(2, '0')}`,
    titleZh,
    titleEn,
    category,
    legalBasis: `${A20}（${CN[i]}）项`,
    timeLimitDays: DEFAULT_TIME_LIMIT_WORKING_DAYS,
  })),
  ...ART21.map(([titleZh, titleEn, category], i): StatutoryCatalogItem => ({
    code: `art21-${String(i + 1).padStart(2, '0')}`,
    titleZh,
    titleEn,
    category,
    legalBasis: `${A21}（${CN[i]}）项`,
    timeLimitDays: DEFAULT_TIME_LIMIT_WORKING_DAYS,
  })),
];
