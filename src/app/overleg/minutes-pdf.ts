import PDFDocument from 'pdfkit';
import { findCasus } from '../../db/casussen.js';
import { listActionsOfMeeting } from '../../db/overleggen/actions.js';
import { listContributions } from '../../db/overleggen/contributions.js';
import { insertDisclosure } from '../../db/overleggen/disclosures.js';
import { findOrganisation } from '../../db/overleggen/parties.js';
import { findLegalBasis } from '../../db/overleggen/settings.js';
import {
  canSeeMeeting,
  isChair,
  mayManageMeeting,
  meetingStanding,
  type Viewer,
  visibleContributions,
} from '../../domain/overleg/access.js';
import { MEETING_TYPE_LABELS } from '../../domain/overleg/labels.js';
import { type MinutesDocument, minutesDocument, type VisibleItem } from './minutes-document.js';
import { type Ctx, fieldError, forbidden, logDenied, type Result } from './results.js';
import { itemFacts, itemView, loadScope, viewer } from './scope.js';

const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' });

/** Draws the document: Dutch headings, the header as label-value lines, every section in order. */
export function renderPdf(doc: MinutesDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: {
        Title: `${doc.title} - ${doc.subtitle}`,
        Author: 'Duiden',
        Subject: doc.subject ?? 'Notulen (vertrouwelijk)',
      },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    if (doc.stamp) {
      const text = doc.stamp;
      const stamp = (): void => {
        // Drawn inside the bottom margin, which is lifted for it so it starts no page of its own.
        const { x, y } = pdf;
        // The font of the text being flowed when a page is added, given back afterwards.
        const state = pdf as unknown as { _font: unknown; _fontSize: number };
        const [font, size] = [state._font, state._fontSize];
        const bottom = pdf.page.margins.bottom;
        pdf.page.margins.bottom = 0;
        pdf
          .font('Helvetica-Oblique')
          .fontSize(7)
          .text(text, 56, pdf.page.height - bottom + 8, { width: pdf.page.width - 112 });
        pdf.page.margins.bottom = bottom;
        pdf.x = x;
        pdf.y = y;
        state._font = font;
        state._fontSize = size;
      };
      stamp();
      pdf.on('pageAdded', stamp);
    }
    pdf.font('Helvetica-Bold').fontSize(18).text(doc.title);
    pdf.font('Helvetica').fontSize(12).text(doc.subtitle).moveDown(0.5);
    pdf.fontSize(10);
    for (const line of doc.header) {
      pdf
        .font('Helvetica-Bold')
        .text(`${line.label}: `, { continued: true })
        .font('Helvetica')
        .text(line.text);
    }
    for (const s of doc.sections) {
      pdf.moveDown(1).font('Helvetica-Bold').fontSize(12).text(s.heading).fontSize(10).moveDown(0.3);
      for (const line of s.lines) {
        if (line.label) pdf.font('Helvetica-Bold').text(`${line.label}: `, { continued: true });
        pdf.font('Helvetica').text(line.text);
      }
    }
    if (doc.sections.length === 0)
      pdf.moveDown(1).font('Helvetica').text('Geen agendapunten voor deze ontvanger.');
    pdf.moveDown(2).font('Helvetica-Oblique').fontSize(8).text(doc.footer);
    pdf.end();
  });
}

export interface MinutesPdfRequest {
  /** For another (partner) organisation's version, made by the organiser or the chair. */
  readonly organisationId?: string | undefined;
  /** The basis of the disclosure; defaults to the meeting's own. */
  readonly legalBasisId?: string | undefined;
}

/**
 * The approved minutes as a PDF for one recipient, with only what that recipient may see (the same
 * need-to-know rules as the screens). Providing it to a partner organisation is a disclosure: recorded
 * with its legal basis, by whom and when. Every item that goes into the file is a logged read.
 */
export async function minutesPdf(
  ctx: Ctx,
  meetingId: string,
  req: MinutesPdfRequest,
): Promise<Result<{ pdf: Buffer; fileName: string }>> {
  const scope = await loadScope(ctx.db, meetingId);
  const v = viewer(ctx.actor);
  if (!scope || !canSeeMeeting(v, scope.facts, scope.items.map(itemFacts), ctx.now, scope.windowDays)) {
    return logDenied(ctx, 'overleg_notulen', meetingId);
  }
  const m = scope.meeting;
  if (m.minutes.status !== 'definitief') {
    return fieldError(
      'meeting',
      'De notulen zijn nog niet vastgesteld door de voorzitter.',
      'The minutes have not been approved by the chair yet.',
    );
  }

  let recipient: Viewer = v;
  let recipientName = ctx.actor.organisationName;
  let recipientUserId: string | null = ctx.actor.userId;
  let partner = ctx.actor.organisationKind === 'partner';
  if (req.organisationId && req.organisationId !== ctx.actor.organisationId) {
    if (!mayManageMeeting(v, scope.facts) && !isChair(v, scope.facts)) return forbidden;
    const org = await findOrganisation(ctx.db, req.organisationId);
    if (org?.kind !== 'partner' || org.tenantId !== m.tenantId) {
      return fieldError(
        'organisationId',
        'Kies een ketenpartner van dit overleg.',
        'Choose a partner of this meeting.',
      );
    }
    recipient = { userId: '', organisationId: org.id, role: 'ketenpartner', tenantId: m.tenantId };
    recipientName = org.name;
    recipientUserId = null;
    partner = true;
  }

  const standing = meetingStanding(recipient, scope.facts) !== null;
  const visible = scope.items
    .map((item) => ({ item, view: itemView(recipient, scope, item, ctx.now) }))
    .filter((x): x is { item: typeof x.item; view: NonNullable<typeof x.view> } => x.view !== null);
  if (!standing && visible.length === 0) {
    return fieldError(
      'organisationId',
      'Deze organisatie neemt niet deel aan dit overleg.',
      'This organisation does not take part in this meeting.',
    );
  }

  const legalBasisId = req.legalBasisId ?? m.legalBasisId;
  if (partner) {
    if (!legalBasisId) {
      return fieldError(
        'legalBasisId',
        'Kies de grondslag waarop de notulen aan deze ketenpartner worden verstrekt.',
        'Choose the legal basis on which the minutes are provided to this partner.',
      );
    }
    if (!(await findLegalBasis(ctx.db, legalBasisId, m.tenantId))) {
      return fieldError(
        'legalBasisId',
        'Kies een grondslag uit de lijst.',
        'Choose a legal basis from the list.',
      );
    }
  }

  const [contributions, actions] = await Promise.all([
    listContributions(
      ctx.db,
      visible.map((x) => x.item.id),
    ),
    listActionsOfMeeting(ctx.db, m.id),
  ]);
  const items: VisibleItem[] = visible.map(({ item, view }) => ({
    item,
    view,
    contributions: visibleContributions(
      recipient,
      view,
      contributions.filter((c) => c.itemId === item.id),
    ),
    actions: view === 'full' ? actions.filter((a) => a.itemId === item.id) : [],
  }));

  // Names the decisions refer to: organisations of the tenant and the case opened.
  const orgNames = new Map<string, string>();
  const casusRefs = new Map<string, string>();
  for (const { item } of visible) {
    const d = item.decision;
    if (d?.status !== 'vastgesteld') continue;
    const decidedBy = (d.payload.decidedBy as Array<{ organisationId: string | null }> | undefined) ?? [];
    for (const p of decidedBy) {
      if (p.organisationId && !orgNames.has(p.organisationId)) {
        orgNames.set(p.organisationId, (await findOrganisation(ctx.db, p.organisationId))?.name ?? '');
      }
    }
    if (d.casusId && !casusRefs.has(d.casusId)) {
      casusRefs.set(d.casusId, (await findCasus(ctx.db, d.casusId))?.reference ?? '');
    }
  }

  const doc = minutesDocument({
    meeting: m,
    recipientName,
    wholeMeeting: standing,
    items,
    organisationName: (id) => orgNames.get(id) ?? '',
    casusReference: (id) => casusRefs.get(id) ?? null,
  });
  const pdf = await renderPdf(doc);
  const date = day.format(m.startsAt);

  await ctx.db.tx(async (q) => {
    if (partner && legalBasisId) {
      await insertDisclosure(q, {
        tenantId: m.tenantId,
        objectType: 'meeting_minutes',
        objectId: m.id,
        description: `Notulen ${MEETING_TYPE_LABELS[m.type].nl.toLowerCase()} ${date} (versie voor de ontvanger, ${visible.length} agendapunt(en))`,
        recipientOrganisationId: recipient.organisationId,
        recipientUserId,
        legalBasisId,
        disclosedBy: ctx.actor.userId,
        disclosedAt: ctx.now,
      });
    }
    await ctx.audit(q, { action: 'export', objectType: 'overleg_notulen', objectId: m.id });
    for (const { item } of visible) {
      for (const personId of item.persons.length > 0 ? item.persons.map((p) => p.id) : [null]) {
        await ctx.audit(q, { action: 'export', objectType: 'overleg_item', objectId: item.id, personId });
      }
    }
  });
  return { ok: true, pdf, fileName: `notulen-${m.type}-${date}.pdf` };
}
