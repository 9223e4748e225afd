import type { Messages } from '../zh-CN.ts';

/** English strings of the disclosure-report module. */
export const disclosureReport: Pick<Messages, 'disclosureReport'> = {
  disclosureReport: {
    title: 'OGI annual report',
    year: 'Year',
    yearOption: '{{year}}',
    status: { none: 'Not started', draft: 'Draft', published: 'Published' },
    save: 'Save',
    saved: 'Saved',
    publish: 'Publish',
    published: 'Published on the public site',
    viewPublic: 'View public page',
    exportWord: 'Export Word',
    exportExcel: 'Export Excel',
    redraft: 'Redraft the text from the figures',
    redraftConfirm: 'Replace the three narrative sections with a draft from the current figures? Unsaved edits are lost.',
    draftHint: 'The text is a draft generated from the figures; edit it and save.',
    deadlineHint:
      'The report must be published by 31 January of the next year (Art. 49). Tables 3 and 4 are computed from the request records; click a figure to see its records.',
    manualHint: 'Entered by hand: until the normative-document and enforcement modules exist, staff fill in table 2.',
    consistencyOk: 'All consistency rules hold',
    consistencyErrors: '{{count}} figures break the format\u2019s consistency rules; check their records before publishing',
    consistencyWarnings: '{{count}} notes',
    rule: 'Rule {{rule}}',
    anomalies: 'These records cannot be placed in the tables; please check them:',
    previousSource: {
      published: 'Last year\u2019s published report carried forward {{total}}',
      computed: 'Carried forward last year (from the records): {{total}}',
    },
    noPrevious: 'Last year\u2019s report was not published in Yifa; the carry-over is not checked against it.',
    section: {
      overview: '1. Overview',
      table2: '2. Proactive disclosure',
      table3: '3. Requests received and handled',
      table4: '4. Reconsideration and litigation',
      problems: '5. Problems and improvements',
      other: '6. Other matters',
    },
    activity:
      'Published proactively this year: {{publications}} (late: {{late}}); notice-board updates {{boards}}; village affairs {{village}}; party affairs {{party}}.',
    evidenceTitle: 'Records behind “{{row}} / {{column}}”',
    evidenceEmpty: 'No records',
    evidenceNumber: 'Number',
    evidenceDescription: 'Details',
    publishTitle: 'Publish the {{year}} report',
    publishBody: 'Publishing freezes the figures and puts the report on the public site; it cannot be changed afterwards.',
    crossYear: 'Why the carry-over differs from last year\u2019s report',
    crossYearHint:
      'Last year\u2019s report is published and cannot change. If this year\u2019s carry-over differs, explain why (kept with the report).',
    publicUrl: 'Public address',
  },
};
