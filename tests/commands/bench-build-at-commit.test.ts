import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildAtCommit } from '../../bench/build-at-commit.ts';

/**
 * `npm run bench -- --against REF` scores the build of another commit beside this one: that build
 * must be the commit's own (site and nginx config), made without touching this checkout, and leave
 * nothing behind.
 */
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
const worktrees = () => git('worktree', 'list', '--porcelain');

test('builds a commit in a worktree of its own, with its own nginx config, and removes both', { timeout: 300_000 }, () => {
  const statusBefore = git('status', '--porcelain');
  const head = git('rev-parse', '--short', 'HEAD').trim();
  const build = buildAtCommit('HEAD');
  try {
    expect(build.label).toBe(`HEAD (${head})`);
    expect(readFileSync(join(build.dist, 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    expect(existsSync(join(build.dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(build.nginxConfig, 'utf8')).toBe(git('show', 'HEAD:deploy/nginx.conf'));
    expect(worktrees()).toContain(join(build.dist, '../tree'));
  } finally {
    build.remove();
  }
  expect(existsSync(build.dist)).toBe(false);
  expect(existsSync(build.nginxConfig)).toBe(false);
  expect(worktrees()).not.toContain(join(build.dist, '../tree'));
  expect(git('status', '--porcelain')).toBe(statusBefore);
});

test('refuses a commit that does not exist, before making anything', () => {
  const before = worktrees();
  expect(() => buildAtCommit('no-such-commit-anywhere')).toThrow('--against no-such-commit-anywhere: no such commit in this repository');
  expect(worktrees()).toBe(before);
});
