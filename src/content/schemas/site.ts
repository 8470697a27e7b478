import { z } from './zod.ts';

/** Footer identifiers every Chinese government website shows. Empty means unknown: not rendered. */
export const footerSchema = z.strictObject({
  /** 主办单位: the body that runs the site */
  sponsor: z.string().trim().default(''),
  /** 承办单位: the body that operates it */
  organizer: z.string().trim().default(''),
  /** 联系方式: phone or address */
  contact: z.string().trim().default(''),
  /** 网站标识码: the site's code in the national register of government websites */
  siteCode: z.string().trim().default(''),
  /** ICP备案号 */
  icp: z.string().trim().default(''),
  /** 公安机关备案号 */
  publicSecurity: z.string().trim().default(''),
  /** 党政机关网站标识: image path inside public/ (e.g. /images/dzjg.png), shown only with badgeHref */
  badgeImage: z.string().trim().default(''),
  /** 党政机关网站标识: link target of the badge (the register's verification page) */
  badgeHref: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).default(''),
});

/** One entry of the footer's 相关链接 list. */
export const relatedLinkSchema = z.strictObject({
  /** Name of the linked portal, e.g. 中国政府网 */
  name: z.string().trim().min(1),
  /** Its address */
  url: z.url({ protocol: /^https?$/ }),
});

/** content/site.yaml: settings of the whole site. */
export const siteSchema = z.strictObject({
  /** Full site name: page titles, footer, leave-site prompt */
  name: z.string().trim().min(1),
  /** Short name for narrow places such as the phone header */
  shortName: z.string().trim().min(1),
  /** The government body that publishes the reports */
  issuer: z.string().trim().min(1),
  /** Canonical origin of the site, without base path; e.g. https://www.example.gov.cn */
  url: z.url({ protocol: /^https?$/ }),
  /** Sub-path the site is served under; "/" at the domain root */
  basePath: z.string().regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
    message: '子路径必须以 / 开头并以 / 结尾，例如 /fzzfbg/ (must start and end with "/")',
  }).default('/'),
  /** URL of the content repository; when set, pages link to their source file */
  repository: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).default(''),
  /** Footer identifiers */
  footer: footerSchema.prefault({}),
  /** Host names of the portal itself (e.g. www.zengdu.gov.cn): links there skip the leave-site prompt */
  ownDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, { message: '只填写域名，例如 www.zengdu.gov.cn (host name only)' })).default([]),
  /** Footer 相关链接: real portals only */
  relatedLinks: z.array(relatedLinkSchema).default([]),
});

export type SiteConfig = z.infer<typeof siteSchema>;
