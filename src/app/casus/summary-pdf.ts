import { listChecklists } from '../../db/casus-checklists.js';
import { findSpokesline, listBriefings } from '../../db/casus-communication.js';
import { listFamilyContacts } from '../../db/casus-family.js';
import { findPlan, listMeasures } from '../../db/casus-plan.js';
import { findOrganisation } from '../../db/overleggen/parties.js';
import { findLegalBasis, listLegalBases } from '../../db/overleggen/settings.js';
import { insertRegisterEntry } from '../../db/privacy-disclosures.js';
import type { Actor } from '../../domain/access/roles.js';
import { caseAccess, isActiveParticipation } from '../../domain/casus/participation.js';
import { summarySections } from '../../domain/casus/summary.js';
import { amsterdamDate, dutchDate } from '../../domain/melding/calendar.js';
import { MEETING_TYPE_LABELS } from '../../domain/overleg/labels.js';
import type { MeetingType } from '../../domain/overleg/types.js';
import { renderPdf } from '../overleg/minutes-pdf.js';
import { type Ctx, fieldError, type Result } from '../overleg/results.js';
import { loadForRegie } from './load.js';
import { visibleNetwork } from './network.js';
import { summaryDocument } from './summary-document.js';

export interface SummaryPdfRequest {
  /** The recipient: the municipality itself (default) or a participating partner organisation. */
  readonly organisationId?: string | undefined;
  /** The basis of the disclosure to a partner. */
  readonly legalBasisId?: string | undefined;
  /** The meeting it is made for; the case must be on its agenda. */
  readonly meetingId?: string | undefined;
}

/**
 * A case summary for a meeting, for one recipient organisation, with only what that recipient may read of
 * the case (the same rules as its screens: src/domain/casus/summary.ts, participation.ts, network.ts).
 * Providing it to a partner is a disclosure, recorded with its legal basis, and every part is a logged
 * export of the case's person.
 */
export async function caseSummaryPdf(
  ctx: Ctx,
  id: string,
  req: SummaryPdfRequest,
): Promise<Result<{ pdf: Buffer; fileName: string }>> {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const d = c.dossier;

  let recipient: Actor = ctx.actor;
  let recipientName = ctx.actor.organisationName;
  let partner = false;
  if (req.organisationId && req.organisationId !== d.tenantId) {
    const org = await findOrganisation(ctx.db, req.organisationId);
    const p = c.participants.find(
      (x) => x.organisationId === req.organisationId && isActiveParticipation(x, ctx.now),
    );
    if (org?.kind !== 'partner' || org.tenantId !== d.tenantId || !p) {
      return fieldError(
        'organisationId',
        'Kies een organisatie die aan deze casus deelneemt.',
        'Choose an organisation that takes part in this case.',
      );
    }
    recipient = {
      ...ctx.actor,
      userId: p.userId ?? '',
      displayName: p.userName ?? org.name,
      organisationId: org.id,
      organisationName: org.name,
      organisationKind: 'partner',
      role: 'ketenpartner',
    };
    recipientName = p.userName ? `${org.name} (${p.userName})` : org.name;
    partner = true;
  }
  const access = caseAccess(recipient, d, c.participants, ctx.now);
  const sections = summarySections(access);
  if (sections.length === 0) {
    return fieldError(
      'organisationId',
      'Deze organisatie mag de casus niet inzien.',
      'This organisation may not see the case.',
    );
  }

  if (partner) {
    if (!req.legalBasisId) {
      return fieldError(
        'legalBasisId',
        'Kies de grondslag waarop de samenvatting aan deze ketenpartner wordt verstrekt.',
        'Choose the legal basis on which the summary is provided to this partner.',
      );
    }
    if (!(await findLegalBasis(ctx.db, req.legalBasisId, d.tenantId))) {
      return fieldError(
        'legalBasisId',
        'Kies een grondslag uit de lijst.',
        'Choose a legal basis from the list.',
      );
    }
  }

  let meetingLabel: string | null = null;
  if (req.meetingId) {
    const m = await ctx.db.query<{ type: MeetingType; title: string; starts_at: Date }>(
      `SELECT m.type, m.title, m.starts_at FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
       WHERE m.id = $1 AND m.tenant_id = $2 AND i.casus_id = $3 AND m.status <> 'geannuleerd'`,
      [req.meetingId, d.tenantId, id],
    );
    const row = m.rows[0];
    if (!row) {
      return fieldError(
        'meetingId',
        'Kies een overleg waarop deze casus geagendeerd staat.',
        'Choose a meeting that has this case on its agenda.',
      );
    }
    meetingLabel = `${MEETING_TYPE_LABELS[row.type].nl} van ${dutchDate(amsterdamDate(row.starts_at))} (${row.title})`;
  }

  const [plan, measures, checklists, network, family, spokesline, briefings] = await Promise.all([
    findPlan(ctx.db, id),
    listMeasures(ctx.db, id),
    listChecklists(ctx.db, id),
    visibleNetwork(ctx.db, id, recipient, ctx.now),
    listFamilyContacts(ctx.db, id),
    findSpokesline(ctx.db, id),
    sections.includes('raadsinformatie') ? listBriefings(ctx.db, id) : Promise.resolve([]),
  ]);
  const doc = summaryDocument({
    dossier: d,
    recipientName,
    sections,
    meetingLabel,
    participants: c.participants,
    plan,
    measures,
    checklists,
    network,
    family,
    spokesline,
    briefings,
    now: ctx.now,
  });
  const pdf = await renderPdf(doc);
  const today = amsterdamDate(ctx.now);

  await ctx.db.tx(async (q) => {
    if (partner && req.legalBasisId) {
      await insertRegisterEntry(q, {
        tenantId: d.tenantId,
        objectType: 'casus_summary',
        objectId: id,
        casusId: id,
        personId: d.personId,
        recipientDescription: null,
        description: `Casussamenvatting ${d.reference}${meetingLabel ? ` voor ${meetingLabel.split(' (')[0]}` : ''} (versie voor de ontvanger)`,
        recipientOrganisationId: recipient.organisationId,
        legalBasisId: req.legalBasisId,
        disclosedBy: ctx.actor.userId,
        disclosedAt: ctx.now,
      });
    }
    await ctx.audit(q, { action: 'export', objectType: 'casus', objectId: id, personId: d.personId });
    for (const l of network.personLinks.values()) {
      await ctx.audit(q, { action: 'export', objectType: 'persoon', objectId: l.id, personId: l.id });
    }
  });
  return { ok: true, pdf, fileName: `casussamenvatting-${d.reference}-${today}.pdf` };
}

/** Who a summary can be made for, the meetings the case is on, and the legal bases to choose from. */
export async function summaryOptions(ctx: Ctx, id: string) {
  const c = await loadForRegie(ctx, id);
  if (!c.ok) return c;
  const d = c.dossier;
  const partners = c.participants.filter((p) => isActiveParticipation(p, ctx.now));
  const seen = new Set<string>();
  const recipients = [
    { organisationId: d.tenantId, name: ctx.actor.organisationName, partner: false },
    ...partners
      .filter((p) => !seen.has(p.organisationId) && seen.add(p.organisationId))
      .map((p) => ({ organisationId: p.organisationId, name: p.organisationName, partner: true })),
  ];
  const meetings = await ctx.db.query<{ id: string; type: MeetingType; title: string; starts_at: Date }>(
    `SELECT m.id, m.type, m.title, m.starts_at FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
     WHERE m.tenant_id = $1 AND i.casus_id = $2 AND m.status <> 'geannuleerd'
     ORDER BY m.starts_at DESC LIMIT 50`,
    [d.tenantId, id],
  );
  const bases = await listLegalBases(ctx.db, d.tenantId);
  await ctx.audit(ctx.db, { action: 'read', objectType: 'casus', objectId: id, personId: d.personId });
  return {
    ok: true as const,
    options: {
      recipients,
      meetings: meetings.rows.map((m) => ({
        id: m.id,
        type: m.type,
        title: m.title,
        startsAt: m.starts_at.toISOString(),
      })),
      legalBases: bases.map((b) => ({
        id: b.id,
        label: { nl: b.labelNl, en: b.labelEn },
        example: b.example,
      })),
    },
  };
}
