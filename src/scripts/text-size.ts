/** 字号: standard, large, extra large (长者模式); remembered across pages and visits. */
const control = document.querySelector<HTMLElement>('[data-text-size-control]');
const root = document.documentElement;
const storageKey = 'reading-text-size';

if (control) {
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('[data-size-choice]')];
  const sync = () => {
    const current = root.dataset.textSize ?? 'standard';
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.sizeChoice === current));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const choice = button.dataset.sizeChoice ?? 'standard';
      if (choice === 'standard') delete root.dataset.textSize;
      else root.dataset.textSize = choice;
      try { localStorage.setItem(storageKey, choice); } catch { /* not remembered */ }
      sync();
    });
  }
  sync();
  control.hidden = false;
}
