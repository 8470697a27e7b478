/**
 * 朗读: read the report text of this page with the browser's speech synthesis in a zh-CN
 * voice, one utterance per block (long utterances are cut off by some engines), with
 * 暂停/继续 and 停止. The control stays hidden unless the browser has such a voice.
 */
import { reportBlockSelector } from '../site/report-markup.ts';

const box = document.querySelector<HTMLElement>('[data-read-aloud]');
const hasReportText = document.querySelector(reportBlockSelector) !== null;

if (box && hasReportText && 'speechSynthesis' in window) {
  const synth = window.speechSynthesis;
  const [start, pause, stop] = box.querySelectorAll('button');
  const pauseLabel = pause.textContent;
  const chineseVoice = () => synth.getVoices().find((voice) => /^zh[-_]CN$/i.test(voice.lang));
  const showIdle = (idle: boolean) => {
    start.hidden = !idle;
    pause.hidden = stop.hidden = idle;
    pause.textContent = pauseLabel;
  };
  const offer = () => { box.hidden = !chineseVoice(); };

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
  offer();
  synth.addEventListener('voiceschanged', offer);
}
