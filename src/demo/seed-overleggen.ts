import { insertCasus } from '../db/casussen.js';
import type { Queryable } from '../db/database.js';
import { insertAction } from '../db/overleggen/actions.js';
import { insertContribution } from '../db/overleggen/contributions.js';
import { insertDecisionDraft, recordDecision } from '../db/overleggen/decisions.js';
import { insertDisclosure } from '../db/overleggen/disclosures.js';
import { insertInvitation, insertItem } from '../db/overleggen/items.js';
import { insertMeeting, insertSeries, type NewMeeting, setMeetingStatus } from '../db/overleggen/meetings.js';
import { approveMinutes, updateMinutesText } from '../db/overleggen/minutes.js';
import type { CasePhase } from '../domain/casus/types.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';
import type { DecisionOutcome, Status } from '../domain/melding/types.js';
import type { Decision } from '../domain/overleg/decisions.js';
import { amsterdamDateTime } from '../domain/overleg/meeting.js';
import type { MeetingType } from '../domain/overleg/types.js';

/**
 * Fictitious meetings for the demo, built around the meldpunt's demo signals (src/demo/seed-meldpunt.ts)
 * so that both tell the same story, without changing any signal:
 *
 * - a weekly signaleringsoverleg (Tuesdays 09:30) from half a year ago to a month ahead. Every signal the
 *   meldpunt decided in that period is an item of the meeting before its decision, with the same outcome;
 *   the signals now 'geagendeerd' are on the next meeting, whose agenda is published;
 * - the weegploeg that included the person whose signal was handed over to the case meeting in that
 *   period (a yes, which opened their case), and the next weegploeg with the signals decided (a);
 * - the cases of everyone handed over to the case meeting, and two casusoverleggen: one held three
 *   weeks ago (with decisions and actions, some overdue) and one next week.
 *
 * Every name and text is invented. Deterministic: only the dates move with the day the demo is made.
 */

interface DemoSignal {
  readonly id: string;
  readonly reference: string;
  readonly status: Status;
  readonly outcome: DecisionOutcome | null;
  readonly closeReason: string | null;
  readonly restricted: boolean;
  readonly agendaAt: Date | null;
  readonly decidedAt: Date | null;
  readonly closedAt: Date | null;
  readonly persons: Array<{ id: string; name: string; school: string | null }>;
}

interface Ids {
  readonly tenantId: string;
  readonly org: Record<string, string>;
  readonly officer: { id: string; name: string };
  readonly mayor: { id: string; name: string };
  readonly police: { id: string; name: string };
  readonly basis: Record<string, string>;
}

const HOUR = 3_600_000;

async function loadSignals(q: Queryable, tenantId: string): Promise<DemoSignal[]> {
  const r = await q.query<{
    id: string;
    reference: string;
    status: Status;
    decision_outcome: DecisionOutcome | null;
    close_reason: string | null;
    restricted: boolean;
    agenda_at: Date | null;
    decided_at: Date | null;
    closed_at: Date | null;
    persons: Array<{ id: string; name: string; school: string | null }> | null;
  }>(
    `SELECT s.id, s.reference, s.status, s.decision_outcome, s.close_reason, s.restricted,
            (SELECT max(e.at) FROM signal_event e WHERE e.signal_id = s.id AND e.to_status = 'geagendeerd') AS agenda_at,
            (SELECT max(e.at) FROM signal_event e WHERE e.signal_id = s.id AND e.to_status = 'besloten') AS decided_at,
            (SELECT max(e.at) FROM signal_event e WHERE e.signal_id = s.id AND e.to_status = 'afgesloten') AS closed_at,
            (SELECT json_agg(DISTINCT jsonb_build_object('id', p.id, 'name', p.display_name, 'school', p.school_or_work))
               FROM signal_subject ss JOIN person p ON p.id = ss.person_id WHERE ss.signal_id = s.id) AS persons
       FROM signal s
      WHERE s.tenant_id = $1 AND s.kind = 'melding'
      ORDER BY s.received_at, s.id`,
    [tenantId],
  );
  return r.rows.map((s) => ({
    id: s.id,
    reference: s.reference,
    status: s.status,
    outcome: s.decision_outcome,
    closeReason: s.close_reason,
    restricted: s.restricted,
    agendaAt: s.agenda_at,
    decidedAt: s.decided_at,
    closedAt: s.closed_at,
    persons: (s.persons ?? []).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

async function loadIds(q: Queryable, tenantId: string): Promise<Ids> {
  const orgs = await q.query<{ id: string; partner_type: string | null }>(
    'SELECT id, partner_type FROM organisation WHERE tenant_id = $1',
    [tenantId],
  );
  const org: Record<string, string> = { gemeente: tenantId };
  for (const o of orgs.rows) if (o.partner_type) org[o.partner_type] = o.id;
  const user = async (role: string) => {
    const u = await q.query<{ id: string; name: string }>(
      `SELECT u.id, u.display_name AS name FROM app_user u JOIN membership m ON m.user_id = u.id
         JOIN organisation o ON o.id = m.organisation_id
        WHERE u.is_demo AND m.role = $1 AND o.tenant_id = $2
        ORDER BY o.partner_type = 'politie' DESC NULLS LAST, u.created_at, u.id LIMIT 1`,
      [role, tenantId],
    );
    const row = u.rows[0];
    if (!row) throw new Error(`no demo user with role ${role}`);
    return row;
  };
  const bases = await q.query<{ id: string; code: string }>(
    'SELECT id, code FROM legal_basis WHERE tenant_id IS NULL',
  );
  return {
    tenantId,
    org,
    officer: await user('aandachtsfunctionaris'),
    mayor: await user('burgemeester'),
    police: await user('ketenpartner'),
    basis: Object.fromEntries(bases.rows.map((b) => [b.code, b.id])),
  };
}

/** A meeting that took place: agenda published two days before, minutes approved by the chair. */
async function closeMeeting(
  q: Queryable,
  meetingId: string,
  f: { publishedAt: Date; approvedAt: Date; generalText: string; chair: { id: string; name: string } },
): Promise<void> {
  await setMeetingStatus(q, meetingId, 1, 'agenda_gepubliceerd', f.publishedAt);
  await setMeetingStatus(q, meetingId, 2, 'afgerond', f.approvedAt);
  await updateMinutesText(q, meetingId, 1, f.generalText);
  await approveMinutes(q, meetingId, 2, { at: f.approvedAt, by: f.chair.id, byName: f.chair.name });
}

async function decideItem(
  q: Queryable,
  ids: Ids,
  item: { id: string; meetingId: string; kind: MeetingType },
  d: Decision,
  outcome: string,
  at: Date,
  by: { id: string; name: string },
  casusId: string | null = null,
): Promise<string> {
  await insertDecisionDraft(q, {
    itemId: item.id,
    meetingId: item.meetingId,
    tenantId: ids.tenantId,
    kind: item.kind,
    payload: d,
    at,
    by: ids.officer.id,
  });
  const id = (await q.query<{ id: string }>('SELECT id FROM meeting_decision WHERE item_id = $1', [item.id]))
    .rows[0]?.id as string;
  await recordDecision(q, id, 1, { payload: d, outcome, casusId, at, by: by.id, byName: by.name });
  return id;
}

const TRIAGE_TEXT: Record<DecisionOutcome, string> = {
  zorgen_radicalisering:
    'De signalen versterken elkaar; politie en OM herkennen het beeld. Voorleggen aan de weegploeg.',
  zorgen_geen_radicalisering:
    'Zorgen over de thuissituatie en het welzijn, geen aanwijzingen voor radicalisering. Doorverwijzen.',
  geen_zorgen: 'De uitingen passen bij de context (schoolopdracht, discussie); geen zorgen.',
};

/** Seeds the meetings of one municipality inside the demo's transaction; `anchor` is "today" of the demo. */
export async function seedOverleggenDemo(
  q: Queryable,
  tenantId: string,
  anchor: Date = new Date(),
): Promise<number> {
  const ids = await loadIds(q, tenantId);
  const signals = await loadSignals(q, tenantId);
  const today = amsterdamDate(anchor);
  const latest = new Date(anchor.getTime() - HOUR);
  const location = 'Stadhuis Lindeburg, kamer 2.14';
  const triageMembers = [ids.org.gemeente, ids.org.politie, ids.org.om].filter(Boolean) as string[];
  let meetings = 0;

  /** A meeting the officer planned under the ZVH covenant (counted for the total). */
  const meeting = (
    m: Omit<NewMeeting, 'tenantId' | 'organiserId' | 'legalBasisId' | 'createdBy'>,
  ): Promise<string> => {
    meetings += 1;
    return insertMeeting(q, {
      ...m,
      tenantId,
      organiserId: tenantId,
      legalBasisId: ids.basis.convenant_zvh ?? null,
      createdBy: ids.officer.id,
    });
  };
  /** A weegploeg in the mayor's room, chaired by the mayor, with the members of the triage. */
  const weegploegMeeting = (startsAt: Date, createdAt: Date) =>
    meeting({
      seriesId: null,
      type: 'weegploeg',
      title: 'Weegploeg Lindeburg',
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
      location: 'Stadhuis Lindeburg, kamer van de burgemeester',
      onlineUrl: null,
      chairUserId: ids.mayor.id,
      memberOrganisationIds: triageMembers,
      createdAt,
    });
  /** What the police contributed to an item in the meeting, under article 16 of the Wpg. */
  const policeContribution = (itemId: string, meetingId: string, text: string, at: Date) =>
    insertContribution(q, {
      itemId,
      meetingId,
      tenantId,
      organisationId: ids.org.politie as string,
      authorUserId: ids.police.id,
      authorName: ids.police.name,
      legalBasisId: ids.basis.wpg_art_16 as string,
      text,
      at,
    });
  /** An item the officer placed on a meeting's agenda: a signal, or a case (never restricted). */
  const agendaItem = (
    meetingId: string,
    subject: { readonly signal: DemoSignal } | { readonly casus: { id: string; reference: string } },
    item: { notes: string; placedAt: Date; sourceDecisionId?: string | null; restricted?: boolean },
  ): Promise<string> =>
    insertItem(q, {
      meetingId,
      tenantId,
      ...('signal' in subject
        ? {
            subjectKind: 'signaal',
            signalId: subject.signal.id,
            casusId: null,
            title: `Signaal ${subject.signal.reference}`,
          }
        : {
            subjectKind: 'casus',
            signalId: null,
            casusId: subject.casus.id,
            title: `Casus ${subject.casus.reference}`,
          }),
      sourceDecisionId: item.sourceDecisionId ?? null,
      notes: item.notes,
      restricted: item.restricted ?? false,
      placedAt: item.placedAt,
      placedBy: ids.officer.id,
    });

  // ---- The weekly signaleringsoverleg: 26 weeks back, 4 ahead, on Tuesdays at 09:30.
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  const lastTuesday = addDays(today, -((weekday + 5) % 7));
  const startDate = addDays(lastTuesday, -26 * 7);
  const seriesId = await insertSeries(q, {
    tenantId,
    organiserId: tenantId,
    type: 'signaleringsoverleg',
    title: 'Signaleringsoverleg Lindeburg',
    frequency: 'wekelijks',
    startDate,
    startTime: '09:30',
    durationMinutes: 90,
    memberOrganisationIds: triageMembers,
    createdAt: amsterdamDateTime(addDays(startDate, -14), '10:00'),
    createdBy: ids.officer.id,
  });
  const series: Array<{ id: string; startsAt: Date }> = [];
  for (let w = 0; w < 31; w++) {
    const startsAt = amsterdamDateTime(addDays(startDate, 7 * w), '09:30');
    const id = await meeting({
      seriesId,
      type: 'signaleringsoverleg',
      title: 'Signaleringsoverleg Lindeburg',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      location,
      onlineUrl: null,
      chairUserId: ids.officer.id,
      memberOrganisationIds: triageMembers,
      createdAt: amsterdamDateTime(addDays(startDate, -14), '10:00'),
    });
    series.push({ id, startsAt });
  }
  const past = series.filter((m) => m.startsAt.getTime() + 2 * HOUR < latest.getTime());
  const upcoming = series.filter((m) => m.startsAt.getTime() > anchor.getTime());
  const decidedIn = new Map<string, Date[]>();
  const triageDecision = new Map<string, string>();

  // Every triage decision of the meldpunt in the period: an item of the meeting before it.
  for (const s of signals) {
    if (!s.decidedAt || !s.agendaAt || !s.outcome) continue;
    const meeting = [...past].reverse().find((m) => m.startsAt <= (s.decidedAt as Date));
    if (!meeting) continue;
    const placedAt = new Date(Math.min(s.agendaAt.getTime(), meeting.startsAt.getTime() - 24 * HOUR));
    const itemId = await agendaItem(
      meeting.id,
      { signal: s },
      {
        notes: 'Ingebracht door het meldpunt; zie de feiten en aannames in het signaal.',
        restricted: s.restricted,
        placedAt,
      },
    );
    await policeContribution(
      itemId,
      meeting.id,
      'Bij de wijkagent bekend uit de buurt; geen strafbare feiten geregistreerd.',
      meeting.startsAt,
    );
    const school = s.persons.find((p) => p.school === 'Lindeburg College');
    if (school && ids.org.school && !s.restricted) {
      const invitedAt = new Date(placedAt.getTime() + HOUR);
      await insertInvitation(q, {
        itemId,
        organisationId: ids.org.school,
        legalBasisId: ids.basis.convenant_zvh as string,
        at: invitedAt,
        by: ids.officer.id,
      });
      await insertDisclosure(q, {
        tenantId,
        objectType: 'agenda_item',
        objectId: itemId,
        description: 'Agendapunt signaleringsoverleg (demo)',
        recipientOrganisationId: ids.org.school,
        recipientUserId: null,
        legalBasisId: ids.basis.convenant_zvh as string,
        disclosedBy: ids.officer.id,
        disclosedAt: invitedAt,
      });
      await insertContribution(q, {
        itemId,
        meetingId: meeting.id,
        tenantId,
        organisationId: ids.org.school,
        authorUserId: ids.officer.id,
        authorName: `${ids.officer.name} (genoteerd namens de mentor)`,
        legalBasisId: ids.basis.convenant_zvh as string,
        text: 'Op school teruggetrokken; de mentor heeft contact met de ouders.',
        at: meeting.startsAt,
      });
    }
    await q.query('UPDATE agenda_item SET minutes_text = $2 WHERE id = $1', [
      itemId,
      'Besproken met politie en OM; het besluit staat hieronder.',
    ]);
    const referredTo = s.outcome === 'zorgen_geen_radicalisering' ? 'Sociaal wijkteam Lindeburg' : null;
    const decisionId = await decideItem(
      q,
      ids,
      { id: itemId, meetingId: meeting.id, kind: 'signaleringsoverleg' },
      {
        kind: 'signaleringsoverleg',
        outcome: s.outcome,
        motivation: TRIAGE_TEXT[s.outcome],
        referredTo,
        fromWhom: null,
        dueOn: null,
      },
      s.outcome,
      s.decidedAt,
      ids.officer,
    );
    decidedIn.set(meeting.id, [...(decidedIn.get(meeting.id) ?? []), s.decidedAt]);
    if (s.outcome === 'zorgen_radicalisering') triageDecision.set(s.id, decisionId);
  }
  for (const m of past) {
    const decided = decidedIn.get(m.id) ?? [];
    const last = Math.max(m.startsAt.getTime() + 2 * HOUR, ...decided.map((d) => d.getTime()));
    await closeMeeting(q, m.id, {
      publishedAt: new Date(m.startsAt.getTime() - 48 * HOUR),
      approvedAt: new Date(Math.min(latest.getTime(), last + 20 * HOUR)),
      generalText:
        decided.length > 0
          ? 'Opening en mededelingen. De lopende signalen zijn doorgenomen.'
          : 'Geen nieuwe signalen ter bespreking; lopende zaken doorgenomen.',
      chair: ids.officer,
    });
  }
  // What the meldpunt has on the agenda now: the next meeting, agenda published.
  const next = upcoming[0];
  if (next) {
    for (const s of signals.filter((x) => x.status === 'geagendeerd')) {
      await agendaItem(
        next.id,
        { signal: s },
        {
          notes: 'Nieuw signaal; graag ieders informatie meenemen.',
          restricted: s.restricted,
          placedAt: s.agendaAt ?? latest,
        },
      );
    }
    await setMeetingStatus(q, next.id, 1, 'agenda_gepubliceerd', latest);
  }

  // ---- Cases: everyone handed over to the case meeting has a case.
  const cases: Array<{ id: string; personId: string; reference: string; openedAt: Date }> = [];
  const firstTriage = series[0]?.startsAt ?? anchor;
  for (const s of signals) {
    if (s.closeReason !== 'overgedragen_casusoverleg' || !s.closedAt || s.persons.length !== 1) continue;
    const person = s.persons[0] as DemoSignal['persons'][number];
    if (cases.some((c) => c.personId === person.id)) continue;
    let decisionId: string | null = null;
    if (s.closedAt >= firstTriage) {
      // A weegploeg of the period said yes: the meeting, its decision, and the case it opened.
      const startsAt = new Date(s.closedAt.getTime() - 3 * HOUR);
      const meetingId = await weegploegMeeting(startsAt, new Date(startsAt.getTime() - 7 * 24 * HOUR));
      const itemId = await agendaItem(
        meetingId,
        { signal: s },
        {
          sourceDecisionId: triageDecision.get(s.id) ?? null,
          notes: 'Uitkomst (a) van het signaleringsoverleg.',
          restricted: s.restricted,
          placedAt: new Date(startsAt.getTime() - 5 * 24 * HOUR),
        },
      );
      decisionId = await decideItem(
        q,
        ids,
        { id: itemId, meetingId, kind: 'weegploeg' },
        {
          kind: 'weegploeg',
          included: true,
          criteriaWeighed: [
            'Ernst en concreetheid van de zorgen',
            'Bereidheid tot geweld of steun daarvoor',
            'Contacten met extremistische netwerken',
          ],
          decidedBy: [
            { party: 'politie', organisationId: ids.org.politie ?? null, name: null },
            { party: 'om', organisationId: ids.org.om ?? null, name: null },
            { party: 'burgemeester', organisationId: null, name: ids.mayor.name },
          ],
          reasons: 'Politie, OM en burgemeester zien voldoende grond voor een persoonsgerichte aanpak.',
        },
        'pga_ja',
        s.closedAt,
        ids.mayor,
      );
      await closeMeeting(q, meetingId, {
        publishedAt: new Date(startsAt.getTime() - 48 * HOUR),
        approvedAt: new Date(Math.min(latest.getTime(), s.closedAt.getTime() + 24 * HOUR)),
        generalText: 'Weging van één signaal.',
        chair: ids.mayor,
      });
    }
    const phase: CasePhase =
      anchor.getTime() - s.closedAt.getTime() > 300 * 24 * HOUR ? 'nazorg' : 'persoonsgerichte_aanpak';
    const created = await insertCasus(q, {
      tenantId,
      personId: person.id,
      year: Number(amsterdamDate(s.closedAt).slice(0, 4)),
      phase,
      regisseurUserId: ids.officer.id,
      openedFromDecisionId: decisionId,
      createdAt: s.closedAt,
    });
    if (decisionId)
      await q.query('UPDATE meeting_decision SET casus_id = $2 WHERE id = $1', [decisionId, created.id]);
    cases.push({ id: created.id, personId: person.id, reference: created.reference, openedAt: s.closedAt });
  }

  // ---- The next weegploeg: the signals decided (a) whose person has no case yet.
  const toWeigh = signals.filter(
    (s) =>
      s.status === 'besloten' &&
      s.outcome === 'zorgen_radicalisering' &&
      !s.restricted &&
      !s.persons.some((p) => cases.some((c) => c.personId === p.id)),
  );
  const weegploegAt = amsterdamDateTime(addDays(lastTuesday, 9), '14:00');
  const weegploeg = await weegploegMeeting(weegploegAt, latest);
  for (const s of toWeigh) {
    await agendaItem(
      weegploeg,
      { signal: s },
      {
        sourceDecisionId: triageDecision.get(s.id) ?? null,
        notes: 'Uitkomst (a) van het signaleringsoverleg.',
        placedAt: latest,
      },
    );
  }
  await setMeetingStatus(q, weegploeg, 1, 'agenda_gepubliceerd', latest);

  // ---- Two casusoverleggen: three weeks ago (held) and next week, about the cases in the aanpak.
  const inAanpak = cases
    .filter((c) => anchor.getTime() - c.openedAt.getTime() <= 300 * 24 * HOUR)
    .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime())
    .slice(0, 2);
  const caseMembers = [ids.org.gemeente, ids.org.politie, ids.org.om, ids.org.zvh].filter(
    Boolean,
  ) as string[];
  const heldAt = amsterdamDateTime(addDays(lastTuesday, -19), '13:30');
  const nextAt = amsterdamDateTime(addDays(lastTuesday, 8), '13:30');
  const caseMeetings: string[] = [];
  for (const startsAt of [heldAt, nextAt]) {
    caseMeetings.push(
      await meeting({
        seriesId: null,
        type: 'casusoverleg',
        title: 'Multidisciplinair casusoverleg Lindeburg',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
        location: 'Zorg- en Veiligheidshuis Veenstroom',
        onlineUrl: 'https://vergaderen.lindeburg.example/casusoverleg',
        chairUserId: ids.officer.id,
        memberOrganisationIds: caseMembers,
        createdAt: new Date(heldAt.getTime() - 14 * 24 * HOUR),
      }),
    );
  }
  const [held, coming] = caseMeetings as [string, string];
  const partnerFor = (i: number) => (i === 0 ? ids.org.ggz : ids.org.jeugdzorg);
  for (const [i, c] of inAanpak.entries()) {
    const partner = partnerFor(i);
    const heldItem = await agendaItem(
      held,
      { casus: c },
      { notes: 'Voortgang van het plan van aanpak.', placedAt: new Date(heldAt.getTime() - 7 * 24 * HOUR) },
    );
    if (partner) {
      await insertInvitation(q, {
        itemId: heldItem,
        organisationId: partner,
        legalBasisId: ids.basis.convenant_zvh as string,
        at: new Date(heldAt.getTime() - 6 * 24 * HOUR),
        by: ids.officer.id,
      });
      await insertContribution(q, {
        itemId: heldItem,
        meetingId: held,
        tenantId,
        organisationId: partner,
        authorUserId: ids.officer.id,
        authorName: `${ids.officer.name} (genoteerd tijdens het overleg)`,
        legalBasisId: ids.basis.toestemming_betrokkene as string,
        text:
          i === 0
            ? 'Komt zijn afspraken na; werkt aan structuur en dagbesteding.'
            : 'Gezinsbegeleiding loopt; ouders staan open voor ondersteuning.',
        at: heldAt,
      });
    }
    await policeContribution(heldItem, held, 'Geen nieuwe incidenten; online activiteit neemt af.', heldAt);
    await decideItem(
      q,
      ids,
      { id: heldItem, meetingId: held, kind: 'casusoverleg' },
      {
        kind: 'casusoverleg',
        decisions: 'Plan van aanpak voortzetten; over zes weken evalueren in dit overleg.',
        nextPhase: null,
      },
      'besluit',
      new Date(heldAt.getTime() + 2 * HOUR),
      ids.officer,
      c.id,
    );
    const actions: Array<[string, { user?: string; org?: string }, number, 'open' | 'gereed']> = [
      ['Gesprek met betrokkene en ouders over dagbesteding plannen', { user: ids.officer.id }, -10, 'open'],
      ['Meldplicht en contacten met de wijkagent nagaan', { org: ids.org.politie as string }, -4, 'open'],
      [
        'Aanmelding bij traject voor werk en scholing',
        { org: partner ?? (ids.org.gemeente as string) },
        5,
        i === 0 ? 'gereed' : 'open',
      ],
    ];
    for (const [description, owner, dueIn, status] of actions) {
      const id = await insertAction(q, {
        tenantId,
        meetingId: held,
        itemId: heldItem,
        description,
        ownerUserId: owner.user ?? null,
        ownerOrganisationId: owner.org ?? null,
        dueOn: addDays(today, dueIn - i),
        createdAt: new Date(heldAt.getTime() + 2 * HOUR),
        createdBy: ids.officer.id,
      });
      if (status === 'gereed') {
        await q.query("UPDATE meeting_action SET status = 'gereed', completed_at = $2 WHERE id = $1", [
          id,
          latest,
        ]);
      }
    }
    const comingItem = await agendaItem(
      coming,
      { casus: c },
      { notes: 'Evaluatie van het plan van aanpak.', placedAt: latest },
    );
    if (partner) {
      await insertInvitation(q, {
        itemId: comingItem,
        organisationId: partner,
        legalBasisId: ids.basis.convenant_zvh as string,
        at: latest,
        by: ids.officer.id,
      });
    }
  }
  await closeMeeting(q, held, {
    publishedAt: new Date(heldAt.getTime() - 48 * HOUR),
    approvedAt: new Date(heldAt.getTime() + 26 * HOUR),
    generalText: 'Opening; afspraken over de volgende evaluatie.',
    chair: ids.officer,
  });
  await setMeetingStatus(q, coming, 1, 'agenda_gepubliceerd', latest);
  return meetings;
}
