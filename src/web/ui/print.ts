import { useEffect } from 'react';

/** The fields a person types into or chooses from; ticks and radio buttons alone do not fill a form. */
const FILLED_BY_HAND =
  'input:not([type="hidden"], [type="submit"], [type="button"], [type="checkbox"], [type="radio"], [type="file"]), textarea, select';

function markEmptyForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('main form')) {
    const fields = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      FILLED_BY_HAND,
    );
    if ([...fields].every((f) => f.value.trim() === '')) form.dataset.printEmpty = '';
  }
}

function unmarkEmptyForms(): void {
  for (const form of document.querySelectorAll<HTMLElement>('[data-print-empty]')) {
    delete form.dataset.printEmpty;
  }
}

/**
 * While the page is printed, marks every form in it that nobody filled in (`data-print-empty`), so the
 * print stylesheet leaves it off the paper; a form with something typed in it prints, so nothing typed is
 * hidden from the person printing.
 */
export function useEmptyFormsOffPaper(): void {
  useEffect(() => {
    window.addEventListener('beforeprint', markEmptyForms);
    window.addEventListener('afterprint', unmarkEmptyForms);
    return () => {
      window.removeEventListener('beforeprint', markEmptyForms);
      window.removeEventListener('afterprint', unmarkEmptyForms);
      unmarkEmptyForms();
    };
  }, []);
}
