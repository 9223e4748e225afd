import type { Messages } from '../zh-CN.ts';

/** English strings of the proactive-disclosure module. */
export const proactiveDisclosure: Pick<Messages, 'proactiveDisclosure'> = {
  proactiveDisclosure: {
    title: 'Proactive disclosure',
    nav: { publications: 'Publications', catalog: 'Disclosure catalogue', boards: 'Notice boards', villageDisclosures: 'Village and party affairs', guide: 'Disclosure guide settings' },
    category: { decision: 'Decision-making', execution: 'Execution', management: 'Management', service: 'Services', result: 'Results' },
    pub: {
      title: 'Publications', create: 'Record information', editTitle: 'Edit publication', createTitle: 'Record information', detailTitle: 'Publication',
      searchPlaceholder: 'Title, summary or number', infoTitle: 'Title', catalogItem: 'Catalogue item', formedOn: 'Created / changed on', publishedOn: 'Published on',
      channels: 'Channels', status: 'Status', pending: 'To publish', published: 'Published', dueDate: 'Due', late: 'Published late',
      lateDays: '{{n}} working days late', onTime: 'On time', provisional: 'Provisional', docNumber: 'Document number', indexNumber: 'Index number', summary: 'Summary',
      attachments: 'Published file or photo of the notice (proof)', publicFiles: 'Files the public may download', publicFilesHint: 'Only the ticked attachments appear on the public site; the others stay internal.',
      publishedOnHint: 'Leave empty while not published: it is recorded as “to publish” and the deadline is watched.', allStatus: 'Any status', allItems: 'All items', onlyLate: 'Late only',
      year: 'Year', explanation: 'How the deadline is computed', publish: 'Publish', summaryCards: { total: 'Published this year', late: 'Late this year', pending: 'To publish' },
      org: 'Responsible office', publicPage: 'Open the public site',
    },
    catalog: {
      title: 'Disclosure catalogue', intro: 'Set up from Arts. 20 and 21 of the Regulations; each item is due within 20 working days of the information being created or changed (Art. 26) unless the township sets another limit.',
      item: 'Item', category: 'Category', legalBasis: 'Basis', timeLimit: 'Limit (working days)', responsible: 'Responsible office', statutory: 'Statutory', custom: 'Own', create: 'Add item',
      editTitle: 'Edit item', createTitle: 'Add item', description: 'Notes', days: '{{n}} working days', notSet: 'Not set',
    },
    board: {
      title: 'Notice boards', rhythm: 'Rhythm', monthly: 'Monthly', quarterly: 'Quarterly', lastUpdated: 'Last update', current: 'This period', updated: 'Updated', notUpdated: 'Not updated',
      missing: 'Missed periods', none: 'None', addUpdate: 'Record update', updateTitle: 'Record a board update', updatedOn: 'Updated on', content: 'Content', photos: 'Photos',
      updates: 'Updates', add: 'Add a board', withoutBoard: 'Without a notice board:', editTitle: 'Edit board', name: 'Name', location: 'Location', org: 'Village / township',
      period: 'Period', back: 'Back to the boards',
    },
    village: {
      title: 'Village and party affairs', create: 'Record disclosure', createTitle: 'Record village / party affairs disclosure', kind: 'Kind', villageAffairs: 'Village affairs', partyAffairs: 'Party affairs',
      village: 'Village', period: 'Period', periodHint: 'A month as 2026-03, a quarter as 2026-Q1', periodInvalid: 'Use 2026-03 or 2026-Q1', disclosedOn: 'Disclosed on', content: 'Content', photos: 'Photos',
      allVillages: 'All villages', allKinds: 'All kinds',
    },
    guide: {
      title: 'Disclosure guide settings', intro: 'Art. 12: the guide gives the categories of information, how to obtain it, and the office’s name, address, hours, telephone, fax and online contact. The catalogue categories, how to apply, fees (Art. 42) and remedies (Art. 51) are generated.',
      officeName: 'Office name', address: 'Address', postalCode: 'Postcode', officeHours: 'Office hours', phone: 'Telephone', fax: 'Fax', email: 'Email',
      onlineContact: 'Online contact', feesNote: 'Note on fees', extraNote: 'Other notes', preview: 'Open the guide',
    },
  },
};
