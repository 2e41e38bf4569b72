/**
 * Numbering per tenant and year (signal_counter, casus_counter): the statement that takes the next number
 * ($1 the tenant, $2 the year) as last_value. The counter row stays locked until commit, so numbers have no
 * gaps; add RETURNING, or use it as a CTE.
 */
export function takeNextNumber(counter: 'signal_counter' | 'casus_counter'): string {
  return `INSERT INTO ${counter} (tenant_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = ${counter}.last_value + 1`;
}

/** A case's reference C-YYYY-NNNN from the year ($2) and its number (an SQL expression). */
export function caseReference(number: string): string {
  return `'C-' || $2::text || '-' || lpad(${number}::text, greatest(4, length(${number}::text)), '0')`;
}
