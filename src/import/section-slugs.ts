import type { Chapter } from './recognised-report.ts';

/**
 * The URL names of the standard chapters, recognised from their titles, so that every year's
 * measures, problems, duties and plans pages have the same address. The most specific test
 * comes first: the duties title also speaks of 情况, a plans title may mention 问题.
 */
const standardSlugs: { slug: string; title: RegExp }[] = [
  { slug: 'duties', title: /第一责任人/u },
  { slug: 'problems', title: /不足|问题/u },
  { slug: 'plans', title: /安排|计划|打算/u },
  { slug: 'measures', title: /主要举措|成效|工作情况/u },
];

/** The short navigation title every year's duties chapter has (its full title is long). */
export const dutiesNavTitle = '党政主要负责人履职情况';

export interface SectionFileName {
  slug: string;
  /** NN-slug.md */
  fileName: string;
  navTitle?: string;
}

/** A file name for each chapter: a standard slug when the title says so (once each), part-N otherwise. */
export function sectionFileNames(chapters: Chapter[]): SectionFileName[] {
  const used = new Set<string>();
  return chapters.map((chapter) => {
    const standard = standardSlugs.find(({ slug, title }) => !used.has(slug) && title.test(chapter.title))?.slug;
    const slug = standard ?? `part-${chapter.number}`;
    used.add(slug);
    return {
      slug,
      fileName: `${String(chapter.number).padStart(2, '0')}-${slug}.md`,
      navTitle: slug === 'duties' ? dutiesNavTitle : undefined,
    };
  });
}
