/** Case references: C-2026-0001, numbered per tenant per year without gaps. */
export function formatCaseReference(year: number, seq: number): string {
  return `C-${year}-${String(seq).padStart(4, '0')}`;
}

export const CASE_REFERENCE_RE = /^C-\d{4}-\d{4,}$/;
