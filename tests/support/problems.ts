import { expect } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/content/problems.ts';

/** The problems a piece of content code reports: it must throw (or reject with) a ContentError. */
export async function problemsOf(work: () => unknown): Promise<ContentProblem[]> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected a ContentError');
}
