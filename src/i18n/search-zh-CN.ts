/**
 * The strings the search page's script shows (status line, results): kept apart so that the
 * script carries only these.
 */
export const searchLiveStrings = {
  readFullText: '阅读报告全文',
  loading: '正在搜索……',
  unavailable: '搜索暂时无法使用。您可以阅读报告全文。',
  noSearchableText: '请输入文字或数字。',
  found: (count: number, query: string) => `“${query}”：找到 ${count} 条结果。`,
  notFound: (query: string) => `报告中没有与“${query}”完全一致的内容。请检查用字，或换一个较短的词。`,
  resultYear: (year: string) => `${year}年度报告`,
} as const;

/** Every UI string of search (kept beside zh-CN.ts and re-exported there as t.search). */
export const searchStrings = {
  ...searchLiveStrings,
  headerLabel: '站内搜索',
  headerPlaceholder: '搜索报告内容',
  submit: '搜索',
  pageTitle: '搜索报告',
  pageDescription: '在法治政府建设年度报告全文中搜索词语、数字和文号，结果精确到段落。',
  inputLabel: '搜索词',
  hint: '输入报告中的词语、数字或文号，例如：行政复议、首违不罚、92%。多个词用空格隔开，结果须同时包含这些词。',
  yearLabel: '年度',
  allYears: '全部年度',
  noScript: '本页搜索需要浏览器启用 JavaScript。如无法使用，可阅读报告全文，并用浏览器的“在页面中查找”功能查找。',
  keyboardHint: '按“/”键可随时转到搜索框；在结果中可用上下方向键移动，按回车键打开。',
} as const;
