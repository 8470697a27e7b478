import type { Page } from 'playwright-core';
import { expect, pageUrl, test } from '../support/browser.ts';
import { samplePages } from '../support/site-under-test.ts';


interface SpeechLog { spoken: { text: string; lang: string; voice: string | undefined }[]; calls: string[] }
const log = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);

/**
 * Give the browser a zh-CN voice: headless Chromium has none. getVoices and the engine calls
 * are replaced; our code still runs against the browser's real SpeechSynthesisUtterance.
 */
async function withChineseVoice(page: Page) {
  await page.addInitScript(() => {
    const speechLog: SpeechLog = { spoken: [], calls: [] };
    (window as unknown as { speechLog: SpeechLog }).speechLog = speechLog;
    const voice = { lang: 'zh-CN', name: 'Test Chinese', voiceURI: 'test-zh', default: true, localService: true };
    let paused = false;
    // Only real SpeechSynthesisVoice objects pass the native setter's type check.
    const voices = new WeakMap<SpeechSynthesisUtterance, unknown>();
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      get() { return voices.get(this) ?? null; },
      set(value) { voices.set(this, value); },
    });
    Object.defineProperties(speechSynthesis, {
      getVoices: { value: () => [voice] },
      speak: { value: (u: SpeechSynthesisUtterance) => speechLog.spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as { name?: string } | null)?.name }) },
      pause: { value: () => { paused = true; speechLog.calls.push('pause'); } },
      resume: { value: () => { paused = false; speechLog.calls.push('resume'); } },
      cancel: { value: () => { speechLog.calls.push('cancel'); } },
      paused: { get: () => paused },
    });
  });
}

test('朗读 is absent where the browser has no zh-CN voice (this headless Chromium)', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.section));
  const voices = await page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang));
  expect(voices.some((lang) => /^zh[-_]CN$/i.test(lang))).toBe(false);
  await page.waitForTimeout(300);
  expect(await page.getByRole('button', { name: '朗读' }).count()).toBe(0);
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
  expect(spoken[0]).toEqual({ text: heading, lang: 'zh-CN', voice: 'Test Chinese' });
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
