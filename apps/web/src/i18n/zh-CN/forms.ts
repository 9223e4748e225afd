/** zh-CN messages of the shared form rules (components/form-rules.ts) and of server errors on a form. */
export const forms = {
  forms: {
    number: {
      notNumber: '{{field}}必须是数字',
      min: '{{field}}不能小于 {{min}}',
      greaterThan: '{{field}}必须大于 {{min}}',
      max: '{{field}}不能大于 {{max}}',
      integer: '{{field}}必须是整数',
      decimals: '{{field}}最多保留 {{decimals}} 位小数',
    },
    unmatched: '提交的内容有误：{{reasons}}',
  },
} as const;
