import type { PublicText } from '../../platform/public-site/index.ts';

/** The public pages' strings (Chinese first; English through the site's language switch). */
export const T = {
  infoTitle: { zh: '政府信息主动公开', en: 'Published government information' },
  infoDescription: { zh: '按公开目录检索本乡镇主动公开的政府信息', en: 'Search the information the township has published' },
  guideTitle: { zh: '政府信息公开指南', en: 'Guide to government information' },
  guideDescription: {
    zh: '公开机构、获取方式、申请办法、收费与救济途径',
    en: 'Office, how to obtain information, how to apply, fees and remedies',
  },
  search: { zh: '关键词（标题、摘要、文号）', en: 'Keywords (title, summary, number)' },
  category: { zh: '公开类别', en: 'Category' },
  item: { zh: '目录事项', en: 'Catalogue item' },
  year: { zh: '年度', en: 'Year' },
  all: { zh: '全部', en: 'All' },
  submit: { zh: '查询', en: 'Search' },
  reset: { zh: '清除条件', en: 'Clear' },
  found: { zh: '共找到 {n} 条信息', en: '{n} items found' },
  foundCapped: { zh: '共找到 {n}+ 条信息', en: '{n}+ items found' },
  none: { zh: '没有符合条件的信息。', en: 'No information matches.' },
  publishedOn: { zh: '公开日期', en: 'Published' },
  formedOn: { zh: '生成日期', en: 'Created' },
  indexNumber: { zh: '索引号', en: 'Index number' },
  docNumber: { zh: '文号', en: 'Document number' },
  summary: { zh: '内容概述', en: 'Summary' },
  channels: { zh: '公开渠道', en: 'Channels' },
  files: { zh: '公开文件', en: 'Published files' },
  download: { zh: '下载', en: 'Download' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  pageNumber: { zh: '第 {p} 页', en: 'Page {p}' },
  results: { zh: '检索结果', en: 'Results' },
  filters: { zh: '检索条件', en: 'Search' },
  title: { zh: '标题', en: 'Title' },
  back: { zh: '返回列表', en: 'Back to the list' },
  // Guide (条例第十二条)
  gOffice: { zh: '一、政府信息公开工作机构', en: '1. The office' },
  gOfficeName: { zh: '机构名称', en: 'Name' },
  gAddress: { zh: '办公地址', en: 'Address' },
  gHours: { zh: '办公时间', en: 'Office hours' },
  gPhone: { zh: '联系电话', en: 'Telephone' },
  gFax: { zh: '传真', en: 'Fax' },
  gEmail: { zh: '电子邮箱', en: 'Email' },
  gOnline: { zh: '互联网联系方式', en: 'Online contact' },
  gPostal: { zh: '邮政编码', en: 'Postcode' },
  gNone: { zh: '暂无', en: 'None' },
  gProactive: { zh: '二、主动公开', en: '2. Proactive disclosure' },
  gProactiveIntro: {
    zh: '本乡镇依照《政府信息公开条例》第二十条、第二十一条主动公开下列类别的政府信息，一般自信息形成或者变更之日起20个工作日内公开（第二十六条），公开目录另有规定的从其规定。可在本站“政府信息主动公开”栏目检索、查阅、下载，也可到政府信息查阅场所、公开栏查阅。',
    en: 'Under Arts. 20–21 of the Regulations the township publishes the following categories, normally within 20 working days of the information being created or changed (Art. 26). Search them under “Published government information” or read them at the reading room and notice boards.',
  },
  gItems: { zh: '事项', en: 'Items' },
  gLimit: { zh: '公开时限', en: 'Time limit' },
  gDays: { zh: '{n}个工作日', en: '{n} working days' },
  gApply: { zh: '三、依申请公开', en: '3. Applying for information' },
  gApplyIntro: {
    zh: '公民、法人或者其他组织可以向本机关申请获取政府信息（《政府信息公开条例》第二十七条）。申请应当采用书面形式（包括数据电文形式），写明申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径（第二十九条）。书写确有困难的，可以口头提出，由工作人员代为填写。本机关自收到申请之日起20个工作日内答复；需要延长的，经负责人同意并告知申请人，延长不超过20个工作日（第三十三条）。',
    en: 'Anyone may apply for government information (Art. 27), in writing or electronically, giving their name, proof of identity and contact details, a description of the information and how they want to receive it (Art. 29). The office answers within 20 working days, extendable once by at most 20 working days (Art. 33).',
  },
  gApplyLink: { zh: '在线提交政府信息公开申请', en: 'Apply online' },
  gFees: { zh: '四、收费', en: '4. Fees' },
  gFeesDefault: {
    zh: '行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费（《政府信息公开条例》第四十二条；《政府信息公开信息处理费管理办法》）。',
    en: 'Information is provided free of charge. A processing fee may be charged only where the number or frequency of requests clearly exceeds a reasonable range (Art. 42).',
  },
  gRemedies: { zh: '五、监督和救济', en: '5. Complaints and remedies' },
  gRemediesText: {
    zh: '公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（《政府信息公开条例》第五十一条）。对不予公开决定不服的，应当先申请行政复议，对复议决定不服的再提起行政诉讼（《行政复议法》第二十三条）。',
    en: 'Anyone who believes the office has infringed their lawful rights may complain to the next higher authority or the OGI authority, or apply for administrative reconsideration or sue (Art. 51). A refusal to disclose must first go to reconsideration before a lawsuit (Administrative Reconsideration Law Art. 23).',
  },
  gOther: { zh: '六、其他', en: '6. Other' },
} satisfies Record<string, PublicText>;

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
