/** zh-CN strings of the disclosure-request module. */
export const disclosureRequest = {
  disclosureRequest: {
    title: '依申请公开',
  },
} as const;
