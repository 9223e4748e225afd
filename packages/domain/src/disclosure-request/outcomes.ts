/**
 * The vocabulary of a disclosure request (依申请公开) that the national annual-report format fixes
 * (国办公开办函〔2021〕30号, ../shared/ogi-annual-report-format.md §4–5): applicant kinds are the
 * columns of table 3, reply outcomes are exactly its result rows, reconsideration and litigation
 * results are the cells of table 4. The request module records them; the annual report counts them.
 */

/** Table 3 columns (申请人情况): a natural person, or one of five kinds of organisation. */
export const APPLICANT_KINDS = {
  natural: { zh: '自然人', en: 'Natural person' },
  commercial: { zh: '商业企业', en: 'Commercial enterprise' },
  research: { zh: '科研机构', en: 'Research body' },
  publicWelfare: { zh: '社会公益组织', en: 'Public-welfare organisation' },
  legalService: { zh: '法律服务机构', en: 'Legal-service body' },
  other: { zh: '其他', en: 'Other organisation' },
} as const;
export type ApplicantKind = keyof typeof APPLICANT_KINDS;
export const APPLICANT_KIND_CODES = Object.keys(APPLICANT_KINDS) as ApplicantKind[];

export type OutcomeGroup = 'granted' | 'partial' | 'denied' | 'unable' | 'notProcessed' | 'other';

export interface OutcomeDefinition {
  /** Exact label of the table row. */
  zh: string;
  en: string;
  group: OutcomeGroup;
  /** The article(s) the reply rests on, printed in the reply letter. */
  legalBasisZh: string;
  /** The letter must give the reasons (条例第三十六条第（三）项 etc.). */
  needsReasons: boolean;
  /** The letter may point to where the information was already published (第三十六条第（一）项). */
  mayCitePublishedLocation: boolean;
  /** The letter names the responsible agency when known (第三十六条第（五）项). */
  mayNameResponsibleAgency: boolean;
  /**
   * A refusal to disclose: since 2024-01-01 the applicant must apply for administrative
   * reconsideration before suing (行政复议法 2023 第二十三条第一款第（四）项、第二款), and the letter must say so.
   */
  isRefusal: boolean;
}

const refusal = (zh: string, en: string, legalBasisZh: string): OutcomeDefinition => ({
  zh,
  en,
  group: 'denied',
  legalBasisZh,
  needsReasons: true,
  mayCitePublishedLocation: false,
  mayNameResponsibleAgency: false,
  isRefusal: true,
});

/** The 21 result rows of table 3, in the table's order (（一）…（六）; （七）总计 is computed). */
export const OUTCOMES = {
  granted: {
    zh: '予以公开',
    en: 'Disclosed',
    group: 'granted',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项',
    needsReasons: false,
    mayCitePublishedLocation: true,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  partial: {
    zh: '部分公开',
    en: 'Partly disclosed',
    group: 'partial',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十七条',
    needsReasons: true,
    mayCitePublishedLocation: true,
    mayNameResponsibleAgency: false,
    isRefusal: true,
  },
  denied_stateSecret: refusal('属于国家秘密', 'State secret', '《中华人民共和国政府信息公开条例》第十四条'),
  denied_lawForbidden: refusal('其他法律行政法规禁止公开', 'Forbidden by other laws', '《中华人民共和国政府信息公开条例》第十四条'),
  denied_threeSafetyOneStability: refusal(
    '危及“三安全一稳定”',
    'Endangers national, public, economic security or social stability',
    '《中华人民共和国政府信息公开条例》第十四条',
  ),
  denied_thirdPartyRights: refusal(
    '保护第三方合法权益',
    'Protects a third party\u2019s lawful rights',
    '《中华人民共和国政府信息公开条例》第十五条、第三十二条',
  ),
  denied_internalAffairs: refusal('属于三类内部事务信息', 'Internal affairs', '《中华人民共和国政府信息公开条例》第十六条第一款'),
  denied_processInfo: refusal('属于四类过程性信息', 'Process information', '《中华人民共和国政府信息公开条例》第十六条第二款'),
  denied_enforcementFile: refusal('属于行政执法案卷', 'Enforcement case file', '《中华人民共和国政府信息公开条例》第十六条第二款'),
  denied_adminQuery: refusal('属于行政查询事项', 'Administrative query matter', '《中华人民共和国政府信息公开条例》第三十六条第（七）项'),
  unable_notHeld: {
    zh: '本机关不掌握相关政府信息',
    en: 'Not held by this agency',
    group: 'unable',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: true,
    isRefusal: false,
  },
  unable_needCreation: {
    zh: '没有现成信息需要另行制作',
    en: 'Would have to be created',
    group: 'unable',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十八条',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  unable_unclearAfterCorrection: {
    zh: '补正后申请内容仍不明确',
    en: 'Still unclear after correction',
    group: 'unable',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十条',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  notProcessed_petitionComplaint: {
    zh: '信访举报投诉类申请',
    en: 'Petition, report or complaint',
    group: 'notProcessed',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十九条第一款',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  notProcessed_repeat: {
    zh: '重复申请',
    en: 'Repeated request',
    group: 'notProcessed',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十六条第（六）项',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  notProcessed_publication: {
    zh: '要求提供公开出版物',
    en: 'Asks for a publication',
    group: 'notProcessed',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十九条第二款',
    needsReasons: true,
    mayCitePublishedLocation: true,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  notProcessed_massRepeat: {
    zh: '无正当理由大量反复申请',
    en: 'Mass repeated requests without good reason',
    group: 'notProcessed',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十五条',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  notProcessed_confirmReissue: {
    zh: '要求行政机关确认或重新出具已获取信息',
    en: 'Asks to confirm or reissue information already obtained',
    group: 'notProcessed',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十九条',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  other_noCorrection: {
    zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'No correction in time; not processed further',
    group: 'other',
    legalBasisZh: '《中华人民共和国政府信息公开条例》第三十条',
    needsReasons: false,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  other_noFee: {
    zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Fee not paid in time; not processed further',
    group: 'other',
    legalBasisZh: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    needsReasons: false,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
  other_other: {
    zh: '其他',
    en: 'Other',
    group: 'other',
    legalBasisZh: '《中华人民共和国政府信息公开条例》',
    needsReasons: true,
    mayCitePublishedLocation: false,
    mayNameResponsibleAgency: false,
    isRefusal: false,
  },
} as const satisfies Record<string, OutcomeDefinition>;
export type OutcomeCode = keyof typeof OUTCOMES;
export const OUTCOME_CODES = Object.keys(OUTCOMES) as OutcomeCode[];

export const OUTCOME_GROUPS: Record<OutcomeGroup, { zh: string; en: string }> = {
  granted: { zh: '（一）予以公开', en: 'Disclosed' },
  partial: { zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: 'Partly disclosed' },
  denied: { zh: '（三）不予公开', en: 'Withheld' },
  unable: { zh: '（四）无法提供', en: 'Unable to provide' },
  notProcessed: { zh: '（五）不予处理', en: 'Not processed' },
  other: { zh: '（六）其他处理', en: 'Other handling' },
};

/** Table 4: administrative reconsideration, and litigation directly or after reconsideration. */
export const REVIEW_KINDS = {
  review: { zh: '行政复议', en: 'Administrative reconsideration' },
  litigationDirect: { zh: '行政诉讼（未经复议直接起诉）', en: 'Litigation without prior reconsideration' },
  litigationAfterReview: { zh: '行政诉讼（复议后起诉）', en: 'Litigation after reconsideration' },
} as const;
export type ReviewKind = keyof typeof REVIEW_KINDS;
export const REVIEW_KIND_CODES = Object.keys(REVIEW_KINDS) as ReviewKind[];

export const REVIEW_RESULTS = {
  maintained: { zh: '结果维持', en: 'Maintained' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other result' },
  pending: { zh: '尚未审结', en: 'Pending' },
} as const;
export type ReviewResult = keyof typeof REVIEW_RESULTS;
export const REVIEW_RESULT_CODES = Object.keys(REVIEW_RESULTS) as ReviewResult[];

/**
 * How a request reached the township; the receipt date that starts the clock follows from it
 * (条例第三十一条): in person, the day handed in; registered mail, the day signed for; ordinary
 * mail, the day the office confirms with the applicant; online or fax, the day both sides confirm.
 */
export const RECEIPT_CHANNELS = {
  inPerson: { zh: '当面提交', en: 'In person', receiptRuleZh: '以提交之日为收到申请之日（条例第三十一条第（一）项）' },
  registeredMail: {
    zh: '邮寄（需签收）',
    en: 'Registered mail',
    receiptRuleZh: '以行政机关签收之日为收到申请之日（条例第三十一条第（二）项）',
  },
  ordinaryMail: {
    zh: '邮寄（平常信函）',
    en: 'Ordinary mail',
    receiptRuleZh: '以收到当日与申请人确认之日为收到申请之日（条例第三十一条第（二）项）',
  },
  online: { zh: '互联网渠道', en: 'Online', receiptRuleZh: '以双方确认之日为收到申请之日（条例第三十一条第（三）项）' },
  fax: { zh: '传真', en: 'Fax', receiptRuleZh: '以双方确认之日为收到申请之日（条例第三十一条第（三）项）' },
} as const;
export type ReceiptChannel = keyof typeof RECEIPT_CHANNELS;
export const RECEIPT_CHANNEL_CODES = Object.keys(RECEIPT_CHANNELS) as ReceiptChannel[];
