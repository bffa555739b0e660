// When the medical content was last reviewed against its sources. docs/content-review.md is generated from
// the content data and these dates (node scripts/content-review.mjs); review again within 24 months.
export const contentReview = {
  /** ISO date of the last full claim-by-claim review. */
  reviewed: '2026-12-01',
  /** Months until the next review is due (the practice of the leading patient-education publishers). */
  reviewEveryMonths: 24,
  by: 'Issue 12 review: each claim checked against the cited source (abstract or full text where available)',
} as const;

/** The ISO date the next review is due. */
export function reviewDue(reviewed: string = contentReview.reviewed, months: number = contentReview.reviewEveryMonths): string {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
