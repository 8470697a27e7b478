/**
 * How the search page behaves for a reader: keyboard, history, screen-reader status,
 * query text shown as typed, following a result, and the page without JavaScript.
 */
import { contentSecurityPolicy } from '../../deploy/security-headers.ts';
import { expect, pageUrl, test } from '../support/browser.ts';
import { readOutcome, typeQuery } from '../support/search-page.ts';


test('query text is rendered as text, never as HTML', async ({ openPage }) => {
  const { page, errors } = await openPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  const query = '<img src=x onerror=alert(1)>';
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent(query)}`);
  const outcome = await readOutcome(page);
  expect(outcome.count).toBe(0);
  expect(await page.inputValue('[data-search-input]')).toBe(query);
  expect(await page.locator('[data-search-status]').textContent()).toContain(query);
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('"/" focuses the header search box from a reading page; Enter opens the search page', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl('2024/measures/'));
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
  await page.keyboard.type('行政复议');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('行政复议');
  expect((await readOutcome(page)).ids).toEqual(['measures-p8']);
});

test('arrow keys move through the results and Enter follows one to its highlighted paragraph', async ({ openPage }) => {
  const { page, errors } = await openPage();
  await page.goto(pageUrl('search/'));
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
  const outcome = await typeQuery(page, '先行区');
  expect(outcome.ids).toEqual(['measures-p4', 'measures-p5', 'measures-p6']);
  const focusedHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('ArrowDown');
  expect(await focusedHref()).toBe(outcome.hrefs[0]);
  await page.keyboard.press('ArrowDown');
  expect(await focusedHref()).toBe(outcome.hrefs[1]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === '#measures-p5');
  expect(new URL(page.url()).pathname).toBe(new URL(pageUrl('2024/measures/')).pathname);
  expect(await page.locator('#measures-p5 mark').allTextContents()).toEqual(['先行区']);
  const inView = await page.locator('#measures-p5').evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  expect(inView).toBe(true);
  expect(errors.filter((error) => !error.includes('favicon'))).toEqual([]);
});

test('highlights spanning bold and plain text, full-width brackets and several terms are marked in place', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(`${pageUrl('2024/measures/')}?hl=${encodeURIComponent('营商环境优化持续升级。深入')}#measures-p5`);
  expect((await page.locator('#measures-p5 mark').allTextContents()).join('')).toBe('营商环境优化持续升级。深入');
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent('鄂营商发[2025] 首违不罚')}`);
  await readOutcome(page);
  await page.locator('[data-search-result] a').first().click();
  await page.waitForURL((url) => url.hash === '#measures-p9');
  expect(await page.locator('#measures-p9 mark').allTextContents()).toEqual(['首违不罚', '鄂营商发〔2025〕']);
});

test('the URL follows the query, and back/forward restore earlier queries', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl('search/'));
  await typeQuery(page, '行政复议');
  await page.waitForURL(/q=/);
  await typeQuery(page, '法律援助');
  await page.waitForURL((url) => url.searchParams.get('q') === '法律援助');
  await page.evaluate(() => document.querySelector('[data-search-status]')?.removeAttribute('data-count'));
  await page.goBack();
  expect((await readOutcome(page)).ids).toEqual(['measures-p8']);
  expect(await page.inputValue('[data-search-input]')).toBe('行政复议');
  await page.evaluate(() => document.querySelector('[data-search-status]')?.removeAttribute('data-count'));
  await page.goForward();
  expect((await readOutcome(page)).ids).toEqual(['measures-p12']);
  expect(await page.inputValue('[data-search-input]')).toBe('法律援助');
});

test('a polite live region announces the number of results', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent('先行区')}`);
  const outcome = await readOutcome(page);
  const status = page.locator('[data-search-status]');
  expect(await status.getAttribute('role')).toBe('status');
  expect(await status.textContent()).toContain(`找到 ${outcome.count} 条结果`);
});

test('reading pages load no search code; the search page loads Pagefind from the site itself', async ({ openPage }) => {
  const { page, externalRequests } = await openPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(pageUrl('2024/measures/'), { waitUntil: 'networkidle' });
  expect(requested.filter((url) => /pagefind/i.test(url))).toEqual([]);
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent('调解')}`);
  await readOutcome(page);
  expect(requested.some((url) => url.startsWith(pageUrl('pagefind/pagefind.js')))).toBe(true);
  expect(externalRequests).toEqual([]);
});

test('with one report there is no year filter', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl('search/'));
  expect(await page.locator('[data-search-year]').count()).toBe(0);
});

test('without JavaScript the header form still reaches the search page, which explains and links to the full text', async ({ openPage }) => {
  const { page } = await openPage({ javaScriptEnabled: false });
  await page.goto(pageUrl('2024/'));
  await page.fill('form[role="search"] input[name="q"]', '行政复议');
  await page.locator('form[role="search"] button[type="submit"]').click();
  await page.waitForURL(/\/search\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('行政复议');
  expect(await page.locator('main').innerText()).toContain('本页搜索需要浏览器启用 JavaScript');
  expect(await page.locator('main a', { hasText: '阅读报告全文' }).getAttribute('href')).toBe(new URL(pageUrl('2024/full/')).pathname);
});

test('search works under a Content-Security-Policy without unsafe-inline or unsafe-eval scripts', async ({ openPage }) => {
  const { page, errors } = await openPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicy } });
  });
  await page.goto(`${pageUrl('search/')}?q=${encodeURIComponent('首违不罚')}`);
  expect((await readOutcome(page)).ids).toEqual(['measures-p9']);
  await page.goto(`${pageUrl('2024/measures/')}?hl=${encodeURIComponent('首违不罚')}#measures-p9`);
  expect(await page.locator('#measures-p9 mark').allTextContents()).toEqual(['首违不罚']);
  expect(violations).toEqual([]);
  expect(errors.filter((error) => !error.includes('favicon'))).toEqual([]);
});
