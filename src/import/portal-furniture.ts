/**
 * Lines that a government portal prints around an article and that come along when its text is
 * copied: the QR-code caption, the leave-site prompt, print and close buttons, the article's
 * date, source and view count. They are never report text.
 */
const furniture: RegExp[] = [
  /^扫一扫在手机上查看当前页面$/u,
  /^您访问的链接即将离开/u,
  /^【?(打印本页|打印|关闭本页|关闭窗口|关闭|返回顶部|收藏|分享)】?$/u,
  /^【?字[体号][：:]/u,
  /^(发布时间|发布日期|发文日期|信息来源|来源|浏览次数|阅读次数|访问次数|点击数|责任编辑|分享到|上一篇|下一篇)[：:]/u,
];

export function isPortalFurniture(text: string): boolean {
  return furniture.some((pattern) => pattern.test(text));
}
