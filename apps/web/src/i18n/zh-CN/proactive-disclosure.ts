/** zh-CN strings of the proactive-disclosure module. */
export const proactiveDisclosure = {
  proactiveDisclosure: {
    title: '主动公开',
    nav: { publications: '主动公开记录', catalog: '公开目录', boards: '公开栏', villageDisclosures: '村务公开、党务公开', guide: '政府信息公开指南设置' },
    category: { decision: '决策公开', execution: '执行公开', management: '管理公开', service: '服务公开', result: '结果公开' },
    pub: {
      title: '主动公开记录', create: '登记公开信息', editTitle: '修改公开信息', createTitle: '登记公开信息', detailTitle: '公开信息详情',
      searchPlaceholder: '标题、摘要或文号', infoTitle: '标题', catalogItem: '目录事项', formedOn: '形成（变更）日期', publishedOn: '公开日期',
      channels: '公开渠道', status: '状态', pending: '待公开', published: '已公开', dueDate: '应公开截止', late: '逾期公开',
      lateDays: '逾期{{n}}个工作日', onTime: '按时', provisional: '暂定', docNumber: '文号', indexNumber: '索引号', summary: '内容概述',
      attachments: '公开文件或张贴照片（佐证）', publicFiles: '对公众公开下载的文件', publicFilesHint: '只有勾选的附件会出现在政务公开网站上，其余附件仅内部留存。',
      publishedOnHint: '尚未公开的留空，登记为“待公开”，系统按时限提醒。', allStatus: '全部状态', allItems: '全部事项', onlyLate: '只看逾期',
      year: '年度', explanation: '期限计算', publish: '公开', summaryCards: { total: '本年已公开', late: '本年逾期公开', pending: '待公开' },
      org: '责任科室', publicPage: '查看政务公开网站',
    },
    catalog: {
      title: '公开目录', intro: '依据《政府信息公开条例》第二十条、第二十一条设置；时限默认为信息形成或变更之日起20个工作日（第二十六条），可按本乡镇公开目录逐项调整。',
      item: '事项', category: '类别', legalBasis: '依据', timeLimit: '时限（工作日）', responsible: '责任科室', statutory: '法定', custom: '自定', create: '新增目录事项',
      editTitle: '修改目录事项', createTitle: '新增目录事项', description: '说明', days: '{{n}}个工作日', notSet: '未指定',
    },
    board: {
      title: '公开栏', rhythm: '更新周期', monthly: '每月', quarterly: '每季度', lastUpdated: '最近更新', current: '本期', updated: '已更新', notUpdated: '未更新',
      missing: '漏更期间', none: '无', addUpdate: '登记更新', updateTitle: '登记公开栏更新', updatedOn: '更新日期', content: '公开内容', photos: '张贴照片',
      updates: '更新记录', add: '设立公开栏', withoutBoard: '以下村（社区）尚无公开栏：', editTitle: '修改公开栏', name: '名称', location: '位置', org: '所属',
      period: '所属期间', back: '返回公开栏',
    },
    village: {
      title: '村务公开、党务公开', create: '登记公开', createTitle: '登记村务（党务）公开', kind: '类型', villageAffairs: '村务公开', partyAffairs: '党务公开',
      village: '村（社区）', period: '期间', periodHint: '月份如 2026-03，季度如 2026-Q1', periodInvalid: '格式应为 2026-03 或 2026-Q1', disclosedOn: '公开日期', content: '公开内容', photos: '照片',
      allVillages: '全部村（社区）', allKinds: '全部类型',
    },
    guide: {
      title: '政府信息公开指南设置', intro: '《政府信息公开条例》第十二条：指南应载明政府信息的分类、获取方式，以及政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等。公开目录的类别、申请方式、收费（第四十二条）和救济途径（第五十一条）由系统自动生成。',
      officeName: '工作机构名称', address: '办公地址', postalCode: '邮政编码', officeHours: '办公时间', phone: '联系电话', fax: '传真', email: '电子邮箱',
      onlineContact: '互联网联系方式', feesNote: '收费补充说明', extraNote: '其他说明', preview: '查看公开指南',
    },
  },
} as const;
