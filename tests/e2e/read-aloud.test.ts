import type { Page } from 'playwright-core';
import { expect, pageUrl, test } from '../support/browser.ts';
import { samplePages } from '../support/site-under-test.ts';


interface SpeechLog { spoken: { text: string; lang: string; voice: string | undefined }[]; calls: string[] }
const log = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);

/**
 * Give the browser the voices of a test, whatever this machine has: getVoices and the engine
 * calls are replaced; our code still runs against the browser's real SpeechSynthesisUtterance.
 * The voices are in window.testVoices, so a test can change them and announce the change.
 */
async function withVoices(page: Page, languages: string[]) {
  await page.addInitScript((langs) => {
    const speechLog: SpeechLog = { spoken: [], calls: [] };
    (window as unknown as { speechLog: SpeechLog }).speechLog = speechLog;
    const testVoices = langs.map((lang) => ({ lang, name: `Test ${lang}`, voiceURI: `test-${lang}`, default: true, localService: true }));
    (window as unknown as { testVoices: typeof testVoices }).testVoices = testVoices;
    let paused = false;
    // Only real SpeechSynthesisVoice objects pass the native setter's type check.
    const voices = new WeakMap<SpeechSynthesisUtterance, unknown>();
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      get() { return voices.get(this) ?? null; },
      set(value) { voices.set(this, value); },
    });
    Object.defineProperties(speechSynthesis, {
      getVoices: { value: () => testVoices },
      speak: { value: (u: SpeechSynthesisUtterance) => speechLog.spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as { name?: string } | null)?.name }) },
      pause: { value: () => { paused = true; speechLog.calls.push('pause'); } },
      resume: { value: () => { paused = false; speechLog.calls.push('resume'); } },
      cancel: { value: () => { speechLog.calls.push('cancel'); } },
      paused: { get: () => paused },
    });
  }, languages);
}
const withChineseVoice = (page: Page) => withVoices(page, ['zh-CN']);

test('朗读 is offered only once the browser has a zh-CN voice, also when voices arrive late', async ({ openPage }) => {
  const { page } = await openPage();
  await withVoices(page, ['en-US']);
  await page.goto(pageUrl(samplePages.section), { waitUntil: 'load' });
  const readAloud = page.getByRole('button', { name: '朗读' });
  expect(await readAloud.count()).toBe(0);
  // The engine announces new voices with voiceschanged (Chromium loads them after the page).
  await page.evaluate(() => {
    (window as unknown as { testVoices: object[] }).testVoices.push({ lang: 'zh-CN', name: 'Test zh-CN', voiceURI: 'test-zh-CN', default: false, localService: true });
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
  });
  expect(await readAloud.isVisible()).toBe(true);
});

test('with a zh-CN voice, 朗读 reads the section in order, and 暂停/继续 and 停止 work', async ({ openPage }) => {
  const { page } = await openPage();
  await withChineseVoice(page);
  await page.goto(pageUrl(samplePages.section));
  const read = page.getByRole('button', { name: '朗读' });
  await read.click();
  const { spoken } = await log(page);
  const heading = (await page.locator('[data-report-body] h1').textContent())!.trim();
  const firstParagraph = (await page.locator('[data-report-body] > p[id]').first().textContent())!.trim();
  expect(spoken[0]).toEqual({ text: heading, lang: 'zh-CN', voice: 'Test zh-CN' });
  expect(spoken.map((s) => s.text)).toContain(firstParagraph);
  // The contents list is navigation, not report text.
  expect(spoken.map((s) => s.text)).not.toContain('本章目录');
  expect(await read.isVisible()).toBe(false);

  await page.getByRole('button', { name: '暂停' }).click();
  expect((await log(page)).calls.at(-1)).toBe('pause');
  await page.getByRole('button', { name: '继续' }).click();
  expect((await log(page)).calls.at(-1)).toBe('resume');
  await page.getByRole('button', { name: '停止' }).click();
  expect((await log(page)).calls.at(-1)).toBe('cancel');
  expect(await page.getByRole('button', { name: '朗读' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: '停止' }).isVisible()).toBe(false);
});

test('pages without report text offer no 朗读', async ({ openPage }) => {
  const { page } = await openPage();
  await withChineseVoice(page);
  await page.goto(pageUrl('404.html'));
  expect(await page.getByRole('button', { name: '朗读' }).count()).toBe(0);
});
