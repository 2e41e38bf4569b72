import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';
import { normalizeName } from '../domain/melding/names.js';

/**
 * A generator of FICTITIOUS history for the phenomenon analysis: years of signals across the municipalities
 * of a region, with persons (invented names from combinations), triage outcomes, weegploeg decisions, cases with
 * their phases, situations, closures and measures. Parametric (scale, seed, period) so the demo (a few thousand
 * signals on PGlite) and the benchmark (a million on PostgreSQL) use the same code. Reproducible: a seeded
 * generator (mulberry32), never Math.random; only the row ids are fresh uuids.
 *
 * Written set-based: every table's rows go in as one JSON array per batch
 * (`INSERT ... SELECT ... FROM json_populate_recordset`), the same statement on PostgreSQL and PGlite.
 *
 * The shapes follow the trends a chart should show: polarisation and unrest rising through 2024 with a peak
 * after a local event, jihadism falling, a summer dip; nothing in it is about a real person or place.
 */

export type PartnerType =
  | 'politie'
  | 'om'
  | 'zvh'
  | 'jeugdzorg'
  | 'ggz'
  | 'school'
  | 'jongerenwerk'
  | 'reclassering';

export interface HistoryTenant {
  readonly id: string;
  /** Share of the region's signals (the largest municipality about 0.4). */
  readonly weight: number;
  /** Partner organisations of the tenant by type (professional reporters, measure owners). */
  readonly partners: ReadonlyMap<PartnerType, string>;
  /** Phenomenon category id per code. */
  readonly categories: ReadonlyMap<string, string>;
  /** Who recorded the history (an app_user; for a municipality without users, a user without membership). */
  readonly actor: { readonly id: string; readonly name: string };
  /** Every signal closed and every case closed (the demo municipality whose journeys must stay as they are). */
  readonly allClosed: boolean;
  /** Extra weight per category code (a municipality's own picture). */
  readonly tilt?: Readonly<Record<string, number>>;
  /** A local event: the month (YYYY-MM) after which polarisation peaks. */
  readonly eventMonth?: string;
  /** This municipality's history starts later than `from` (YYYY-MM-DD). */
  readonly from?: string;
}

export interface HistoryOptions {
  readonly seed: number;
  /** First day (YYYY-MM-DD, Amsterdam). */
  readonly from: string;
  /** "Today": nothing happens after it (minus an hour). */
  readonly until: Date;
  /** Signals per year across the region (before trends). */
  readonly signalsPerYear: number;
  /** Chance that a signal with a person is about someone already known (more signals per person). */
  readonly personReuse: number;
  readonly tenants: readonly HistoryTenant[];
  /** The shared measure catalogue. */
  readonly catalogue: ReadonlyArray<{
    id: string;
    code: string;
    track: string;
    label: string;
    legalBasis: string | null;
  }>;
  /** The next free number per `${tenant}:${year}` (after what exists). */
  readonly nextSignalNumber: ReadonlyMap<string, number>;
  readonly nextCaseNumber: ReadonlyMap<string, number>;
}

type Row = Record<string, unknown>;

/** One batch: rows per table, in insertion order. */
export interface HistoryBatch {
  persons: Row[];
  signals: Row[];
  subjects: Row[];
  events: Row[];
  meetings: Row[];
  items: Row[];
  decisions: Row[];
  cases: Row[];
  caseEvents: Row[];
  measures: Row[];
  /** Decisions that opened or moved a case: set after the cases exist. */
  decisionCases: Row[];
}

export interface HistoryTotals {
  signals: number;
  persons: number;
  cases: number;
  /** last_value per `${tenant}:${year}`. */
  signalCounters: Map<string, number>;
  caseCounters: Map<string, number>;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

const CATEGORY_BASE: Record<string, number> = {
  jihadisme: 0.22,
  rechts_extremisme: 0.17,
  links_extremisme: 0.05,
  anti_institutioneel_extremisme: 0.12,
  dierenrechtenextremisme: 0.02,
  overig_gemengd: 0.1,
  polarisatie_onrust: 0.22,
};

const SUMMARIES: Record<string, readonly string[]> = {
  jihadisme: [
    'Zorgen over het delen van jihadistische propaganda in een chatgroep.',
    'Uitspraken die geweld in naam van het geloof goedpraten.',
    'Plotselinge breuk met vrienden en interesse in uitreizen.',
  ],
  rechts_extremisme: [
    'Racistische memes en symbolen gedeeld op sociale media.',
    'Contact met een extreemrechtse online groep.',
    'Uitingen van haat tegen nieuwkomers op het schoolplein.',
  ],
  links_extremisme: [
    'Oproep tot vernieling bij een actie tegen een bedrijf.',
    'Bedreigende teksten richting een politieke partij.',
  ],
  anti_institutioneel_extremisme: [
    'Weigert de overheid te erkennen en dreigt richting ambtenaren.',
    'Verspreidt complotteksten met oproepen tot verzet.',
    'Sovereign-achtige brieven aan de gemeente met dreigende taal.',
  ],
  dierenrechtenextremisme: ['Bedreiging van een veehouder na een online campagne.'],
  overig_gemengd: [
    'Fascinatie voor geweld en aanslagplegers zonder duidelijke ideologie.',
    'Mengeling van complotdenken en haatuitingen.',
  ],
  polarisatie_onrust: [
    'Spanningen in de wijk na een incident; groepen tegenover elkaar.',
    'Onrust rond een demonstratie bij het gemeentehuis.',
    'Oplopende spanningen tussen buurtbewoners online en op straat.',
    'Vernielingen en leuzen na een landelijke gebeurtenis.',
  ],
};

const FIRST = [
  'Daan',
  'Sem',
  'Lucas',
  'Finn',
  'Levi',
  'Luuk',
  'Mees',
  'Milan',
  'Noud',
  'Bas',
  'Jayden',
  'Rayan',
  'Adam',
  'Mohamed',
  'Youssef',
  'Omar',
  'Emre',
  'Mert',
  'Kerem',
  'Dylan',
  'Tim',
  'Ruben',
  'Jurre',
  'Stijn',
  'Wessel',
  'Emma',
  'Julia',
  'Mila',
  'Sophie',
  'Tess',
  'Zoë',
  'Nora',
  'Sara',
  'Lina',
  'Yara',
  'Ilse',
  'Roos',
  'Fleur',
  'Noor',
  'Amira',
  'Hiba',
  'Elif',
  'Zeynep',
  'Lotte',
  'Anouk',
  'Iris',
  'Marco',
  'Erik',
  'Henk',
  'Ria',
] as const;
const LAST = [
  'de Graaf',
  'van Veen',
  'Brouwer',
  'Hendriks',
  'Dekker',
  'Vos',
  'Jacobs',
  'van den Berg',
  'Kuipers',
  'Postma',
  'Schouten',
  'Wiersma',
  'Veenstra',
  'Hoekman',
  'Bosman',
  'El Amrani',
  'Benali',
  'Yilmaz',
  'Demir',
  'Aydin',
  'Ouali',
  'Tahiri',
  'Nijenhuis',
  'Zwart',
  'Timmer',
  'Groen',
  'Kooiman',
  'Lammers',
  'Meijering',
  'Oosting',
  'Prins',
  'Roelofs',
  'Scholten',
  'Terpstra',
  'Ubbink',
  'Verhoef',
  'Wolters',
  'IJzerman',
] as const;

interface PersonState {
  readonly id: string;
  readonly birth: string;
  /** When the person's case is closed (Infinity: open); 0 without a case. */
  caseUntil: number;
  caseId: string | null;
}

interface TenantState {
  readonly recent: PersonState[];
  meetings: Map<string, { id: string; startsAt: number; items: number }>;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function monthsBetween(from: string, until: string): string[] {
  const out: string[] = [];
  let y = yearOf(from);
  let m = Number(from.slice(5, 7));
  const endY = yearOf(until);
  const endM = Number(until.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Trend multiplier of a category in a month (t: years since 2023-01). */
function trend(code: string, month: string, t: number, eventMonth: string | undefined): number {
  const mm = Number(month.slice(5, 7));
  const summer = mm === 7 || mm === 8 ? 0.8 : 1;
  // A national event in October 2023: more signals for a few months.
  const national = month === '2023-10' || month === '2023-11' ? 1.5 : month === '2023-12' ? 1.2 : 1;
  switch (code) {
    case 'jihadisme':
      return summer * Math.max(0.45, 1.3 - 0.28 * t) * national;
    case 'polarisatie_onrust': {
      const rise = t < 1 ? 0.8 : t < 2 ? 0.8 + 0.8 * (t - 1) : 1.6;
      let peak = 1;
      if (eventMonth) {
        const diff = monthsBetween(eventMonth, month).length - 1;
        if (month >= eventMonth) peak = diff === 0 ? 1.4 : diff === 1 ? 2.4 : diff === 2 ? 1.6 : 1;
      }
      return summer * rise * peak * national;
    }
    case 'rechts_extremisme':
      return summer * (1 + 0.12 * t);
    case 'anti_institutioneel_extremisme':
      return summer * (t < 1.5 ? 1 + 0.3 * t : 1.45);
    case 'overig_gemengd':
      return summer * (1 + 0.1 * t);
    default:
      return summer;
  }
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function weighted<T extends string>(r: () => number, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return (table.at(-1) as readonly [T, number])[0];
}

function emptyBatch(): HistoryBatch {
  return {
    persons: [],
    signals: [],
    subjects: [],
    events: [],
    meetings: [],
    items: [],
    decisions: [],
    cases: [],
    caseEvents: [],
    measures: [],
    decisionCases: [],
  };
}

/**
 * Generates the history, one batch per municipality per year (cases may run into later years; their rows are
 * in the batch of the year they were opened). `totals` receives the counts and the counters' last values.
 */
export function* generateHistory(opts: HistoryOptions, totals: HistoryTotals): Generator<HistoryBatch> {
  const limit = opts.until.getTime() - HOUR;
  const untilDate = amsterdamDate(opts.until);
  const weightSum = Object.values(CATEGORY_BASE).reduce((a, b) => a + b, 0);
  const bestuurlijk = opts.catalogue.filter((c) => c.track === 'bestuurlijk');
  const zorg = opts.catalogue.filter((c) => c.track === 'zorg');
  const straf = opts.catalogue.filter((c) => c.track === 'strafrechtelijk');

  for (const [ti, tenant] of opts.tenants.entries()) {
    const r = mulberry32(opts.seed * 7919 + ti * 104_729);
    const from = tenant.from ?? opts.from;
    const fromAt = Date.parse(`${from}T00:00:00Z`);
    const months = monthsBetween(from, untilDate);
    const state: TenantState = { recent: [], meetings: new Map() };
    const signalNo = (year: number) => {
      const key = `${tenant.id}:${year}`;
      const n = totals.signalCounters.get(key) ?? (opts.nextSignalNumber.get(key) ?? 1) - 1;
      totals.signalCounters.set(key, n + 1);
      return `M-${year}-${String(n + 1).padStart(5, '0')}`;
    };
    const caseNo = (year: number) => {
      const key = `${tenant.id}:${year}`;
      const n = totals.caseCounters.get(key) ?? (opts.nextCaseNumber.get(key) ?? 1) - 1;
      totals.caseCounters.set(key, n + 1);
      return `C-${year}-${String(n + 1).padStart(4, '0')}`;
    };
    const actor = tenant.actor;
    const partner = (t: PartnerType) => tenant.partners.get(t) ?? null;
    let batch = emptyBatch();
    let batchYear = yearOf(months[0] ?? opts.from);

    for (const month of months) {
      const year = yearOf(month);
      if (year !== batchYear) {
        yield batch;
        batch = emptyBatch();
        batchYear = year;
      }
      const t = year - 2023 + (Number(month.slice(5, 7)) - 1) / 12;
      const monthStart = Date.parse(`${month}-01T00:00:00Z`);
      const nextMonth = monthsBetween(month, `${year + 1}-12`)[1] as string;
      const monthEnd = Math.min(Date.parse(`${nextMonth}-01T00:00:00Z`), limit - DAY);
      if (monthEnd <= monthStart) continue;
      const span = monthEnd - monthStart;
      // The months before `from` do not exist; the last month is partial.
      const fraction = span / (31 * DAY);

      for (const [code, base] of Object.entries(CATEGORY_BASE)) {
        const categoryId = tenant.categories.get(code);
        if (!categoryId) continue;
        const lambda =
          ((opts.signalsPerYear * tenant.weight) / 12) *
          (base / weightSum) *
          trend(code, month, t, tenant.eventMonth) *
          (tenant.tilt?.[code] ?? 1) *
          fraction *
          (0.85 + 0.3 * r());
        const count = Math.floor(lambda) + (r() < lambda - Math.floor(lambda) ? 1 : 0);
        for (let i = 0; i < count; i++) {
          const receivedAt = new Date(monthStart + Math.floor(r() * span));
          // Office hours mostly: move the time of day to 08:00-18:00 UTC-ish.
          receivedAt.setUTCHours(7 + Math.floor(r() * 10), Math.floor(r() * 60), Math.floor(r() * 60), 0);
          if (receivedAt.getTime() > limit - DAY || receivedAt.getTime() < fromAt) continue;
          const receivedOn = amsterdamDate(receivedAt);
          const sy = yearOf(receivedOn);
          const id = randomUUID();
          const kind = r() < 0.22 ? 'adviesvraag' : 'melding';
          const channel = weighted(r, [
            ['telefoon', 24],
            ['email', 15],
            ['webformulier', 18],
            ['balie', 5],
            ['ketenpartner', 27],
            ['politie_cter', 9],
            ['ambtsbericht_aivd', code === 'jihadisme' ? 4 : 1],
          ] as const);
          const intake =
            channel === 'webformulier'
              ? 'publiek'
              : channel === 'ketenpartner'
                ? 'professional'
                : 'medewerker';
          let reporterKind: 'inwoner' | 'professional' | 'anoniem';
          if (intake === 'professional' || channel === 'politie_cter' || channel === 'ambtsbericht_aivd') {
            reporterKind = 'professional';
          } else if (intake === 'publiek') reporterKind = r() < 0.3 ? 'anoniem' : 'inwoner';
          else
            reporterKind = weighted(r, [
              ['inwoner', 45],
              ['professional', 40],
              ['anoniem', 15],
            ] as const);

          // The person concerned (none for much of the neighbourhood tension).
          const withPerson =
            code === 'polarisatie_onrust' ? r() < 0.35 : kind === 'adviesvraag' ? r() < 0.6 : r() < 0.88;
          let person: PersonState | null = null;
          if (withPerson) {
            if (state.recent.length > 0 && r() < opts.personReuse) {
              person = pick(r, state.recent);
            } else {
              const band = weighted(
                r,
                code === 'jihadisme' || code === 'rechts_extremisme'
                  ? ([
                      ['minor', 38],
                      ['young', 32],
                      ['older', 30],
                    ] as const)
                  : code === 'anti_institutioneel_extremisme'
                    ? ([
                        ['minor', 5],
                        ['young', 15],
                        ['older', 80],
                      ] as const)
                    : ([
                        ['minor', 28],
                        ['young', 27],
                        ['older', 45],
                      ] as const),
              );
              const age =
                band === 'minor'
                  ? 12 + Math.floor(r() * 6)
                  : band === 'young'
                    ? 18 + Math.floor(r() * 6)
                    : 24 + Math.floor(r() * 40);
              const birth = addDays(receivedOn, -Math.floor(age * 365.25 + r() * 364));
              const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
              person = { id: randomUUID(), birth, caseUntil: 0, caseId: null };
              batch.persons.push({
                id: person.id,
                tenant_id: tenant.id,
                display_name: name,
                normalized_name: normalizeName(name),
                birth_date: birth,
                restricted: channel === 'ambtsbericht_aivd',
                created_at: receivedAt,
                created_by: actor.id,
              });
              state.recent.push(person);
              if (state.recent.length > 400) state.recent.splice(0, state.recent.length - 400);
              totals.persons += 1;
            }
          }

          // The steps (all allowed by TRANSITIONS), their times, and the outcome.
          const steps: Array<{ to: string; gap: number; note?: string }> = [];
          const ack = (0.2 + r() * 2) * DAY;
          steps.push({ to: 'in_behandeling', gap: ack });
          const moreInfo = r() < 0.12;
          let outcome: string | null = null;
          let closeReason: string | null = null;
          let weigh = false;
          const direct = kind === 'adviesvraag' ? r() < 0.7 : r() < 0.25;
          if (moreInfo) {
            steps.push({
              to: 'meer_informatie_nodig',
              gap: (1 + r() * 4) * DAY,
              note: 'Navragen bij de melder.',
            });
            steps.push({ to: 'in_behandeling', gap: (3 + r() * 10) * DAY });
          }
          if (direct) {
            closeReason =
              kind === 'adviesvraag'
                ? weighted(r, [
                    ['advies_gegeven', 85],
                    ['doorverwezen_zorg', 15],
                  ] as const)
                : weighted(r, [
                    ['geen_zorgen', 40],
                    ['doorverwezen_zorg', 25],
                    ['dubbele_melding', 12],
                    ['onvoldoende_informatie', 15],
                    ['anders', 8],
                  ] as const);
            steps.push({
              to: 'afgesloten',
              gap: (2 + r() * 12) * DAY,
              ...(closeReason === 'anders' ? { note: 'Doorgezet naar de wijkagent.' } : {}),
            });
          } else {
            steps.push({ to: 'geagendeerd', gap: (2 + r() * 8) * DAY });
            if (!moreInfo && r() < 0.06) {
              steps.push({ to: 'meer_informatie_nodig', gap: (1 + r() * 3) * DAY, note: 'Eerst navragen.' });
              steps.push({ to: 'geagendeerd', gap: (5 + r() * 10) * DAY });
            }
            outcome = weighted(r, [
              ['zorgen_radicalisering', person ? 30 : 5],
              ['zorgen_geen_radicalisering', 35],
              ['geen_zorgen', 35],
            ] as const);
            steps.push({
              to: 'besloten',
              gap: (1 + r() * 7) * DAY,
              note: 'Besproken in het signaleringsoverleg.',
            });
            weigh = outcome === 'zorgen_radicalisering' && person !== null && r() < 0.75;
            const stay = !tenant.allClosed && r() < 0.08;
            if (!stay) {
              closeReason =
                outcome === 'zorgen_radicalisering'
                  ? 'overgedragen_casusoverleg'
                  : outcome === 'zorgen_geen_radicalisering'
                    ? 'doorverwezen_zorg'
                    : 'geen_zorgen';
              steps.push({ to: 'afgesloten', gap: (1 + r() * 10) * DAY });
            }
          }
          // Times: cumulative, squeezed into the time left before "today".
          const total = steps.reduce((s, x) => s + x.gap, 0);
          const room = limit - receivedAt.getTime();
          const squeeze = total > room * 0.9 ? (room * 0.9) / total : 1;
          let at = receivedAt.getTime();
          const times = steps.map((s) => {
            at += Math.max(60_000, Math.floor(s.gap * squeeze));
            return at;
          });
          const besluit = steps.findIndex((s) => s.to === 'besloten');
          const triagedIdx = steps.findIndex((s) => s.to === 'geagendeerd' || s.to === 'afgesloten');
          const last = times.at(-1) as number;
          const status = steps.at(-1)?.to as string;

          // The weegploeg: the first monthly meeting at least two days after the decision, before "today".
          let decision: { id: string; at: number } | null = null;
          let caseOpen: { id: string; at: number } | null = null;
          let pga: 'pga_ja' | 'pga_nee' | null = null;
          if (weigh && besluit >= 0 && person) {
            const after = (times[besluit] as number) + 2 * DAY;
            const mDate = new Date(after);
            let my = mDate.getUTCFullYear();
            let mm = mDate.getUTCMonth() + 1;
            if (mDate.getUTCDate() > 20) {
              mm += 1;
              if (mm > 12) {
                mm = 1;
                my += 1;
              }
            }
            const key = `${my}-${String(mm).padStart(2, '0')}`;
            const startsAt = Date.parse(`${key}-20T09:00:00Z`);
            const closeAt = status === 'afgesloten' ? last : limit;
            if (startsAt + 2 * HOUR < Math.min(limit, tenant.allClosed ? limit - 45 * DAY : limit)) {
              let meeting = state.meetings.get(key);
              if (!meeting) {
                meeting = { id: randomUUID(), startsAt, items: 0 };
                state.meetings.set(key, meeting);
                batch.meetings.push({
                  id: meeting.id,
                  tenant_id: tenant.id,
                  organiser_id: tenant.id,
                  type: 'weegploeg',
                  title: `Weegploeg ${key}`,
                  starts_at: new Date(startsAt),
                  ends_at: new Date(startsAt + 2 * HOUR),
                  location: 'Stadhuis, vergaderkamer 2',
                  chair_user_id: actor.id,
                  status: 'afgerond',
                  agenda_published_at: new Date(startsAt - 2 * DAY),
                  created_at: new Date(startsAt - 14 * DAY),
                  created_by: actor.id,
                });
              }
              meeting.items += 1;
              const itemId = randomUUID();
              batch.items.push({
                id: itemId,
                meeting_id: meeting.id,
                tenant_id: tenant.id,
                position: meeting.items,
                subject_kind: 'signaal',
                signal_id: id,
                title: 'Signaal',
                restricted: channel === 'ambtsbericht_aivd',
                placed_at: new Date(times[besluit] as number),
                placed_by: actor.id,
              });
              pga = r() < 0.5 ? 'pga_ja' : 'pga_nee';
              decision = { id: randomUUID(), at: startsAt + HOUR };
              batch.decisions.push({
                id: decision.id,
                item_id: itemId,
                meeting_id: meeting.id,
                tenant_id: tenant.id,
                kind: 'weegploeg',
                status: 'vastgesteld',
                payload: { outcome: pga },
                outcome: pga,
                drafted_at: new Date(startsAt + 30 * 60_000),
                drafted_by: actor.id,
                recorded_at: new Date(decision.at),
                recorded_by: actor.id,
                recorded_by_name: actor.name,
              });
              // The signal is closed after the weighing, not before.
              if (status === 'afgesloten' && closeAt < decision.at + HOUR) {
                times[times.length - 1] = Math.min(limit, decision.at + (1 + r() * 3) * DAY);
              }
              if (pga === 'pga_ja') caseOpen = { id: decision.id, at: decision.at };
            }
          }

          const reference = signalNo(sy);
          const lastAt = times.at(-1) as number;
          const triagedAt = triagedIdx >= 0 ? new Date(times[triagedIdx] as number) : null;
          const excluded = r() < 0.006;
          batch.signals.push({
            id,
            tenant_id: tenant.id,
            reference,
            kind,
            intake,
            channel,
            received_at: receivedAt,
            restricted: channel === 'ambtsbericht_aivd',
            reporter_kind: reporterKind,
            reporter_organisation: null,
            feedback_wanted: false,
            submitted_by_organisation_id:
              reporterKind === 'professional' && channel !== 'ambtsbericht_aivd'
                ? channel === 'politie_cter'
                  ? partner('politie')
                  : partner(
                      person && yearOf(receivedOn) - yearOf(person.birth) < 18
                        ? pick(r, ['school', 'jongerenwerk', 'jeugdzorg'] as const)
                        : pick(r, ['politie', 'zvh', 'ggz', 'reclassering', 'jongerenwerk'] as const),
                    )
                : null,
            status,
            status_changed_at: new Date(lastAt),
            category_id: categoryId,
            acknowledge_due_on: addDays(receivedOn, 5),
            triage_due_on: addDays(receivedOn, 14),
            acknowledged_at: new Date(times[0] as number),
            triaged_at: triagedAt,
            next_due_on: null,
            decision_outcome: outcome,
            close_reason: status === 'afgesloten' ? closeReason : null,
            summary: pick(r, SUMMARIES[code] ?? ['Signaal.']),
            created_at: receivedAt,
            statistics_exclusion: excluded ? (r() < 0.5 ? 'dubbel' : 'test') : null,
            statistics_exclusion_reason: excluded ? 'Bij het nalopen van de cijfers gevonden.' : null,
            statistics_exclusion_by: excluded ? actor.id : null,
            statistics_exclusion_at: excluded ? new Date(lastAt) : null,
            version: steps.length + 1,
          });
          const item = batch.items.at(-1);
          if (item && item.signal_id === id) item.title = `Signaal ${reference}`;
          if (person) {
            batch.subjects.push({
              id: randomUUID(),
              signal_id: id,
              tenant_id: tenant.id,
              ordinal: 1,
              birth_date: person.birth,
              person_id: person.id,
              linked_by: actor.id,
              linked_at: new Date(times[0] as number),
            });
          }
          const ev = (
            at2: number,
            kind2: string,
            from: string | null,
            to: string | null,
            data: Row,
            note?: string,
          ) =>
            batch.events.push({
              signal_id: id,
              at: new Date(at2),
              actor_user_id: actor.id,
              actor_name: actor.name,
              actor_role: 'meldpunt',
              kind: kind2,
              from_status: from,
              to_status: to,
              data,
              note: note ?? null,
            });
          ev(receivedAt.getTime(), 'ontvangen', null, 'ontvangen', { channel });
          let from = 'ontvangen';
          for (const [si, s] of steps.entries()) {
            const data: Row = {};
            if (s.to === 'besloten' && outcome) data.outcome = outcome;
            if (s.to === 'afgesloten' && closeReason) data.closeReason = closeReason;
            if (s.to === 'meer_informatie_nodig')
              data.dueOn = addDays(amsterdamDate(new Date(times[si] as number)), 10);
            ev(times[si] as number, 'status', from, s.to, data, s.note);
            from = s.to;
          }

          // A case: opened by the weegploeg's yes, unless the person has one open already (then it is moved).
          if (caseOpen && person && decision) {
            if (person.caseUntil > caseOpen.at && person.caseId) {
              batch.decisionCases.push({ id: decision.id, casus_id: person.caseId });
            } else {
              const caseId = randomUUID();
              const opened = caseOpen.at;
              const cy = yearOf(amsterdamDate(new Date(opened)));
              const pgaMonths = 4 + r() * 14;
              const nazorgAt = opened + pgaMonths * 30 * DAY;
              const closeAt = nazorgAt + (3 + r() * 8) * 30 * DAY;
              let closedAt: number | null = closeAt < limit ? closeAt : null;
              if (closedAt === null && tenant.allClosed)
                closedAt = Math.min(limit - DAY, opened + (limit - opened) * 0.8);
              const now = closedAt ?? limit;
              const situation = weighted(r, [
                ['zorgelijk', 78],
                ['potentiele_uitreiziger', 8],
                ['tegengehouden_uitreiziger', 4],
                ['gedetineerd', 5],
                ['terugkeerder', 2],
                ['uitgereisd', 2],
                ['overleden', 1],
              ] as const);
              const situationAt = opened + (now - opened) * (0.2 + r() * 0.3);
              const situationOn = amsterdamDate(new Date(situationAt));
              const phase =
                closedAt !== null ? 'afgesloten' : now >= nazorgAt ? 'nazorg' : 'persoonsgerichte_aanpak';
              const reason =
                closedAt === null
                  ? null
                  : situation === 'overleden'
                    ? 'overleden'
                    : situation === 'gedetineerd'
                      ? 'gedetineerd'
                      : weighted(r, [
                          ['disengaged', 62],
                          ['verhuisd', 14],
                          ['overgedragen', 9],
                          ['anders', 15],
                        ] as const);
              batch.cases.push({
                id: caseId,
                tenant_id: tenant.id,
                person_id: person.id,
                reference: caseNo(cy),
                phase,
                regisseur_user_id: null,
                opened_from_decision_id: decision.id,
                created_at: new Date(opened),
                situation,
                situation_since: situation === 'zorgelijk' ? amsterdamDate(new Date(opened)) : situationOn,
                departed_on: situation === 'uitgereisd' ? situationOn : null,
                returned_on: situation === 'terugkeerder' ? situationOn : null,
                deceased_on: situation === 'overleden' ? situationOn : null,
                next_review_on: closedAt === null ? addDays(untilDate, 10 + Math.floor(r() * 60)) : null,
                closed_at: closedAt === null ? null : new Date(closedAt),
                closure_reason: reason,
                closure_note: reason === 'anders' ? 'Ander traject buiten de persoonsgerichte aanpak.' : null,
                version: 3,
              });
              batch.decisionCases.push({ id: decision.id, casus_id: caseId });
              totals.cases += 1;
              person.caseUntil = closedAt ?? Number.POSITIVE_INFINITY;
              person.caseId = caseId;
              const cev = (
                at2: number,
                kind2: string,
                fromV: string | null,
                toV: string | null,
                why: string | null,
              ) =>
                batch.caseEvents.push({
                  casus_id: caseId,
                  at: new Date(at2),
                  actor_user_id: actor.id,
                  actor_organisation_id: tenant.id,
                  kind: kind2,
                  from_value: fromV,
                  to_value: toV,
                  reason: why,
                });
              cev(
                opened,
                'fase_gewijzigd',
                'signalering',
                'persoonsgerichte_aanpak',
                'Besluit van de weegploeg.',
              );
              if (situation !== 'zorgelijk')
                cev(
                  situationAt,
                  'situatie_gewijzigd',
                  'zorgelijk',
                  situation,
                  'Nieuwe informatie van de politie.',
                );
              if (now >= nazorgAt)
                cev(
                  nazorgAt,
                  'fase_gewijzigd',
                  'persoonsgerichte_aanpak',
                  'nazorg',
                  'Doelen van het plan bereikt.',
                );
              if (closedAt !== null) {
                cev(
                  closedAt,
                  'afgesloten',
                  now >= nazorgAt ? 'nazorg' : 'persoonsgerichte_aanpak',
                  reason,
                  null,
                );
              }
              // Measures: one to four, across the tracks.
              const n = 1 + Math.floor(r() * 4);
              for (let k = 0; k < n; k++) {
                const track = weighted(r, [
                  ['zorg', 60],
                  ['bestuurlijk', 18],
                  ['strafrechtelijk', 22],
                ] as const);
                const entries = track === 'zorg' ? zorg : track === 'bestuurlijk' ? bestuurlijk : straf;
                const entry = entries.length > 0 ? pick(r, entries) : null;
                const startAt = opened + r() * Math.max(DAY, (now - opened) * 0.5);
                const endAt =
                  closedAt !== null || r() < 0.5 ? startAt + r() * Math.max(DAY, now - startAt) : null;
                const owner =
                  track === 'zorg'
                    ? (partner(pick(r, ['ggz', 'jeugdzorg', 'zvh'] as const)) ?? tenant.id)
                    : track === 'strafrechtelijk'
                      ? (partner(pick(r, ['politie', 'om', 'reclassering'] as const)) ?? tenant.id)
                      : tenant.id;
                batch.measures.push({
                  id: randomUUID(),
                  casus_id: caseId,
                  catalogue_id: entry?.id ?? null,
                  track,
                  title: entry?.label ?? 'Maatregel',
                  owner_organisation_id: owner,
                  legal_basis:
                    track === 'bestuurlijk'
                      ? (entry?.legalBasis ?? 'Art. 172 Gemeentewet (voorbeeldtekst)')
                      : null,
                  starts_on: amsterdamDate(new Date(startAt)),
                  ends_on: endAt === null ? null : amsterdamDate(new Date(endAt)),
                  status:
                    endAt !== null
                      ? r() < 0.85
                        ? 'afgerond'
                        : 'gestopt'
                      : closedAt === null
                        ? 'lopend'
                        : 'afgerond',
                  created_at: new Date(startAt),
                  created_by: actor.id,
                  updated_at: new Date(endAt ?? startAt),
                });
              }
            }
          }
          totals.signals += 1;
        }
      }
    }
    yield batch;
  }
}

const COLUMNS: Record<
  Exclude<keyof HistoryBatch, 'decisionCases'>,
  { table: string; columns: string[]; select?: string }
> = {
  persons: {
    table: 'person',
    columns: [
      'id',
      'tenant_id',
      'display_name',
      'normalized_name',
      'birth_date',
      'restricted',
      'created_at',
      'created_by',
    ],
  },
  signals: {
    table: 'signal',
    columns: [
      'id',
      'tenant_id',
      'reference',
      'kind',
      'intake',
      'channel',
      'received_at',
      'restricted',
      'reporter_kind',
      'reporter_organisation',
      'feedback_wanted',
      'submitted_by_organisation_id',
      'status',
      'status_changed_at',
      'category_id',
      'acknowledge_due_on',
      'triage_due_on',
      'acknowledged_at',
      'triaged_at',
      'next_due_on',
      'decision_outcome',
      'close_reason',
      'summary',
      'created_at',
      'statistics_exclusion',
      'statistics_exclusion_reason',
      'statistics_exclusion_by',
      'statistics_exclusion_at',
      'version',
    ],
  },
  subjects: {
    table: 'signal_subject',
    columns: ['id', 'signal_id', 'tenant_id', 'ordinal', 'birth_date', 'person_id', 'linked_by', 'linked_at'],
  },
  events: {
    table: 'signal_event',
    columns: [
      'signal_id',
      'at',
      'actor_user_id',
      'actor_name',
      'actor_role',
      'kind',
      'from_status',
      'to_status',
      'data',
      'note',
    ],
  },
  meetings: {
    table: 'meeting',
    columns: [
      'id',
      'tenant_id',
      'organiser_id',
      'type',
      'title',
      'starts_at',
      'ends_at',
      'location',
      'chair_user_id',
      'status',
      'agenda_published_at',
      'created_at',
      'created_by',
    ],
  },
  items: {
    table: 'agenda_item',
    columns: [
      'id',
      'meeting_id',
      'tenant_id',
      'position',
      'subject_kind',
      'signal_id',
      'title',
      'restricted',
      'placed_at',
      'placed_by',
    ],
  },
  decisions: {
    table: 'meeting_decision',
    columns: [
      'id',
      'item_id',
      'meeting_id',
      'tenant_id',
      'kind',
      'status',
      'payload',
      'outcome',
      'drafted_at',
      'drafted_by',
      'recorded_at',
      'recorded_by',
      'recorded_by_name',
    ],
  },
  cases: {
    table: 'casus',
    columns: [
      'id',
      'tenant_id',
      'person_id',
      'reference',
      'phase',
      'regisseur_user_id',
      'opened_from_decision_id',
      'created_at',
      'situation',
      'situation_since',
      'departed_on',
      'returned_on',
      'deceased_on',
      'next_review_on',
      'closed_at',
      'closure_reason',
      'closure_note',
      'version',
    ],
  },
  caseEvents: {
    table: 'casus_event',
    columns: [
      'casus_id',
      'at',
      'actor_user_id',
      'actor_organisation_id',
      'kind',
      'from_value',
      'to_value',
      'reason',
    ],
  },
  measures: {
    table: 'casus_measure',
    columns: [
      'id',
      'casus_id',
      'catalogue_id',
      'track',
      'title',
      'owner_organisation_id',
      'legal_basis',
      'starts_on',
      'ends_on',
      'status',
      'created_at',
      'created_by',
      'updated_at',
    ],
  },
};

/** Writes one batch, table by table, `chunk` rows per statement. */
export async function writeHistoryBatch(q: Queryable, batch: HistoryBatch, chunk = 20_000): Promise<void> {
  for (const key of Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>) {
    const { table, columns } = COLUMNS[key];
    const rows = batch[key];
    const list = columns.join(', ');
    const select = columns.map((c) => `x.${c}`).join(', ');
    const extra = table === 'signal' ? ', search_vector' : '';
    const extraSelect = table === 'signal' ? ", to_tsvector('dutch', x.summary)" : '';
    for (let i = 0; i < rows.length; i += chunk) {
      await q.query(
        `INSERT INTO ${table} (${list}${extra}) SELECT ${select}${extraSelect}
           FROM json_populate_recordset(null::${table}, $1::json) x`,
        [JSON.stringify(rows.slice(i, i + chunk))],
      );
    }
  }
  for (let i = 0; i < batch.decisionCases.length; i += chunk) {
    await q.query(
      `UPDATE meeting_decision d SET casus_id = x.casus_id
         FROM json_to_recordset($1::json) AS x (id uuid, casus_id uuid) WHERE d.id = x.id`,
      [JSON.stringify(batch.decisionCases.slice(i, i + chunk))],
    );
  }
}

/** The counters' last values after the history (never lowered). */
export async function writeHistoryCounters(q: Queryable, totals: HistoryTotals): Promise<void> {
  for (const [table, map] of [
    ['signal_counter', totals.signalCounters],
    ['casus_counter', totals.caseCounters],
  ] as const) {
    const rows = [...map].map(([key, last]) => {
      const [tenant, year] = key.split(':');
      return { tenant_id: tenant, year: Number(year), last_value: last };
    });
    if (rows.length === 0) continue;
    await q.query(
      `INSERT INTO ${table} (tenant_id, year, last_value)
       SELECT x.tenant_id, x.year, x.last_value FROM json_to_recordset($1::json) AS x (tenant_id uuid, year int, last_value int)
       ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = GREATEST(${table}.last_value, EXCLUDED.last_value)`,
      [JSON.stringify(rows)],
    );
  }
}

/** Reads what the generator needs from the database: categories, partners, the catalogue, the counters. */
export async function loadHistoryContext(
  q: Queryable,
  tenantIds: readonly string[],
): Promise<{
  categories: Map<string, Map<string, string>>;
  partners: Map<string, Map<PartnerType, string>>;
  catalogue: HistoryOptions['catalogue'];
  nextSignalNumber: Map<string, number>;
  nextCaseNumber: Map<string, number>;
}> {
  const categories = new Map<string, Map<string, string>>();
  const partners = new Map<string, Map<PartnerType, string>>();
  for (const id of tenantIds) {
    categories.set(id, new Map());
    partners.set(id, new Map());
  }
  const cats = await q.query<{ id: string; tenant_id: string; code: string }>(
    'SELECT id, tenant_id, code FROM phenomenon_category WHERE tenant_id = ANY($1::uuid[])',
    [tenantIds],
  );
  for (const c of cats.rows) categories.get(c.tenant_id)?.set(c.code, c.id);
  const orgs = await q.query<{ id: string; tenant_id: string; partner_type: PartnerType }>(
    `SELECT DISTINCT ON (tenant_id, partner_type) id, tenant_id, partner_type FROM organisation
      WHERE kind = 'partner' AND tenant_id = ANY($1::uuid[]) ORDER BY tenant_id, partner_type, name`,
    [tenantIds],
  );
  for (const o of orgs.rows) partners.get(o.tenant_id)?.set(o.partner_type, o.id);
  const catalogue = (
    await q.query<{ id: string; code: string; track: string; label_nl: string; legal_basis: string | null }>(
      'SELECT id, code, track, label_nl, legal_basis FROM measure_catalogue WHERE tenant_id IS NULL ORDER BY sort, code',
    )
  ).rows.map((c) => ({
    id: c.id,
    code: c.code,
    track: c.track,
    label: c.label_nl,
    legalBasis: c.legal_basis,
  }));
  const counters = async (table: string) => {
    const m = new Map<string, number>();
    const rows = await q.query<{ tenant_id: string; year: number; last_value: number }>(
      `SELECT tenant_id, year, last_value FROM ${table} WHERE tenant_id = ANY($1::uuid[])`,
      [tenantIds],
    );
    for (const row of rows.rows) m.set(`${row.tenant_id}:${row.year}`, Number(row.last_value) + 1);
    return m;
  };
  return {
    categories,
    partners,
    catalogue,
    nextSignalNumber: await counters('signal_counter'),
    nextCaseNumber: await counters('casus_counter'),
  };
}
