/** The offices most townships have (glossary "department"); the administrator edits the list. */
export const DEFAULT_DEPARTMENTS = ['党政综合办公室', '司法所', '综治中心', '应急管理办公室', '财政所', '综合行政执法队', '社会事务办公室'];
