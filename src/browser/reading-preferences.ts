/**
 * The reader's display choices: 字号 (standard, large, xlarge = 长者模式) and 高对比度.
 * public/reading-prefs.js applies the stored choice before the first paint, and marks <html> so
 * that these buttons, which need this script, are laid out in that first paint (and never shown
 * without JavaScript). The buttons change the choice, mark the current one with aria-pressed and
 * remember it (localStorage key `reading-<name>`) across pages and visits. Buttons carry data-pref (the <html> data
 * attribute, camelCase) and data-value; data-toggle makes a button switch back to standard.
 */
const root = document.documentElement;
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-pref]')];

const sync = () => {
  for (const button of buttons) {
    button.setAttribute('aria-pressed', String((root.dataset[button.dataset.pref!] ?? 'standard') === button.dataset.value));
  }
};

for (const button of buttons) {
  const pref = button.dataset.pref!;
  button.addEventListener('click', () => {
    const value = button.hasAttribute('data-toggle') && button.getAttribute('aria-pressed') === 'true' ? 'standard' : button.dataset.value!;
    if (value === 'standard') delete root.dataset[pref];
    else root.dataset[pref] = value;
    try { localStorage.setItem(`reading-${pref}`, value); } catch { /* storage blocked: not remembered */ }
    sync();
  });
}
sync();
