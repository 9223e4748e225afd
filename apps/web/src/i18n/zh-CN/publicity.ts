/** zh-CN strings of the publicity module. */
export const publicity = {
  publicity: {
    title: '普法',
  },
} as const;
