/**
 * npm run test:sites — the browser and nginx suites, on every site they must hold for:
 *
 * 1. the real site: `npm run build` into dist/, exactly as staff and CI deploy it (site.yaml's
 *    base path), then html-validate, the e2e and the nginx suites;
 * 2. next year, as it will be: a copy of the real content with a fictional year imported from an
 *    official document by `npm run import-report` and published, built under another base path
 *    (/fzzfbg/ when site.yaml says /, and / otherwise) into .test-sites/, so that dist/ stays as
 *    `npm run build` made it — the same suites, which take their expectations from the content;
 * 3. the fixture sites (tests/fixture-sites, tests/report-2024), which build their own.
 *
 * Each step runs after the one before succeeded; the first failure ends the run with its status.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/content/paths.ts';
import { loadSiteSettings } from '../src/content/site-settings.ts';

const root = resolve(import.meta.dirname, '..');
const workDir = join(root, '.test-sites');

function run(title: string, command: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(process.execPath, command, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit status ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

const vitest = (...projects: string[]) => [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...projects.flatMap((name) => ['--project', name])];
const htmlValidate = (dist: string) => [join(root, 'node_modules/html-validate/bin/html-validate.mjs'), `${dist}/**/*.html`];

/** Validate, then run the site suites against one built site. */
function testSite(name: string, dist: string, env: NodeJS.ProcessEnv) {
  run(`${name}: html-validate`, htmlValidate(dist));
  run(`${name}: browser suite`, vitest('e2e'), { ...env, SITE_DIST: dist });
  run(`${name}: nginx suite`, vitest('nginx'), { ...env, SITE_DIST: dist });
}

// 1. The real site, as deployed
run('npm run build', [join(root, 'scripts/build.ts')]);
testSite('real site', join(root, 'dist'), {});

// 2. Next year: the real content, a fictional year imported and published, another base path
const basePath = loadSiteSettings().basePath === '/' ? '/fzzfbg/' : '/';
const fictionalYear = 2099;
const work = join(workDir, 'next-year');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const content = join(work, 'content');
cpSync(contentDir(), content, { recursive: true });
const env = { REPORT_CONTENT_DIR: content, BASE_PATH: basePath, BUILD_CACHE_DIR: join(work, 'cache') };
run(`import a fictional ${fictionalYear}`, [join(root, 'scripts/import-report.ts'), String(fictionalYear), join(root, 'tests/fixtures/import/three-chapters.txt')], env);
const reportYaml = join(content, 'reports', String(fictionalYear), 'report.yaml');
writeFileSync(reportYaml, readFileSync(reportYaml, 'utf8').replace(/^draft: true$/m, 'draft: false'));
const dist = join(work, 'dist');
run(`build under ${basePath}`, [join(root, 'scripts/build.ts'), dist], env);
testSite(`real content and a published ${fictionalYear}, under ${basePath}`, dist, env);

// 3. Sites built from fixtures
run('fixture sites', vitest('fixture-sites', 'report-2024'));
console.log('\n✓ every site suite passed');
