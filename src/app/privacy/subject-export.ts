import { findPerson } from '../../db/personen.js';
import { insertRegisterEntry, legalBasisByCode, listRegister } from '../../db/privacy-disclosures.js';
import { findRequest, listRectifications, listRestrictions } from '../../db/privacy-requests.js';
import {
  subjectAccess,
  subjectCases,
  subjectFamilyContacts,
  subjectItems,
  subjectNetwork,
  subjectSignals,
} from '../../db/privacy-subject.js';
import {
  countWithheld,
  type NamedPerson,
  redactThirdParties,
  thirdPartyReplacements,
  WITHHELD_LABELS,
  WITHHELD_REASONS,
  type Withheld,
  type WithheldReason,
  withheld,
} from '../../domain/privacy/subject-export.js';
import { renderPdf } from '../overleg/minutes-pdf.js';
import type { Ctx, Result } from '../overleg/results.js';
import { notFound } from '../overleg/results.js';

/**
 * The export for a data-subject request: everything held about the person in one document (JSON, and the
 * same as a readable PDF), with third parties and restricted sources withheld and marked. Making it is a
 * logged read of every record in it and a disclosure to the person (art. 15 AVG) in the register.
 */

export type SubjectExport = NonNullable<Awaited<ReturnType<typeof buildExport>>>;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

async function buildExport(ctx: Ctx, requestId: string, personId: string) {
  const person = await findPerson(ctx.db, personId);
  if (!person || person.tenantId !== ctx.actor.tenantId) return null;
  const [signals, cases, access, restrictions, rectifications, network, family] = await Promise.all([
    subjectSignals(ctx.db, personId),
    subjectCases(ctx.db, personId),
    subjectAccess(ctx.db, ctx.actor.tenantId, personId),
    listRestrictions(ctx.db, personId),
    listRectifications(ctx.db, personId),
    subjectNetwork(ctx.db, personId),
    subjectFamilyContacts(ctx.db, personId),
  ]);
  const ownCaseIds = new Set(cases.map((c) => c.id));
  // Entries in someone else's case that are about this person, and the others in the person's own network.
  const aboutPerson = network.filter((n) => n.linkedPersonId === personId && !ownCaseIds.has(n.casusId));
  const othersInNetwork = network.filter((n) => ownCaseIds.has(n.casusId) && n.linkedPersonId !== personId);
  const items = await subjectItems(
    ctx.db,
    signals.map((s) => s.id),
    cases.map((c) => c.id),
  );
  const disclosures = await listRegister(ctx.db, ctx.actor.tenantId, { person: personId });

  // Everyone else named anywhere near the person, and the reporters: what must not leave in this export.
  const own: NamedPerson[] = [person, ...signals.map((s) => s.own)].map((p) => ({
    name: 'displayName' in p ? p.displayName : p.name,
    birthDate: p.birthDate,
    address: p.address,
    neighbourhood: p.neighbourhood,
    schoolOrWork: p.schoolOrWork,
  }));
  const others: NamedPerson[] = [
    ...signals.flatMap((s) => [
      ...s.others.filter((o) => o.personId !== personId),
      { name: s.reporterName, email: s.reporterEmail, phone: s.reporterPhone },
    ]),
    ...othersInNetwork.map((n) => ({ name: n.name })),
    ...aboutPerson.map((n) => ({ name: n.casePersonName })),
  ];
  const terms = thirdPartyReplacements(own, others);
  const r = (t: string | null) => redactThirdParties(t, terms);

  const restrictedSignals = new Set(signals.filter((s) => s.restricted).map((s) => s.id));
  const restrictedItems = new Set(
    items.filter((i) => i.restricted || (i.signalId && restrictedSignals.has(i.signalId))).map((i) => i.id),
  );
  const hiddenObjects = new Set([...restrictedSignals, ...restrictedItems]);

  const signalsOut = signals.map((s) =>
    s.restricted
      ? withheld('beperkte_bron', 'melding')
      : {
          reference: s.reference,
          kind: s.kind,
          channel: s.channel,
          receivedAt: iso(s.receivedAt),
          status: s.status,
          category: s.category,
          decisionOutcome: s.decisionOutcome,
          closeReason: s.closeReason,
          namedAs: {
            name: s.own.name,
            age: s.own.age,
            birthDate: s.own.birthDate,
            neighbourhood: s.own.neighbourhood,
            address: s.own.address,
            schoolOrWork: s.own.schoolOrWork,
            linkedAt: iso(s.own.linkedAt),
          },
          question: r(s.question),
          contraIndications: r(s.contraIndications),
          observations: s.observations.map((o) => ({
            description: r(o.description),
            observedOn: o.observedOn,
            observedWhen: r(o.observedWhen),
            place: o.place,
            placeDetail: r(o.placeDetail),
            source: o.source,
          })),
          assumptions: s.assumptions.map((a) => ({ text: r(a.text), state: a.state })),
          annotations: s.annotations.map((a) => ({
            effect: a.effect,
            text: r(a.text),
            at: iso(a.at),
            byName: a.byName,
          })),
          history: s.events.map((e) => ({
            kind: e.kind,
            at: iso(e.at),
            toStatus: e.toStatus,
            note: r(e.note),
          })),
          reporter:
            s.reporterKind === 'anoniem' && !s.reporterName
              ? { kind: 'anoniem' }
              : withheld('melder', `melder (${s.reporterKind})`),
          otherPersons:
            s.others.length > 0
              ? withheld('derden', `${s.others.length} andere persoon/personen in deze melding`)
              : null,
        },
  );

  const itemsOut = items.map((i) =>
    restrictedItems.has(i.id)
      ? withheld('beperkte_bron', 'agendapunt')
      : {
          meetingType: i.meetingType,
          meetingDate: iso(i.meetingStartsAt),
          title: r(i.title),
          notes: r(i.notes),
          minutesText: r(i.minutesText),
          decision: i.decision,
          contributions: i.contributions.map((c) => ({
            organisation: c.organisation,
            legalBasis: c.legalBasis,
            text: r(c.text),
            at: iso(c.at),
          })),
        },
  );

  const casesOut = cases.map((c) => ({
    reference: c.reference,
    phase: c.phase,
    situation: c.situation,
    situationSince: c.situationSince,
    departedOn: c.departedOn,
    returnedOn: c.returnedOn,
    openedAt: iso(c.createdAt),
    closedAt: iso(c.closedAt),
    closureReason: c.closureReason,
    closureNote: r(c.closureNote),
    plan: c.plan ? Object.fromEntries(Object.entries(c.plan).map(([k, v]) => [k, r(v)])) : null,
    participants: c.participants,
    measures: c.measures.map((m) => ({
      ...m,
      evaluationResult: r(m.evaluationResult),
      evaluationWhatWorked: r(m.evaluationWhatWorked),
      goalResult: m.goalResult ? { ...m.goalResult, reason: r(m.goalResult.reason) } : null,
    })),
    checklist: c.checklist.map((x) => ({ ...x, note: r(x.note) })),
    network:
      othersInNetwork.filter((n) => n.casusId === c.id).length > 0
        ? withheld(
            'derden',
            `${othersInNetwork.filter((n) => n.casusId === c.id).length} persoon/personen in het netwerk`,
          )
        : null,
    familySupport: family
      .filter((f) => f.casusId === c.id)
      .map((f) => ({
        on: f.contactOn,
        kind: f.kind,
        withWhom: r(f.withWhom),
        summary: r(f.summary),
        followUp: r(f.followUp),
      })),
    timeline: c.events.map((e) => ({
      kind: e.kind,
      at: iso(e.at),
      from: r(e.fromValue),
      to: r(e.toValue),
      reason: r(e.reason),
      occurredOn: e.occurredOn,
    })),
  }));

  const networkOut = aboutPerson.map((n) => ({
    namedAs: n.name,
    relation: n.relation,
    relationNote: r(n.relationNote),
    vulnerability: r(n.vulnerability),
    preventiveCare: n.preventiveCare,
    preventiveCareNote: r(n.preventiveCareNote),
    inCaseOf: withheld('derden', 'de casus van een ander'),
  }));

  const accessOut = access.filter((a) => !(a.objectId && hiddenObjects.has(a.objectId)));
  const accessWithheld = access.length - accessOut.length;

  const doc = {
    format: 'duiden-inzage/1',
    generatedAt: ctx.now.toISOString(),
    request: requestId,
    person: {
      displayName: person.displayName,
      birthDate: person.birthDate,
      neighbourhood: person.neighbourhood,
      address: person.address,
      schoolOrWork: person.schoolOrWork,
      recordedSince: iso(person.createdAt),
    },
    restrictions: restrictions.map((x) => ({
      scope: x.scope,
      reason: x.reason,
      since: iso(x.createdAt),
      byName: x.createdByName,
      liftedAt: iso(x.liftedAt),
      liftReason: x.liftReason,
    })),
    rectifications: rectifications.map((x) => ({
      field: x.field,
      reason: x.reason,
      at: iso(x.at),
      byName: x.byName,
    })),
    signals: signalsOut,
    meetingItems: itemsOut,
    cases: casesOut,
    networkEntries: networkOut,
    disclosures: disclosures.map((d) =>
      d.restricted
        ? withheld('beperkte_bron', 'verstrekking')
        : {
            what: d.description,
            to: d.recipient,
            legalBasis: d.legalBasis.labelNl,
            byName: d.disclosedByName,
            at: iso(d.disclosedAt),
          },
    ),
    accessLog: [
      ...accessOut.map((a) => ({
        at: iso(a.at),
        byName: a.actorName,
        organisation: a.organisationName,
        role: a.actorRole,
        action: a.action,
        objectType: a.objectType,
        purpose: a.purpose,
        result: a.result,
      })),
      ...(accessWithheld > 0
        ? [withheld('beperkte_bron', `${accessWithheld} toegang(en) tot een beperkte bron`)]
        : []),
    ],
  };
  return { doc, objects: { signals, items, cases } };
}

/** Which reasons occur in the document, for the explanation at its end. */
function reasonsIn(doc: unknown): WithheldReason[] {
  const s = JSON.stringify(doc);
  return WITHHELD_REASONS.filter(
    (r) =>
      s.includes(`"reason":"${r}"`) || (r === 'derden' && s.includes('[weggelaten: gegevens van een ander]')),
  );
}

export interface ExportResult {
  readonly doc: SubjectExport['doc'] & {
    withheld: { count: number; reasons: Array<{ reason: WithheldReason; nl: string; en: string }> };
  };
  readonly personId: string;
}

/**
 * Makes the export for a request. Refused (not found) for a request of another tenant or without a person
 * (erased). Every record in it is logged as exported, and the provision to the person is registered.
 */
export async function exportForRequest(
  ctx: Ctx,
  requestId: string,
  format: 'json' | 'pdf',
): Promise<Result<ExportResult>> {
  const req = await findRequest(ctx.db, requestId);
  if (!req || req.tenantId !== ctx.actor.tenantId || !req.personId) return notFound;
  const built = await buildExport(ctx, req.id, req.personId);
  if (!built) return notFound;
  const personId = req.personId;
  const doc = {
    ...built.doc,
    withheld: {
      count: countWithheld(built.doc),
      reasons: reasonsIn(built.doc).map((reason) => ({ reason, ...WITHHELD_LABELS[reason] })),
    },
  };
  const basis = await legalBasisByCode(ctx.db, ctx.actor.tenantId, 'avg_art_15');
  await ctx.db.tx(async (q) => {
    await ctx.audit(q, { action: 'export', objectType: 'person', objectId: personId, personId });
    for (const s of built.objects.signals)
      await ctx.audit(q, { action: 'export', objectType: 'signal', objectId: s.id, personId });
    for (const c of built.objects.cases)
      await ctx.audit(q, { action: 'export', objectType: 'casus', objectId: c.id, personId });
    for (const i of built.objects.items)
      await ctx.audit(q, { action: 'export', objectType: 'overleg_item', objectId: i.id, personId });
    if (basis) {
      await insertRegisterEntry(q, {
        tenantId: ctx.actor.tenantId,
        objectType: 'subject_export',
        objectId: req.id,
        description: `Inzage in eigen gegevens (${format === 'pdf' ? 'PDF' : 'JSON'})`,
        recipientOrganisationId: null,
        recipientDescription: 'Betrokkene zelf (inzageverzoek)',
        legalBasisId: basis,
        disclosedBy: ctx.actor.userId,
        disclosedAt: ctx.now,
        casusId: null,
        personId,
      });
    }
  });
  return { ok: true, doc, personId };
}

type Line = { label?: string; text: string };

const isWithheld = (x: unknown): x is Withheld =>
  typeof x === 'object' && x !== null && (x as { withheld?: unknown }).withheld === true;

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '-' : String(v));

function withheldLine(w: Withheld): Line {
  return { label: WITHHELD_LABELS[w.reason].nl, text: w.what };
}

/** The same document as a readable PDF: Dutch headings, label-value lines, withheld parts marked. */
export function exportPdf(doc: ExportResult['doc']): Promise<Buffer> {
  const sections: Array<{ heading: string; lines: Line[] }> = [];
  const p = doc.person;
  sections.push({
    heading: 'Persoonsgegevens',
    lines: [
      { label: 'Naam', text: p.displayName },
      { label: 'Geboortedatum', text: show(p.birthDate) },
      { label: 'Wijk', text: show(p.neighbourhood) },
      { label: 'Adres', text: show(p.address) },
      { label: 'School of werk', text: show(p.schoolOrWork) },
      { label: 'Vastgelegd sinds', text: show(p.recordedSince) },
      ...doc.restrictions.map((x) => ({
        label: 'Beperking van de verwerking',
        text: `${x.scope} (${x.reason}; sinds ${x.since}${x.liftedAt ? `, opgeheven ${x.liftedAt}` : ''})`,
      })),
      ...doc.rectifications.map((x) => ({
        label: 'Rectificatie',
        text: `${x.field}: ${x.reason} (${x.at})`,
      })),
    ],
  });
  for (const s of doc.signals) {
    if (isWithheld(s)) {
      sections.push({ heading: 'Melding', lines: [withheldLine(s)] });
      continue;
    }
    const lines: Line[] = [
      { label: 'Soort', text: `${s.kind} via ${s.channel}` },
      { label: 'Ontvangen', text: show(s.receivedAt) },
      { label: 'Status', text: s.status },
      { label: 'Categorie', text: show(s.category) },
      { label: 'Genoemd als', text: show(s.namedAs.name) },
      ...(s.question ? [{ label: 'Vraag', text: s.question }] : []),
      ...s.observations.map((o) => ({
        label: 'Waarneming',
        text: `${o.description} (${show(o.observedOn ?? o.observedWhen)}, ${show(o.place)})`,
      })),
      ...s.assumptions.map((a) => ({ label: 'Veronderstelling', text: `${a.text} (${a.state})` })),
      ...(s.contraIndications ? [{ label: 'Wat er tegen pleit', text: s.contraIndications }] : []),
      ...s.annotations.map((a) => ({ label: 'Aanvulling', text: `${a.text} (${a.byName}, ${a.at})` })),
      isWithheld(s.reporter) ? withheldLine(s.reporter) : { label: 'Melder', text: 'anoniem' },
      ...(s.otherPersons ? [withheldLine(s.otherPersons)] : []),
    ];
    sections.push({ heading: `Melding ${s.reference}`, lines });
  }
  for (const i of doc.meetingItems) {
    if (isWithheld(i)) {
      sections.push({ heading: 'Agendapunt', lines: [withheldLine(i)] });
      continue;
    }
    sections.push({
      heading: `Agendapunt ${show(i.title)}`,
      lines: [
        { label: 'Overleg', text: `${i.meetingType}, ${show(i.meetingDate)}` },
        ...(i.notes ? [{ label: 'Toelichting', text: i.notes }] : []),
        ...(i.minutesText ? [{ label: 'Notulen', text: i.minutesText }] : []),
        ...(i.decision
          ? [{ label: 'Besluit', text: `${show(i.decision.outcome)} (${i.decision.status})` }]
          : []),
        ...i.contributions.map((c) => ({
          label: `Inbreng ${c.organisation}`,
          text: `${c.text} (grondslag: ${c.legalBasis})`,
        })),
      ],
    });
  }
  for (const c of doc.cases) {
    sections.push({
      heading: `Casus ${c.reference}`,
      lines: [
        { label: 'Fase', text: c.phase },
        { label: 'Situatie', text: c.situation },
        { label: 'Geopend', text: show(c.openedAt) },
        ...(c.closedAt ? [{ label: 'Afgesloten', text: `${c.closedAt} (${show(c.closureReason)})` }] : []),
        ...(c.plan
          ? Object.entries(c.plan)
              .filter(([, v]) => v)
              .map(([k, v]) => ({ label: `Plan: ${k}`, text: show(v) }))
          : []),
        ...c.participants.map((x) => ({ label: 'Deelnemer', text: `${x.organisation} (${x.role})` })),
        ...c.measures.map((m) => ({
          label: `Maatregel (${m.track})`,
          text: `${m.title}, ${m.status}, ${m.owner}${
            m.goalResult ? `; doel bereikt: ${m.goalResult.outcome} (${show(m.goalResult.reason)})` : ''
          }`,
        })),
        ...c.timeline.map((e) => ({
          label: show(e.at),
          text: `${e.kind}${e.to ? `: ${e.to}` : ''}${e.reason ? ` (${e.reason})` : ''}`,
        })),
      ],
    });
  }
  if (doc.networkEntries.length > 0) {
    sections.push({
      heading: 'Vermeld in het netwerk van een ander',
      lines: doc.networkEntries.flatMap((n) => [
        { label: 'Relatie', text: `${n.relation}${n.relationNote ? ` (${n.relationNote})` : ''}` },
        { label: 'Kwetsbaarheid', text: show(n.vulnerability) },
        {
          label: 'Preventieve zorg',
          text: n.preventiveCare ? `geregeld ${n.preventiveCareNote ?? ''}` : 'niet geregeld',
        },
        withheldLine(n.inCaseOf),
      ]),
    });
  }
  sections.push({
    heading: 'Verstrekkingen aan anderen',
    lines:
      doc.disclosures.length === 0
        ? [{ text: 'Geen.' }]
        : doc.disclosures.map((d) =>
            isWithheld(d)
              ? withheldLine(d)
              : {
                  label: show(d.at),
                  text: `${d.what} aan ${d.to} (grondslag: ${d.legalBasis}; door ${d.byName})`,
                },
          ),
  });
  sections.push({
    heading: 'Wie uw gegevens heeft ingezien of gewijzigd',
    lines: doc.accessLog.map((a) =>
      isWithheld(a)
        ? withheldLine(a)
        : {
            label: show(a.at),
            text: `${show(a.byName)} (${show(a.organisation)}, ${show(a.role)}): ${a.action} ${show(a.objectType)}`,
          },
    ),
  });
  sections.push({
    heading: 'Weggelaten gegevens',
    lines:
      doc.withheld.reasons.length === 0
        ? [{ text: 'Er is niets weggelaten.' }]
        : [
            { label: 'Aantal weggelaten onderdelen', text: String(doc.withheld.count) },
            ...doc.withheld.reasons.map((x) => ({ text: x.nl })),
          ],
  });
  return renderPdf({
    title: 'Inzage in persoonsgegevens',
    subtitle: `${p.displayName} - gemaakt op ${doc.generatedAt.slice(0, 10)}`,
    header: [{ label: 'Verzoek', text: doc.request }],
    sections,
    footer:
      'Vertrouwelijk. Dit overzicht is gemaakt op uw verzoek (art. 15 AVG). Gegevens over anderen en uit beperkte bronnen zijn weggelaten en als zodanig gemarkeerd.',
  });
}
