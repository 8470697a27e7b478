/** 打印本页: the browser's print dialog; print.css and print: utilities do the rest. */
document.querySelector('[data-print-page]')?.addEventListener('click', () => window.print());
