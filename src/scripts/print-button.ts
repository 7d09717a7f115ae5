/**
 * Screen-only print controls: the "print" button (`[data-print]`), controls that need a script
 * (`[data-needs-js]`), and checkboxes that leave a part off the paper (`data-print-without="key"`
 * sets `paper--without-key` on the page).
 */
export function setUpPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-needs-js]')) element.hidden = false;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-print-without]')) {
    const apply = () => document.documentElement.classList.toggle(`paper--without-${box.dataset.printWithout}`, box.checked);
    box.addEventListener('change', apply);
    apply();
  }
}
