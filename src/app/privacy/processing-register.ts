import type { Database } from '../../db/database.js';
import { listLegalBases, partnerWindowDays } from '../../db/overleggen.js';
import {
  DOCUMENTED_RETENTION,
  type ProcessingRegister,
  processingRegister,
  type RetentionTerm,
} from '../../domain/privacy/processing-register.js';

/**
 * The municipality's own retention rules, when the retention module's table exists; otherwise (or for a
 * kind without an own rule) the documented default.
 */
async function retentionTerms(db: Database, tenantId: string): Promise<RetentionTerm[]> {
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('retention_rule')::text AS t");
  if (!exists.rows[0]?.t) return [...DOCUMENTED_RETENTION];
  const own = await db.query<{ kind: string; term_months: number; note: string | null }>(
    'SELECT kind, term_months, note FROM retention_rule WHERE tenant_id = $1',
    [tenantId],
  );
  return DOCUMENTED_RETENTION.map((d) => {
    const o = own.rows.find((r) => r.kind === d.kind);
    return o ? { kind: d.kind, months: o.term_months, source: o.note ?? 'eigen regel', own: true } : d;
  });
}

/** The art. 30 register of the actor's municipality, from its configuration (no personal data). */
export async function readProcessingRegister(
  db: Database,
  tenantId: string,
  now: Date,
): Promise<ProcessingRegister> {
  const orgs = await db.query<{
    name: string;
    kind: string;
    partner_type: string | null;
    region: string | null;
  }>(
    `SELECT o.name, o.kind, o.partner_type, r.name AS region FROM organisation o
       LEFT JOIN organisation r ON r.id = o.region_id
      WHERE o.tenant_id = $1 ORDER BY o.name`,
    [tenantId],
  );
  const self = orgs.rows.find((o) => o.kind !== 'partner');
  const [bases, window, retention] = await Promise.all([
    listLegalBases(db, tenantId),
    partnerWindowDays(db, tenantId),
    retentionTerms(db, tenantId),
  ]);
  return processingRegister({
    controller: self?.name ?? '',
    region: self?.region ?? null,
    partners: orgs.rows
      .filter((o) => o.kind === 'partner')
      .map((o) => ({ name: o.name, type: o.partner_type ?? 'overig' })),
    retention,
    legalBases: bases.map((b) => ({ code: b.code, label: b.labelNl })),
    partnerWindowDays: window.days,
    generatedAt: now.toISOString(),
  });
}
