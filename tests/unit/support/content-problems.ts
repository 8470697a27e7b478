import { expect } from 'vitest';
import { ContentError, type ContentProblem } from '../../../src/lib/content-error.ts';

/** The problems a piece of content code reports: it must throw a ContentError, nothing else. */
export function problemsOf(work: () => unknown): ContentProblem[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected a ContentError');
}
