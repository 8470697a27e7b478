import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/zh-CN.ts';
import { getReports } from '../content/reports.ts';
import { loadSiteSettings } from '../content/site-settings.ts';
import { urls } from '../site/urls.ts';

/**
 * /feed.xml: one item per published report. A report's date appears only when report.yaml
 * states it (`published`); the build date is never passed off as a publication date.
 */
export const GET: APIRoute = async ({ site }) => {
  const config = loadSiteSettings();
  const reports = await getReports();
  return rss({
    title: t.publishing.feedTitle(config.name),
    description: `${config.issuer}${config.name}`,
    site: new URL(urls.home(), site).href,
    trailingSlash: true,
    customData: `<language>${t.lang}</language>`,
    items: reports.map((report) => ({
      title: report.title,
      link: new URL(urls.report(report.year), site).href,
      description: report.summary,
      ...(report.published ? { pubDate: new Date(`${report.published}T00:00:00+08:00`) } : {}),
    })),
  });
};
