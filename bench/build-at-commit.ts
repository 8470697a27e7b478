/**
 * The build of another commit, for `npm run bench -- --against REF`: a change is judged by scoring
 * the old and the new build alternately on the same machine, since single runs here vary more than
 * most changes move them. The commit is checked out into a temporary git worktree (the checkout
 * itself is left alone) and built there by its own scripts/build.ts, in the same environment
 * (REPORT_CONTENT_DIR, if set, names the content of both builds; else each has its own content/)
 * and with this checkout's node_modules. Its deploy/nginx.conf is served with it: a change may
 * touch both (a header, a Content-Security-Policy hash).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface CommitBuild {
  /** e.g. "main~2 (d592f5c)", or the short hash alone when that is what was asked for */
  label: string;
  dist: string;
  nginxConfig: string;
  /** Removes the worktree and the build. */
  remove(): void;
}

export function buildAtCommit(ref: string): CommitBuild {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    throw new Error(`--against ${ref}: no such commit in this repository`);
  }
  const work = mkdtempSync(join(tmpdir(), `report-bench-${commit}-`));
  const tree = join(work, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, commit]);
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', tree]);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    const dist = join(work, 'dist');
    // A cache of its own, so that neither build reuses the other's.
    execFileSync(process.execPath, ['scripts/build.ts', dist], {
      cwd: tree,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BUILD_CACHE_DIR: join(work, 'cache') },
    });
    const label = ref.startsWith(commit) ? commit : `${ref} (${commit})`;
    return { label, dist, nginxConfig: join(tree, 'deploy/nginx.conf'), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
