/** The review cycle: a case is reviewed regularly, by default every three months. */
export const DEFAULT_REVIEW_MONTHS = 3;

/** Adds whole months to a yyyy-mm-dd date; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The next review: the date set, or three months after the case was opened. */
export function nextReview(openedOn: string, nextReviewOn: string | null): string {
  return nextReviewOn ?? addMonths(openedOn, DEFAULT_REVIEW_MONTHS);
}

/** Overdue when the review date has passed (a closed case is never overdue). */
export function isReviewOverdue(next: string, today: string, closed: boolean): boolean {
  return !closed && next < today;
}
