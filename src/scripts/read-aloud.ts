/**
 * 朗读: read the report text of this page with the browser's speech synthesis in a zh-CN
 * voice, one utterance per block (long utterances are cut off by some engines), with
 * 暂停/继续 and 停止. The control stays hidden unless the browser has such a voice.
 */
const box = document.querySelector<HTMLElement>('[data-read-aloud]');
const body = document.querySelector<HTMLElement>('[data-report-body]');

if (box && body && 'speechSynthesis' in window) {
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
    // Report text only: not the contents list, and each block once.
    const blocks = [...body.querySelectorAll('h1, h2, h3, h4, p, li')]
      .filter((block) => !block.closest('nav') && !block.parentElement!.closest('p, li'))
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
