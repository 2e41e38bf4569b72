import type { CaseDossier } from '../../db/casus-dossier.js';
import { findLegalBasis } from '../../db/overleggen/settings.js';
import { findPerson } from '../../db/personen.js';
import {
  caseFamilyContacts,
  caseNetwork,
  findSummary,
  insertSummary,
  listSummaries,
  markExported,
  type SummaryRecord,
  tenantNames,
  updateSummaryText,
} from '../../db/privacy-anonymise.js';
import { insertRegisterEntry } from '../../db/privacy-disclosures.js';
import { subjectCases, subjectSignals } from '../../db/privacy-subject.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { checkSummary, composeSummary, type SummaryFacts } from '../../domain/privacy/anonymise.js';
import { loadForRegie } from '../casus/load.js';
import { type Ctx, conflict, fieldError, notFound, type Result } from '../overleg/results.js';

/**
 * Anonymised consultation: one action makes a case summary without names (roles instead), with relative
 * dates and generalised places, checked against every identifier known in the case. The officer reviews
 * (and may edit) the concept; it can only be exported when the check finds nothing, and the export is
 * logged and registered as a disclosure with its recipient and legal basis.
 */

/** Everything the summary is made from (a logged read of the case). */
export async function summaryFacts(ctx: Ctx, dossier: CaseDossier): Promise<SummaryFacts> {
  const [person, signals, cases, network, family, names] = await Promise.all([
    findPerson(ctx.db, dossier.personId),
    subjectSignals(ctx.db, dossier.personId),
    subjectCases(ctx.db, dossier.personId),
    caseNetwork(ctx.db, dossier.id),
    caseFamilyContacts(ctx.db, dossier.id),
    tenantNames(ctx.db, dossier.tenantId),
  ]);
  const c = cases.find((x) => x.id === dossier.id);
  const visibleSignals = signals.filter((s) => !s.restricted);
  return {
    day0: amsterdamDate(dossier.createdAt),
    person: {
      name: person?.displayName ?? dossier.personName,
      birthDate: person?.birthDate ?? null,
      address: person?.address ?? null,
      neighbourhood: person?.neighbourhood ?? null,
      schoolOrWork: person?.schoolOrWork ?? null,
    },
    mentions: signals.map((s) => s.own),
    phase: dossier.phase,
    situation: dossier.situation,
    situationSince: dossier.situationSince,
    // An AIVD ambtsbericht never goes to an outside expert, not even anonymised.
    signals: visibleSignals.map((s) => ({
      receivedOn: amsterdamDate(s.receivedAt),
      kind: s.kind,
      category: s.category,
      observations: s.observations.map((o) => ({
        description: o.description,
        observedOn: o.observedOn,
        place: o.place,
      })),
      assumptions: s.assumptions,
      contraIndications: s.contraIndications,
      others: s.others,
      reporter: { name: s.reporterName, email: s.reporterEmail, phone: s.reporterPhone },
    })),
    plan: c?.plan ?? null,
    measures: (c?.measures ?? []).map((m) => ({
      track: m.track,
      title: m.title,
      ownerType: names.partners.find((p) => p.name === m.owner)?.type ?? 'gemeente',
      status: m.status,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      evaluationResult: m.evaluationResult,
      evaluationWhatWorked: m.evaluationWhatWorked,
    })),
    network,
    family,
    events: (c?.events ?? []).map((e) => ({
      kind: e.kind,
      on: e.occurredOn ?? amsterdamDate(new Date(e.at)),
      reason: e.reason,
    })),
    places: names.places,
    partners: names.partners,
    staff: names.staff,
    references: [dossier.reference, ...signals.map((s) => s.reference)],
  };
}

export interface SummaryView {
  readonly summary: SummaryRecord;
  readonly findings: ReadonlyArray<{ kind: string; text: string }>;
}

async function ownSummary(ctx: Ctx, id: string) {
  const s = await findSummary(ctx.db, id);
  if (!s || s.tenantId !== ctx.actor.tenantId) return null;
  const c = await loadForRegie(ctx, s.casusId);
  if (!c.ok) return null;
  return { s, c };
}

export async function createSummary(ctx: Ctx, casusId: string): Promise<Result<{ id: string }>> {
  const c = await loadForRegie(ctx, casusId);
  if (!c.ok) return c;
  const text = composeSummary(await summaryFacts(ctx, c.dossier));
  const id = await ctx.db.tx(async (q) => {
    const sid = await insertSummary(q, {
      tenantId: c.dossier.tenantId,
      casusId,
      text,
      at: ctx.now,
      by: ctx.actor.userId,
    });
    await ctx.audit(q, {
      action: 'anonymise',
      objectType: 'casus',
      objectId: casusId,
      personId: c.dossier.personId,
    });
    return sid;
  });
  return { ok: true, id };
}

export async function listCaseSummaries(
  ctx: Ctx,
  casusId: string,
): Promise<Result<{ summaries: SummaryRecord[] }>> {
  const c = await loadForRegie(ctx, casusId);
  if (!c.ok) return c;
  await ctx.audit(ctx.db, {
    action: 'list',
    objectType: 'anonymised_summary',
    objectId: casusId,
    personId: null,
  });
  return { ok: true, summaries: await listSummaries(ctx.db, casusId) };
}

export async function readSummary(ctx: Ctx, id: string): Promise<Result<SummaryView>> {
  const own = await ownSummary(ctx, id);
  if (!own) return notFound;
  const findings = checkSummary(own.s.text, await summaryFacts(ctx, own.c.dossier));
  await ctx.audit(ctx.db, { action: 'read', objectType: 'anonymised_summary', objectId: id, personId: null });
  return { ok: true, summary: own.s, findings };
}

/** The officer's review: an edited text, checked again. */
export async function editSummary(
  ctx: Ctx,
  id: string,
  input: { version: number; text: string },
): Promise<Result<object>> {
  const own = await ownSummary(ctx, id);
  if (!own) return notFound;
  if (own.s.status !== 'concept') {
    return fieldError(
      'status',
      'Deze samenvatting is al geëxporteerd.',
      'This summary has already been exported.',
    );
  }
  const text = input.text.trim();
  if (!text) return fieldError('text', 'Schrijf de samenvatting.', 'Write the summary.');
  const done = await ctx.db.tx(async (q) => {
    if (!(await updateSummaryText(q, id, input.version, text))) return false;
    await ctx.audit(q, { action: 'update', objectType: 'anonymised_summary', objectId: id, personId: null });
    return true;
  });
  return done ? { ok: true } : conflict(await findSummary(ctx.db, id));
}

/**
 * Exports a reviewed summary to the outside expert: refused while the check still finds an identifier;
 * logged, and registered with its recipient and legal basis.
 */
export async function exportSummary(
  ctx: Ctx,
  id: string,
  input: { version: number; recipient: string; legalBasisId: string },
): Promise<Result<{ text: string }>> {
  const own = await ownSummary(ctx, id);
  if (!own) return notFound;
  const { s, c } = own;
  if (s.status !== 'concept') {
    return fieldError(
      'status',
      'Deze samenvatting is al geëxporteerd.',
      'This summary has already been exported.',
    );
  }
  const recipient = input.recipient.trim();
  if (!recipient)
    return fieldError('recipient', 'Vul in aan wie de samenvatting gaat.', 'Enter who receives the summary.');
  if (recipient.length > 200)
    return fieldError('recipient', 'Gebruik ten hoogste 200 tekens.', 'Use at most 200 characters.');
  if (!(await findLegalBasis(ctx.db, input.legalBasisId, c.dossier.tenantId))) {
    return fieldError(
      'legalBasisId',
      'Kies een grondslag uit de lijst.',
      'Choose a legal basis from the list.',
    );
  }
  const findings = checkSummary(s.text, await summaryFacts(ctx, c.dossier));
  if (findings.length > 0) {
    return fieldError(
      'text',
      `De tekst bevat nog ${findings.length} herkenbaar gegeven(s). Pas de tekst aan voordat u exporteert.`,
      `The text still contains ${findings.length} identifying item(s). Edit the text before exporting.`,
    );
  }
  const done = await ctx.db.tx(async (q) => {
    if (!(await markExported(q, id, input.version, { at: ctx.now, by: ctx.actor.userId, recipient })))
      return false;
    await insertRegisterEntry(q, {
      tenantId: c.dossier.tenantId,
      objectType: 'anonymised_summary',
      objectId: id,
      description: 'Geanonimiseerde casusbeschrijving voor consultatie',
      recipientOrganisationId: null,
      recipientDescription: recipient,
      legalBasisId: input.legalBasisId,
      disclosedBy: ctx.actor.userId,
      disclosedAt: ctx.now,
      casusId: c.dossier.id,
      personId: c.dossier.personId,
    });
    await ctx.audit(q, {
      action: 'export',
      objectType: 'anonymised_summary',
      objectId: id,
      personId: c.dossier.personId,
    });
    return true;
  });
  return done ? { ok: true, text: s.text } : conflict(await findSummary(ctx.db, id));
}

/** The text of an exported summary, to download again (each download logged). */
export async function exportedText(ctx: Ctx, id: string): Promise<Result<{ text: string }>> {
  const own = await ownSummary(ctx, id);
  if (!own) return notFound;
  if (own.s.status !== 'geexporteerd') return notFound;
  await ctx.audit(ctx.db, {
    action: 'export',
    objectType: 'anonymised_summary',
    objectId: id,
    personId: null,
  });
  return { ok: true, text: own.s.text };
}
