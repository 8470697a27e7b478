/** 打印本页: the browser's print dialog; the print stylesheet does the rest. */
const button = document.querySelector<HTMLButtonElement>('[data-print-page]');
if (button) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}
