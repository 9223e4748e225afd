/**
 * The dictionaries (字典) and their built-in entries: the lists records pick from, which a township
 * administrator may relabel, reorder, deactivate and extend. Each township gets its own copy when it
 * is created. A built-in entry's `code` never changes, so records and reports keep their meaning;
 * code branches on enums, never on a label, and on a dictionary code only where noted.
 */
export interface DictionaryDefaultEntry {
  code: string;
  zh: string;
  en: string;
}

export interface DictionaryDefinition {
  zh: string;
  en: string;
  entries: readonly DictionaryDefaultEntry[];
  /**
   * Set while the module that records pick this list for is not built yet (README "What is coming"):
   * its entries are seeded so the module starts with them, but pages do not offer the dictionary.
   */
  comingModule?: { zh: string; en: string };
}

const e = (code: string, zh: string, en: string): DictionaryDefaultEntry => ({ code, zh, en });

export const DICTIONARIES = {
  // Law study (glossary `studySession`): the forms of collective study the township report names.
  activityKind: {
    zh: '学法活动类型',
    en: 'Study session kind',
    entries: [
      e('theoryCenterGroup', '理论学习中心组学法', 'Theory study centre group'),
      e('collective', '集体学法', 'Collective study'),
      e('preMeeting', '会前学法', 'Study before a meeting'),
      e('lecture', '专题讲座', 'Lecture'),
      e('trainingClass', '法治培训班', 'Rule-of-law training class'),
      // At least one a year for leaders (product.md "its cadres study law").
      e('leaderTrainingClass', '领导干部法治专题培训班', 'Rule-of-law training class for leaders'),
    ],
  },
  // Legal publicity: 法律进机关、乡村、社区、学校、企业、单位 (glossary `venueType`).
  venueType: {
    zh: '普法场所类型',
    en: 'Venue type',
    entries: [
      e('agency', '机关', 'Government agency'),
      e('village', '乡村', 'Village'),
      e('community', '社区', 'Community'),
      e('school', '学校', 'School'),
      e('enterprise', '企业', 'Enterprise'),
      e('unit', '单位', 'Other unit'),
    ],
  },
  // Glossary `channel`.
  channel: {
    zh: '宣传渠道',
    en: 'Publicity channel',
    entries: [
      e('broadcast', '广播', 'Broadcast'),
      e('led', 'LED 显示屏', 'LED screen'),
      e('online', '网络（微信、短视频等）', 'Online'),
      e('onsite', '现场宣讲（咨询）', 'On-site talk or advice desk'),
      e('print', '横幅、展板、宣传资料', 'Banners, boards and leaflets'),
    ],
  },
  // Glossary `campaign`: the themed periods of the national publicity calendar.
  campaignTheme: {
    zh: '普法主题活动',
    en: 'Campaign theme',
    entries: [
      e('constitutionWeek', '宪法宣传周（12月4日）', 'Constitution week (4 December)'),
      e('nationalSecurity', '全民国家安全教育日（4月15日）', 'National security education day (15 April)'),
      e('antiDrug', '禁毒宣传（国际禁毒日 6月26日）', 'Anti-drug (26 June)'),
      e('antiFraud', '反电信网络诈骗宣传', 'Anti-fraud'),
      e('antiGang', '常态化扫黑除恶宣传', 'Anti-gang'),
      e('safeTownship', '平安建设宣传', 'Safe township'),
      e('civilCode', '民法典宣传月（5月）', 'Civil Code month (May)'),
    ],
  },
  // Who a publicity activity reached.
  audienceType: {
    zh: '宣传对象',
    en: 'Audience',
    entries: [
      e('cadres', '机关干部', 'Cadres'),
      e('villagers', '村（居）民', 'Villagers and residents'),
      e('students', '青少年学生', 'Students'),
      e('workers', '企业职工', 'Workers'),
      e('elderly', '老年人', 'The elderly'),
      e('migrants', '外出务工及流动人员', 'Migrant workers'),
    ],
  },
  // Disputes: close to the dispute types counted in people's mediation statistics.
  disputeCategory: {
    zh: '矛盾纠纷类型',
    en: 'Dispute category',
    comingModule: { zh: '矛盾纠纷化解', en: 'Disputes' },
    entries: [
      e('marriageFamily', '婚姻家庭纠纷', 'Marriage and family'),
      e('neighbourhood', '邻里纠纷', 'Neighbourhood'),
      e('houseSite', '房屋宅基地纠纷', 'House and homestead'),
      e('land', '山林土地纠纷', 'Land and forest'),
      e('landAcquisition', '征地拆迁纠纷', 'Land acquisition and demolition'),
      e('contract', '合同纠纷', 'Contract'),
      e('businessOperation', '生产经营纠纷', 'Business operation'),
      e('damages', '损害赔偿纠纷', 'Damages'),
      e('labour', '劳动争议（劳务）纠纷', 'Labour'),
      e('trafficAccident', '道路交通事故纠纷', 'Road traffic accident'),
      e('medical', '医疗纠纷', 'Medical'),
      e('environment', '环境污染纠纷', 'Environmental pollution'),
      e('property', '物业纠纷', 'Property management'),
      e('consumer', '消费纠纷', 'Consumer'),
      e('other', '其他纠纷', 'Other'),
    ],
  },
  // Open government: where information is published (《政府信息公开条例》Art. 23–25).
  publicationChannel: {
    zh: '公开渠道',
    en: 'Publication channel',
    entries: [
      e('portal', '政府网站（政府信息公开平台）', 'Government website'),
      e('bulletinBoard', '公开栏', 'Notice board'),
      e('wechat', '政务新媒体（微信公众号等）', 'Government social media'),
      e('serviceHall', '便民服务中心', 'Service hall'),
      e('readingRoom', '政府信息查阅场所', 'Public reading room'),
      e('pressMedia', '报刊、广播、电视', 'Press, radio and TV'),
    ],
  },
  // Safety hazards: the two grades of 《安全生产事故隐患排查治理暂行规定》(原安监总局令第16号) Art. 3;
  // a major hazard must be reported upward (《安全生产法》2021 Art. 41).
  hazardLevel: {
    zh: '隐患等级',
    en: 'Hazard level',
    comingModule: { zh: '安全隐患', en: 'Safety hazards' },
    entries: [e('general', '一般隐患', 'General hazard'), e('major', '重大隐患', 'Major hazard')],
  },
  hazardCategory: {
    zh: '隐患类别',
    en: 'Hazard category',
    comingModule: { zh: '安全隐患', en: 'Safety hazards' },
    entries: [
      e('fire', '消防安全', 'Fire safety'),
      e('roadTraffic', '道路交通安全', 'Road traffic'),
      e('selfBuiltHouse', '自建房安全', 'Self-built houses'),
      e('construction', '建筑施工', 'Construction'),
      e('gas', '燃气安全', 'Gas'),
      e('hazardousChemicals', '危险化学品', 'Hazardous chemicals'),
      e('geological', '地质灾害', 'Geological hazards'),
      e('floodControl', '防汛防溺水', 'Floods and drowning'),
      e('food', '食品安全', 'Food safety'),
      e('other', '其他', 'Other'),
    ],
  },
} as const satisfies Record<string, DictionaryDefinition>;

export type DictionaryCode = keyof typeof DICTIONARIES;
export const DICTIONARY_CODES = Object.keys(DICTIONARIES) as [DictionaryCode, ...DictionaryCode[]];

export function isDictionaryCode(value: string): value is DictionaryCode {
  return Object.hasOwn(DICTIONARIES, value);
}

/** The dictionaries of modules that exist: the ones a page offers. */
export function isDictionaryInUse(code: string): boolean {
  return isDictionaryCode(code) && !(DICTIONARIES[code] as DictionaryDefinition).comingModule;
}

/** The modules not built yet whose dictionaries are seeded ahead (names, once each). */
export function comingDictionaryModules(): { zh: string; en: string }[] {
  const all = Object.values(DICTIONARIES as Record<string, DictionaryDefinition>).flatMap((d) => (d.comingModule ? [d.comingModule] : []));
  return all.filter((m, i) => all.findIndex((x) => x.zh === m.zh) === i);
}
