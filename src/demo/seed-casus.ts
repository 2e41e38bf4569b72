import { ageFactsOfCase, insertChecklist } from '../db/casus-checklists.js';
import { insertBriefing, saveSpokesline } from '../db/casus-communication.js';
import { insertEvent, insertParticipant, updateSituation } from '../db/casus-dossier.js';
import { insertFamilyContact } from '../db/casus-family.js';
import { insertNetworkPerson, insertNetworkRelation } from '../db/casus-network.js';
import { insertMeasure, listCatalogue, savePlan } from '../db/casus-plan.js';
import type { Queryable } from '../db/database.js';
import { checklistFor, dueOn, itemStart } from '../domain/casus/checklists.js';
import type { FamilyContactKind } from '../domain/casus/family.js';
import type { NetworkRelation } from '../domain/casus/network.js';
import type { MeasureStatus } from '../domain/casus/types.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';

/** Writes a timeline event of a demo case as the municipality's officer, at the demo's moment. */
export function demoEvents(q: Queryable, tenantId: string, by: string, anchor: Date) {
  return (casusId: string, kind: string, e: Record<string, string | null> = {}) =>
    insertEvent(q, {
      casusId,
      at: anchor,
      actorUserId: by,
      actorOrganisationId: tenantId,
      kind,
      fromValue: e.from ?? null,
      toValue: e.to ?? null,
      reason: e.reason ?? null,
      occurredOn: e.occurredOn ?? null,
    });
}

/**
 * Fictitious demo content for the cases the meetings demo opened: participants, a plan van aanpak in
 * words, measures in the three tracks and, for two cases, a changed situation with its checklist.
 * Nothing here is a score or a prediction. Returns the number of cases filled.
 */
export async function seedCasusDemo(
  q: Queryable,
  tenantId: string,
  anchor: Date = new Date(),
): Promise<number> {
  const cases = await q.query<{ id: string; version: number; created_at: Date }>(
    "SELECT id, version, created_at FROM casus WHERE tenant_id = $1 AND phase <> 'afgesloten' ORDER BY created_at, id",
    [tenantId],
  );
  if (cases.rows.length === 0) return 0;
  const orgs = await q.query<{ id: string; partner_type: string | null }>(
    'SELECT id, partner_type FROM organisation WHERE tenant_id = $1',
    [tenantId],
  );
  const org = (type: string) => orgs.rows.find((o) => o.partner_type === type)?.id ?? null;
  const officer = await q.query<{ id: string }>(
    `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE u.is_demo AND m.role = 'aandachtsfunctionaris' AND m.organisation_id = $1 ORDER BY u.created_at, u.id LIMIT 1`,
    [tenantId],
  );
  const by = officer.rows[0]?.id;
  if (!by) return 0;
  const catalogue = await listCatalogue(q, tenantId);
  const entry = (code: string) => catalogue.find((c) => c.code === code);
  const today = amsterdamDate(anchor);
  const event = demoEvents(q, tenantId, by, anchor);

  for (const [i, c] of cases.rows.entries()) {
    const at = new Date(Math.max(c.created_at.getTime(), anchor.getTime() - 20 * 24 * 3_600_000));
    for (const [type, role] of [
      ['politie', 'Wijkagent en CTER-contact'],
      ['jeugdzorg', 'Gezinsmanager'],
    ] as const) {
      const id = org(type);
      if (!id) continue;
      const pid = await insertParticipant(q, {
        casusId: c.id,
        organisationId: id,
        userId: null,
        role,
        joinedAt: at,
        addedBy: by,
      });
      if (pid) await event(c.id, 'deelnemer_toegevoegd', { to: type, reason: role });
    }
    await savePlan(
      q,
      c.id,
      0,
      {
        goals:
          'Afstand nemen van het extremistische netwerk; school of werk weer oppakken; contact met familie herstellen.',
        drivers: {
          identiteit: 'Zoekt erbij te horen sinds de verhuizing; weinig vrienden buiten de online groep.',
          betekenis: 'Wil iets betekenen voor anderen en voelt zich nu nutteloos.',
          rechtvaardigheid: 'Sterk gevoel van onrecht na ervaringen met discriminatie.',
          sensatie: 'Speelt volgens school en politie geen grote rol.',
        },
        protectiveFactors:
          'Goede band met oudere zus; was lid van de voetbalclub; staat open voor gesprekken met de mentor.',
        impactOnSurroundings: 'Jongere broer kijkt tegen hem op; ouders maken zich grote zorgen.',
      },
      at,
      by,
    );
    await event(c.id, 'plan_gewijzigd');
    const measures: Array<[string, string | null, MeasureStatus, string | null]> = [
      ['exitbegeleiding', org('jeugdzorg'), 'lopend', null],
      ['mentor', tenantId, 'lopend', null],
      [
        'stopgesprek',
        org('politie'),
        'afgerond',
        'Gesprek gevoerd met ouders erbij; hij heeft de groep verlaten.',
      ],
    ];
    if (i % 2 === 1) measures.push(['meldplicht', tenantId, 'gepland', null]);
    for (const [code, owner, status, result] of measures) {
      const e = entry(code);
      if (!e || !owner) continue;
      await insertMeasure(
        q,
        c.id,
        {
          catalogueId: e.id,
          track: e.track,
          title: e.label.nl,
          ownerOrganisationId: owner,
          ownerUserId: null,
          legalBasis: e.legalBasis,
          startsOn: amsterdamDate(at),
          endsOn: status === 'afgerond' ? today : null,
          status,
          evaluationResult: result,
          evaluationWhatWorked: result ? 'De wijkagent kende het gezin al; de ouders waren erbij.' : null,
        },
        at,
        by,
      );
      await event(c.id, 'maatregel_toegevoegd', { to: `${e.track}: ${e.label.nl}` });
    }
  }

  // Two situations with their checklists: an imminent departure and a departure five weeks ago.
  const situations = [
    ['potentiele_uitreiziger', null, 'Signalen van de school en de familie dat een vertrek wordt voorbereid'],
    ['uitgereisd', addDays(today, -35), 'Volgens de familie vertrokken; bevestigd door de politie'],
  ] as const;
  for (const [j, [situation, occurredOn, reason]] of situations.entries()) {
    const c = cases.rows[cases.rows.length - 1 - j];
    if (!c || (j === 1 && cases.rows.length < 2)) continue;
    const since = occurredOn ?? today;
    const dates = {
      departedOn: situation === 'uitgereisd' ? since : null,
      returnedOn: null,
      deceasedOn: null,
      situationSince: since,
    };
    await updateSituation(q, c.id, c.version, {
      situation,
      since,
      departedOn: dates.departedOn,
      returnedOn: null,
      deceasedOn: null,
    });
    await event(c.id, 'situatie_gewijzigd', { from: 'zorgelijk', to: situation, reason, occurredOn });
    const template = checklistFor(situation);
    if (template) {
      const people = await ageFactsOfCase(q, c.id);
      await insertChecklist(
        q,
        c.id,
        template.kind,
        template.items.map((it) => ({
          code: it.code,
          nl: it.nl,
          en: it.en,
          dueOn: dueOn(it.due, dates),
          start: itemStart(it.condition, since, people),
        })),
        anchor,
        by,
      );
      await event(c.id, 'checklist_aangemaakt', { to: template.kind });
    }
  }
  await seedNetworkAndFamily(
    q,
    cases.rows.map((c) => c.id),
    { by, tenantId, police: org('politie'), anchor },
  );
  return cases.rows.length;
}

/**
 * The netwerkanalyse, family support and communication of the demo cases: fictitious persons around the
 * subject (a star with a few relations between them), contacts with the family over the last weeks with
 * follow-ups (one overdue), a woordvoeringslijn and one closed-session council briefing. In words only.
 */
async function seedNetworkAndFamily(
  q: Queryable,
  caseIds: readonly string[],
  f: { by: string; tenantId: string; police: string | null; anchor: Date },
): Promise<void> {
  const today = amsterdamDate(f.anchor);
  const siblings = ['Youssef', 'Bilal', 'Ilias', 'Sara', 'Rayan', 'Mila', 'Noah', 'Yara'];
  const cousins = ['Nadia', 'Amir', 'Lina', 'Daan', 'Hamza', 'Esra', 'Jesse', 'Zoë'];
  const friends = ['Tim', 'Kevin', 'Ayoub', 'Lars', 'Jordy', 'Mehmet', 'Bas', 'Sem'];
  // Fictitious first names: a network person is named, so the anonymisation checks treat them as names.
  const mothers = ['Samira', 'Fatma', 'Ingrid', 'Malika', 'Petra', 'Naima', 'Anja', 'Khadija'];
  const uncles = ['Karim', 'Hassan', 'Gerrit', 'Mustafa', 'Johan', 'Rachid', 'Kees', 'Ali'];
  const ev = (casusId: string, kind: string, to: string | null, occurredOn: string | null = null) =>
    insertEvent(q, {
      casusId,
      at: f.anchor,
      actorUserId: f.by,
      actorOrganisationId: f.tenantId,
      kind,
      toValue: to,
      occurredOn,
    });
  for (const [i, casusId] of caseIds.entries()) {
    const at = f.anchor;
    const person = async (p: {
      name: string;
      relation: NetworkRelation;
      relationNote?: string;
      vulnerability: string;
      care?: string;
    }) => {
      const id = await insertNetworkPerson(
        q,
        casusId,
        {
          name: p.name,
          relation: p.relation,
          relationNote: p.relationNote ?? '',
          vulnerability: p.vulnerability,
          preventiveCare: p.care !== undefined,
          preventiveCareNote: p.care ?? '',
          linkedPersonId: null,
          linkedCasusId: null,
        },
        at,
        f.by,
      );
      await ev(casusId, 'netwerkpersoon_toegevoegd', p.relation);
      return id;
    };
    const sibling = await person({
      name: siblings[i % siblings.length] as string,
      relation: 'broer_zus',
      vulnerability: 'Jonger; kijkt tegen de betrokkene op en volgt sinds kort dezelfde online kanalen.',
      care: 'Mentor op school en jongerenwerk zijn ingelicht; wekelijks contact.',
    });
    const mother = await person({
      name: mothers[i % mothers.length] as string,
      relation: 'ouder',
      vulnerability: 'Veel zorgen en schaamte; durft er in de familie niet over te praten.',
      care: 'Familiesteunpunt ingeschakeld.',
    });
    const cousin = await person({
      name: cousins[i % cousins.length] as string,
      relation: 'neef_nicht',
      vulnerability: 'Had volgens de familie online contact met dezelfde groep.',
    });
    const friend = await person({
      name: friends[i % friends.length] as string,
      relation: 'vriend',
      vulnerability: 'Klasgenoot; zat in dezelfde online groep, is er volgens school uitgestapt.',
    });
    await person({
      name: uncles[i % uncles.length] as string,
      relation: 'ander_familielid',
      relationNote: 'oom van moederskant',
      vulnerability: 'Beschermend: goed contact met de betrokkene en wil helpen.',
    });
    for (const [from, to, kind] of [
      [mother, sibling, 'ouder_van'],
      [sibling, cousin, 'neef_nicht'],
      [cousin, friend, 'vriend'],
    ] as const) {
      if (
        await insertNetworkRelation(
          q,
          casusId,
          { fromPersonId: from, toPersonId: to, kind, note: '' },
          at,
          f.by,
        )
      )
        await ev(casusId, 'netwerkrelatie_toegevoegd', kind);
    }

    const contacts: Array<{
      daysAgo: number;
      kind: FamilyContactKind;
      withWhom: string;
      byPolice: boolean;
      summary: string;
      followUp: string;
      dueIn: number | null;
      done: boolean;
    }> = [
      {
        daysAgo: 21,
        kind: 'praktisch',
        withWhom: 'Moeder',
        byPolice: false,
        summary: 'Vragen over school en de zorgverzekering; uitgelegd wie wat doet in de aanpak.',
        followUp: 'Contactgegevens van het familiesteunpunt sturen',
        dueIn: -14,
        done: true,
      },
      {
        daysAgo: 10,
        kind: 'emotioneel',
        withWhom: 'Vader',
        byPolice: true,
        summary: 'Vader is boos en bang; gesprek bij hem thuis met de wijkagent.',
        followUp: 'Vervolggesprek inplannen',
        dueIn: i % 2 === 0 ? -2 : 7,
        done: false,
      },
      {
        daysAgo: 3,
        kind: 'zorgvraag',
        withWhom: 'Moeder',
        byPolice: false,
        summary: 'Vraagt om hulp voor de jongere broer of zus; aangemeld bij het wijkteam.',
        followUp: '',
        dueIn: null,
        done: false,
      },
    ];
    for (const c of contacts) {
      const org = c.byPolice && f.police ? f.police : f.tenantId;
      const contactOn = addDays(today, -c.daysAgo);
      const id = await insertFamilyContact(
        q,
        casusId,
        {
          contactOn,
          kind: c.kind,
          withWhom: c.withWhom,
          networkPersonId: c.withWhom === 'Moeder' ? mother : null,
          summary: c.summary,
          followUp: c.followUp,
          followUpDueOn: c.dueIn === null ? null : addDays(today, c.dueIn),
        },
        { organisationId: org, userId: f.by },
        c.done ? { at, by: f.by } : null,
        at,
      );
      if (id) await ev(casusId, 'familiecontact', c.kind, contactOn);
    }

    if (i % 2 === 0) {
      await saveSpokesline(
        q,
        casusId,
        0,
        {
          spokesperson: i === 0 ? 'om' : 'gemeente',
          lines:
            'Geen uitspraken over personen of aantallen. Op vragen: "De gemeente werkt met partners samen aan ' +
            'een veilige en weerbare stad; over individuele situaties doen wij geen mededelingen."',
          agreedOn: addDays(today, -7),
        },
        at,
        f.by,
      );
      await ev(casusId, 'woordvoeringslijn', i === 0 ? 'om' : 'gemeente', addDays(today, -7));
    }
    if (i === 0) {
      await insertBriefing(
        q,
        casusId,
        {
          briefedOn: addDays(today, -5),
          text:
            'In een besloten vergadering is de raad op hoofdlijnen geïnformeerd: er is een jongere in beeld ' +
            'bij wie zorgen over radicalisering bestaan. Er loopt een persoonsgerichte aanpak met zorg- en ' +
            'bestuurlijke maatregelen; ook de omgeving krijgt ondersteuning.',
          confirmedFindings: [],
        },
        at,
        f.by,
      );
      await ev(casusId, 'raadsinformatie', null, addDays(today, -5));
    }
  }
}
