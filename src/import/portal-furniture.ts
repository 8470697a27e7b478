/**
 * Lines that a government portal prints around an article and that come along when its text is
 * copied: the breadcrumb, the article's date, source and view count, print and close buttons,
 * the QR-code caption, the leave-site prompt — and the 政务公开 register data (索引号, 主题分类
 * …), which report.yaml has fields for. None of them is report text.
 */
const pageFurniture: RegExp[] = [
  /^扫一扫在手机上查看当前页面$/u,
  /^您访问的链接即将离开/u,
  /^【?(打印本页|打印|关闭本页|关闭窗口|关闭|返回顶部|收藏|分享)】?$/u,
  /^【?字[体号][：:]/u,
  /^(您当前的位置|当前位置|发布时间|发布日期|发文日期|信息来源|来源|浏览次数|阅读次数|访问次数|点击数|责任编辑|分享到|上一篇|下一篇)[：:]/u,
];
const registerData = /^(索引号|主题分类|发布机构|发文机关|成文日期|文号|有效性)[：:]/u;

export function portalFurniture(text: string): 'portalFurniture' | 'portalRegisterData' | undefined {
  if (registerData.test(text)) return 'portalRegisterData';
  return pageFurniture.some((pattern) => pattern.test(text)) ? 'portalFurniture' : undefined;
}
