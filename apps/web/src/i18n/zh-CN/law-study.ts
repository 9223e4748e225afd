/** zh-CN strings of the law-study module. */
export const lawStudy = {
  lawStudy: {
    title: '学法用法',
  },
} as const;
