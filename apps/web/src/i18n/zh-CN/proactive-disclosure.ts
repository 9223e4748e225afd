/** zh-CN strings of the proactive-disclosure module. */
export const proactiveDisclosure = {
  proactiveDisclosure: {
    title: '主动公开',
  },
} as const;
