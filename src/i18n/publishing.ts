/** UI strings of yearly publishing: archive, year switcher, drafts, key figures, open data, feed. */
export const publishing = {
  archive: '往年报告',
  archiveTitle: '往年报告',
  /** A year in the year switcher: 2024年 (a name screen readers say as a year, not a number) */
  yearLink: (year: number) => `${year}年`,
  archiveIntro: '本站发布的全部法治政府建设年度报告，按年度排列。每份报告的网址长期保持不变。',
  latest: '最新',
  yearSwitcherLabel: '选择年度',
  draftBanner: '草稿：本报告尚未发布，仅在本机预览中显示，正式网站不会出现。',
  draftLabel: '草稿',
  figuresTitle: '数字看报告',
  figuresIntro: '报告中的关键数字，点击可查看原文出处。',
  figureSource: (heading: string) => `出处：${heading}`,
  changeUp: '▲',
  changeDown: '▼',
  changeSame: '＝',
  /** The change in words, for screen readers and for everyone who reads it aloud */
  changeWords: (direction: 'up' | 'down' | 'same', amount: number, kind: 'percent' | 'points', previousYear: number, previous: string) =>
    direction === 'same'
      ? `与${previousYear}年（${previous}）持平`
      : `比${previousYear}年（${previous}）${direction === 'up' ? '增加' : '减少'}${amount}${kind === 'points' ? '个百分点' : '%'}`,
  changeShort: (amount: number, kind: 'percent' | 'points') => kind === 'points' ? `${amount}个百分点` : `${amount}%`,
  dataTitle: '开放数据',
  dataJson: (year: number) => `${year}年度报告数据（章节、段落和关键数字）`,
  dataCsv: (year: number) => `${year}年度关键数字表格`,
  dataSchema: 'JSON 数据格式说明（JSON Schema）',
  dataCsvNote: 'CSV 文件为 UTF-8 编码，可直接用 Excel 或 WPS 打开。',
  feed: '订阅更新（RSS）',
  attachments: '附件',
  officialDocument: (title: string) => `${title}（正式文本）`,
  documentTypes: { docx: 'Word 文档', txt: '纯文本' } as Record<string, string>,
  editThisPage: '编辑此页',
  feedTitle: (site: string) => `${site}：年度报告`,
} as const;
