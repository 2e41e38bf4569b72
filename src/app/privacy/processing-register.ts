import type { Database } from '../../db/database.js';
import { covenantsInForce } from '../../db/netwerk-covenants.js';
import { listLegalBases, partnerWindowDays } from '../../db/overleggen/settings.js';
import { agreementsInForce } from '../../db/regio-agreements.js';
import { ownRules } from '../../db/retention.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import {
  type ProcessingRegister,
  processingRegister,
  type RetentionTerm,
} from '../../domain/privacy/processing-register.js';
import { RETENTION_DEFAULTS, RETENTION_KINDS } from '../../domain/privacy/retention.js';

/** The municipality's own retention rules (src/db/retention.ts), else the documented defaults. */
async function retentionTerms(db: Database, tenantId: string): Promise<RetentionTerm[]> {
  const own = await ownRules(db, tenantId);
  return RETENTION_KINDS.map((kind) => {
    const o = own.find((r) => r.kind === kind);
    return o
      ? { kind, months: o.months, source: o.note ?? 'eigen regel', own: true }
      : {
          kind,
          months: RETENTION_DEFAULTS[kind].months,
          source: RETENTION_DEFAULTS[kind].source,
          own: false,
        };
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
  const [bases, window, retention, covenants, regional] = await Promise.all([
    listLegalBases(db, tenantId),
    partnerWindowDays(db, tenantId),
    retentionTerms(db, tenantId),
    covenantsInForce(db, tenantId, amsterdamDate(now)),
    agreementsInForce(db, tenantId, amsterdamDate(now)),
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
    covenants,
    regional: regional.map((a) => ({
      task: a.task,
      municipality: a.municipalityName,
      worker: a.actingMunicipalityName ?? a.regionName,
      covenant: a.covenantTitle,
      endsOn: a.endsOn,
    })),
  });
}
