/**
 * 朗读: read the report text of this page with the browser's speech synthesis in a zh-CN
 * voice, one utterance per block (long utterances are cut off by some engines), with
 * 暂停/继续 and 停止. The buttons stay hidden unless the browser has such a voice; until then an
 * invisible box holds their place (ReadAloud.astro), so the page does not move when they appear.
 */
import { reportBlockSelector } from '../site/report-markup.ts';

const box = document.querySelector<HTMLElement>('[data-read-aloud]');
const hasReportText = document.querySelector(reportBlockSelector) !== null;

if (box && hasReportText && 'speechSynthesis' in window) {
  const synth = window.speechSynthesis;
  const place = box.querySelector<HTMLElement>('[data-read-aloud-place]')!;
  const [start, pause, stop] = box.querySelectorAll('button');
  const pauseLabel = pause.textContent;
  const chineseVoice = () => synth.getVoices().find((voice) => /^zh[-_]CN$/i.test(voice.lang));
  let reading = false;
  const show = () => {
    const available = chineseVoice() !== undefined;
    place.hidden = available;
    start.hidden = !available || reading;
    pause.hidden = stop.hidden = !available || !reading;
  };
  const showIdle = (idle: boolean) => {
    reading = !idle;
    pause.textContent = pauseLabel;
    show();
  };

  start.addEventListener('click', () => {
    const voice = chineseVoice();
    if (!voice) return;
    synth.cancel();
    // The report text of the page, block by block, as search and the open data see it.
    const blocks = [...document.querySelectorAll(reportBlockSelector)]
      .map((block) => block.textContent!.trim())
      .filter(Boolean);
    blocks.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      if (index === blocks.length - 1) utterance.onend = () => showIdle(true);
      synth.speak(utterance);
    });
    showIdle(false);
    pause.focus();
  });
  pause.addEventListener('click', () => {
    if (synth.paused) { synth.resume(); pause.textContent = pauseLabel; }
    else { synth.pause(); pause.textContent = pause.dataset.resumeLabel!; }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    showIdle(true);
    start.focus();
  });
  show();
  synth.addEventListener('voiceschanged', show);
}
