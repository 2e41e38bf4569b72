import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import {
  DEFAULT_CURRICULUM,
  type ReactionUseful,
  type SessionStatus,
  SUGGESTED_TRAININGS,
} from '../domain/deskundigheid/curriculum.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';

/**
 * Fictitious deskundigheidsbevordering of Gemeente Lindeburg (issue 16): the default curriculum taken over, the
 * suggested national offer as its catalogue, the people of its own departments and of the partner organisations
 * of the demo network (every name invented, example addresses), two organisations that report group sizes only,
 * and a year of sessions up to the demo's today: joint sessions across organisations, one counted only, one
 * cancelled, one planned; a few older sessions whose validity now runs out or has run out. The gap is on
 * purpose: the BOA session fell through, so most BOA's are untrained. The same every run (no randomness but the
 * reaction token and the row ids); dates are relative to the anchor. A handful of statements, to stay fast.
 */

type OrgKey = 'gemeente' | 'politie' | 'jongerenwerk' | 'school' | 'regenboog' | 'wijkagenten' | 'wijkteam';

/** The organisations, found by partner type or by the name the network demo gave them. */
const ORGANISATIONS: Record<Exclude<OrgKey, 'gemeente'>, { type?: string; name?: string }> = {
  politie: { type: 'politie' },
  jongerenwerk: { type: 'jongerenwerk' },
  school: { type: 'school' },
  regenboog: { name: 'Basisschool De Regenboog' },
  wijkagenten: { name: 'Wijkagenten Lindeburg' },
  wijkteam: { name: 'Sociaal Wijkteam Lindeburg' },
};

type TrainingKey = 'ror_basis' | 'ror_verdiepend' | 'vng' | 'nctv_privacy' | 'behr' | 'game';

/** SUGGESTED_TRAININGS in its order, with the target groups each is recommended for. */
const CATALOGUE: ReadonlyArray<readonly [TrainingKey, readonly string[]]> = [
  ['ror_basis', ['Baliemedewerkers', "BOA's", 'Sociaal domein', 'Wijkteams', 'Jongerenwerk', 'Wijkagenten']],
  ['ror_verdiepend', ['Aandachtsfunctionarissen', 'Beleidsmedewerkers radicalisering']],
  ['vng', ['Aandachtsfunctionarissen', 'Beleidsmedewerkers radicalisering']],
  ['nctv_privacy', ['Baliemedewerkers', "BOA's", 'Sociaal domein', 'Onderwijs']],
  ['behr', ["BOA's", 'Sociaal domein', 'Wijkteams', 'Jongerenwerk']],
  ['game', ['Onderwijs']],
];

/**
 * A cohort of named people: a target group, an organisation, a department or team, the first names given
 * (demo users and the network's contact persons) and invented names up to its size. The sessions below pick
 * people by cohort and position.
 */
interface Cohort {
  readonly key: string;
  readonly group: string;
  readonly org: OrgKey;
  readonly department: string;
  readonly domain: string;
  readonly size: number;
  readonly names: readonly string[];
  /** Names of demo users, whose record is linked to their account. */
  readonly users?: readonly string[];
}

const GEMEENTE_MAIL = 'lindeburg.example';

const COHORTS: readonly Cohort[] = [
  {
    key: 'af',
    group: 'Aandachtsfunctionarissen',
    org: 'gemeente',
    department: 'Openbare orde en veiligheid',
    domain: GEMEENTE_MAIL,
    size: 2,
    names: ['Ahmed El Idrissi', 'Els Vermeulen'],
    users: ['Ahmed El Idrissi'],
  },
  {
    key: 'beleid',
    group: 'Beleidsmedewerkers radicalisering',
    org: 'gemeente',
    department: 'Openbare orde en veiligheid',
    domain: GEMEENTE_MAIL,
    size: 2,
    names: ['Thomas Bakker', 'Jeroen Hofman'],
    users: ['Thomas Bakker'],
  },
  {
    key: 'publiek',
    group: 'Baliemedewerkers',
    org: 'gemeente',
    department: 'Publiekszaken',
    domain: GEMEENTE_MAIL,
    size: 20,
    names: [],
  },
  {
    key: 'kcc',
    group: 'Baliemedewerkers',
    org: 'gemeente',
    department: 'Klantcontactcentrum',
    domain: GEMEENTE_MAIL,
    size: 10,
    names: [],
  },
  {
    key: 'boa',
    group: "BOA's",
    org: 'gemeente',
    department: 'Toezicht en handhaving',
    domain: GEMEENTE_MAIL,
    size: 34,
    names: [],
  },
  {
    key: 'wi',
    group: 'Sociaal domein',
    org: 'gemeente',
    department: 'Werk en inkomen',
    domain: GEMEENTE_MAIL,
    size: 14,
    names: ['Paul Verhoef'],
  },
  {
    key: 'wmo',
    group: 'Sociaal domein',
    org: 'gemeente',
    department: 'Wmo',
    domain: GEMEENTE_MAIL,
    size: 12,
    names: [],
  },
  {
    key: 'jeugd',
    group: 'Sociaal domein',
    org: 'gemeente',
    department: 'Jeugd',
    domain: GEMEENTE_MAIL,
    size: 12,
    names: [],
  },
  {
    key: 'jw',
    group: 'Jongerenwerk',
    org: 'jongerenwerk',
    department: 'Jongerenwerk Noord en Oost',
    domain: 'jongerenwerk-lindeburg.example',
    size: 14,
    names: ['Dewi Hartman', 'Kevin Ramdin', 'Ruben Smit'],
    users: ['Ruben Smit'],
  },
  {
    key: 'regenboog',
    group: 'Onderwijs',
    org: 'regenboog',
    department: 'Groepsleerkrachten',
    domain: 'regenboog-lindeburg.example',
    size: 6,
    names: [],
  },
  {
    key: 'wijkagent',
    group: 'Wijkagenten',
    org: 'wijkagenten',
    department: 'Basisteam Lindeburg',
    domain: 'politie-veenstroom.example',
    size: 12,
    names: ['Rob Kuipers'],
  },
];

// Invented names, combined so that no two people share one (index i takes first name i mod 40 and a surname
// that moves on by three every round of first names).
const FIRST_NAMES = (
  'Anouk, Bram, Chantal, Dennis, Esra, Frank, Gonca, Hester, Ilse, Jorrit, Kim, Laura, ' +
  'Mohamed, Nick, Olga, Patrick, Quinten, Rachid, Sabine, Tim, Umut, Vera, Wouter, Xander, ' +
  'Yara, Zeger, Annemiek, Bilal, Carla, Daan, Elif, Femke, Gijs, Hanna, Ibrahim, Joyce, ' +
  'Karim, Lisa, Maarten, Nadia'
).split(', ');
const SURNAMES = (
  'Peters, de Wit, Koning, Meijer, Yilmaz, Mulders, Aydin, van Leeuwen, Dekker, Schouten, ' +
  'Nguyen, Bosman, Bennani, van der Linden, Kowalski, Jonker, Vos, Ouali, Kramer, Verbeek, ' +
  'Demir, Hoogland, Blom, Post, Haddou, van Rijn, Smits, Chahid, Roos, Evers, Kaya, Aarts, ' +
  'Wolters, Kok, Sow, van Beek, Azzouzi, Prins, Geerts, Lambrecht'
).split(', ');

function inventedName(i: number): string {
  const f = FIRST_NAMES.length;
  return `${FIRST_NAMES[i % f]} ${SURNAMES[(i + 3 * Math.floor(i / f)) % SURNAMES.length]}`;
}

/** Every cohort's names, the given ones first. */
function cohortNames(): Map<string, string[]> {
  let next = 0;
  const out = new Map<string, string[]>();
  for (const c of COHORTS) {
    const names = [...c.names];
    while (names.length < c.size) names.push(inventedName(next++));
    out.set(c.key, names);
  }
  return out;
}

/** Two who left: their records stay until the retention term after leaving has passed. */
const LEFT: ReadonlyArray<
  readonly [cohort: string, name: string, sinceDaysAgo: number, leftDaysAgo: number]
> = [
  ['publiek', 'Ria Hermans', 2400, 500],
  ['boa', 'Sem Janssens', 900, 30],
];

/** Organisations that report how many professionals they have in a target group, not their names. */
const GROUP_SIZES: ReadonlyArray<readonly [OrgKey, string, number]> = [
  ['school', 'Onderwijs', 52],
  ['wijkteam', 'Wijkteams', 22],
];

/** A selection of a cohort's people: positions from..to (inclusive). */
type Pick = readonly [cohort: string, from: number, to: number];

interface DemoSession {
  readonly daysAgo: number;
  readonly training: TrainingKey;
  readonly status: SessionStatus;
  readonly location: string;
  readonly notes?: string;
  readonly orgs: readonly OrgKey[];
  readonly completed?: readonly Pick[];
  readonly absent?: readonly Pick[];
  readonly left?: readonly string[];
  readonly counts?: ReadonlyArray<readonly [OrgKey, string, number]>;
  readonly reactions?: ReadonlyArray<readonly [ReactionUseful, string]>;
  /** Days from the demo's today the reaction form stays open. */
  readonly reactionOpenDays?: number;
}

const SESSIONS: readonly DemoSession[] = [
  // Before the year: what now runs out (the officer's in-depth training, the school's e-learning) or ran out.
  {
    daysAgo: 1130,
    training: 'ror_basis',
    status: 'gehouden',
    location: 'Stadhuis Lindeburg',
    orgs: ['gemeente'],
    completed: [['boa', 4, 6]],
    left: ['Ria Hermans'],
  },
  {
    daysAgo: 1070,
    training: 'ror_verdiepend',
    status: 'gehouden',
    location: 'ROR, Den Haag',
    orgs: ['gemeente', 'politie'],
    completed: [['af', 1, 1]],
  },
  {
    daysAgo: 760,
    training: 'ror_basis',
    status: 'gehouden',
    location: 'Stadswerf Lindeburg',
    orgs: ['gemeente'],
    completed: [['boa', 0, 3]],
  },
  {
    daysAgo: 700,
    training: 'nctv_privacy',
    status: 'gehouden',
    location: 'Online',
    orgs: ['regenboog'],
    completed: [['regenboog', 0, 3]],
  },
  // The year up to today.
  {
    daysAgo: 345,
    training: 'ror_verdiepend',
    status: 'gehouden',
    location: 'ROR, Den Haag',
    orgs: ['gemeente', 'politie'],
    completed: [
      ['af', 0, 0],
      ['beleid', 0, 1],
    ],
  },
  {
    daysAgo: 300,
    training: 'ror_basis',
    status: 'gehouden',
    location: 'Stadhuis Lindeburg, raadzaal',
    notes: 'Gezamenlijke training van gemeente, jongerenwerk, wijkagenten en wijkteams.',
    orgs: ['gemeente', 'jongerenwerk', 'wijkagenten', 'wijkteam'],
    completed: [
      ['publiek', 0, 7],
      ['wi', 0, 5],
      ['wijkagent', 0, 5],
      ['jw', 0, 3],
    ],
    counts: [['wijkteam', 'Wijkteams', 8]],
    reactions: [
      ['ja', 'Meer tijd voor casuïstiek uit de eigen wijk.'],
      ['ja', ''],
      ['ja', 'Goed om de wijkagent en het jongerenwerk te leren kennen.'],
      ['ja', ''],
      ['deels', 'Wat doe ik als ik twijfel of iets een signaal is?'],
      ['ja', ''],
      ['ja', 'Het stappenplan melden mocht concreter.'],
      ['deels', ''],
      ['ja', ''],
      ['nee', 'Te veel theorie over stromingen.'],
      ['ja', ''],
      ['deels', 'Voorbeelden van online signalen.'],
    ],
  },
  {
    daysAgo: 245,
    training: 'behr',
    status: 'gehouden',
    location: 'Buurthuis De Schakel',
    orgs: ['gemeente', 'jongerenwerk'],
    completed: [
      ['jw', 4, 8],
      ['wmo', 0, 4],
      ['boa', 7, 12],
    ],
  },
  {
    daysAgo: 190,
    training: 'game',
    status: 'gehouden',
    location: 'Lindeburg College',
    notes: 'Studiemiddag voor het docententeam; de school gaf het aantal deelnemers door.',
    orgs: ['school'],
    counts: [['school', 'Onderwijs', 24]],
    reactions: [
      ['ja', ''],
      ['ja', 'Graag een vervolg voor de mentoren.'],
      ['deels', ''],
      ['ja', ''],
      ['ja', ''],
      ['deels', 'Meer over polarisatie in de klas.'],
    ],
  },
  {
    daysAgo: 150,
    training: 'nctv_privacy',
    status: 'gehouden',
    location: 'Online',
    orgs: ['gemeente', 'regenboog'],
    completed: [
      ['publiek', 14, 15],
      ['kcc', 4, 5],
      ['jeugd', 8, 9],
      ['regenboog', 4, 4],
    ],
  },
  {
    daysAgo: 95,
    training: 'ror_basis',
    status: 'gehouden',
    location: 'Stadhuis Lindeburg, raadzaal',
    notes: 'Tweede gezamenlijke training.',
    orgs: ['gemeente', 'jongerenwerk', 'wijkagenten', 'wijkteam'],
    completed: [
      ['publiek', 8, 13],
      ['kcc', 0, 1],
      ['jeugd', 0, 7],
      ['wmo', 5, 7],
      ['wijkagent', 6, 9],
      ['jw', 9, 10],
    ],
    absent: [['boa', 13, 13]],
    counts: [['wijkteam', 'Wijkteams', 6]],
    reactions: [
      ['ja', ''],
      ['deels', 'Meer over wat er na een melding gebeurt.'],
      ['ja', ''],
    ],
  },
  {
    daysAgo: 60,
    training: 'vng',
    status: 'gehouden',
    location: 'VNG, Den Haag',
    orgs: ['gemeente'],
    completed: [['af', 0, 0]],
  },
  {
    daysAgo: 35,
    training: 'ror_basis',
    status: 'vervallen',
    location: 'Stadswerf Lindeburg',
    notes: "Bedoeld voor de BOA's; vervallen door te weinig aanmeldingen in de zomerperiode.",
    orgs: ['gemeente'],
  },
  {
    daysAgo: 20,
    training: 'behr',
    status: 'gehouden',
    location: 'Buurthuis Het Baken',
    orgs: ['gemeente', 'jongerenwerk'],
    completed: [
      ['wi', 6, 9],
      ['kcc', 2, 3],
    ],
    reactions: [['ja', '']],
    reactionOpenDays: 10,
  },
  {
    daysAgo: -28,
    training: 'ror_basis',
    status: 'gepland',
    location: 'Stadswerf Lindeburg',
    notes: "Opnieuw gepland voor de BOA's, samen met de wijkagenten.",
    orgs: ['gemeente', 'wijkagenten'],
  },
];

function email(name: string, domain: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');
  return `${local}@${domain}`;
}

const TRAINING_KEYS: readonly TrainingKey[] = CATALOGUE.map(([key]) => key);

/** Seeds the training of the demo municipality; run once, inside the demo's seeding transaction. */
export async function seedDeskundigheidDemo(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  const today = amsterdamDate(anchor);
  const at = anchor.toISOString();
  const users = await q.query<{ id: string; display_name: string }>(
    'SELECT id, display_name FROM app_user WHERE is_demo',
  );
  const userId = (name: string) => users.rows.find((u) => u.display_name === name)?.id ?? null;
  const by = userId('Karin de Groot');
  if (!by) throw new Error('demo training coordinator missing');
  const orgRows = await q.query<{ id: string; name: string; partner_type: string | null }>(
    'SELECT id, name, partner_type FROM organisation WHERE tenant_id = $1',
    [gemeente],
  );
  const orgs = new Map<OrgKey, string>([['gemeente', gemeente]]);
  for (const [key, find] of Object.entries(ORGANISATIONS)) {
    const o = orgRows.rows.find((x) => (find.type ? x.partner_type === find.type : x.name === find.name));
    if (!o) throw new Error(`demo organisation ${key} missing`);
    orgs.set(key as OrgKey, o.id);
  }
  const org = (key: OrgKey) => orgs.get(key) as string;

  // The curriculum and the catalogue, in one statement each.
  const groups = await q.query<{ id: string; name: string }>(
    `INSERT INTO training_target_group (tenant_id, side, name, description, required_level, created_at, updated_at, updated_by)
     SELECT $1, x.side, x.name, x.description, x.level, $2, $2, $3
       FROM jsonb_to_recordset($4::jsonb) AS x(side text, name text, description text, level text, n int)
      ORDER BY x.n
     RETURNING id, name`,
    [
      gemeente,
      at,
      by,
      JSON.stringify(
        DEFAULT_CURRICULUM.map((g, n) => ({
          side: g.side,
          name: g.name,
          description: g.description,
          level: g.requiredLevel,
          n,
        })),
      ),
    ],
  );
  const group = (name: string) => {
    const g = groups.rows.find((x) => x.name === name);
    if (!g) throw new Error(`target group ${name} missing`);
    return g.id;
  };
  const trainingIds = new Map(TRAINING_KEYS.map((key) => [key, randomUUID()]));
  const training = (key: TrainingKey) => trainingIds.get(key) as string;
  await q.query(
    `INSERT INTO training (id, tenant_id, provider, title, format, duration_minutes, level, valid_months, url,
       description, created_at, updated_at, updated_by)
     SELECT x.id, $1, x.provider, x.title, x.format, x.minutes, x.level, x.months, x.url, x.description, $2, $2, $3
       FROM jsonb_to_recordset($4::jsonb) AS x(id uuid, provider text, title text, format text, minutes int,
         level text, months int, url text, description text, n int)
      ORDER BY x.n`,
    [
      gemeente,
      at,
      by,
      JSON.stringify(
        SUGGESTED_TRAININGS.map((t, n) => ({
          id: training(TRAINING_KEYS[n] as TrainingKey),
          provider: t.provider,
          title: t.title,
          format: t.format,
          minutes: t.durationMinutes,
          level: t.level,
          months: t.validMonths,
          url: t.url,
          description: t.description,
          n,
        })),
      ),
    ],
  );
  await q.query(
    `INSERT INTO training_recommended (training_id, target_group_id)
     SELECT x.t, x.g FROM jsonb_to_recordset($1::jsonb) AS x(t uuid, g uuid)`,
    [
      JSON.stringify(
        CATALOGUE.flatMap(([key, names]) => names.map((name) => ({ t: training(key), g: group(name) }))),
      ),
    ],
  );

  // The people: active since a while before the oldest session they followed, the two who left with a date.
  const people: Array<Record<string, unknown>> = [];
  const names = cohortNames();
  for (const c of COHORTS) {
    for (const [i, name] of (names.get(c.key) ?? []).entries()) {
      people.push({
        key: `${c.key}:${i}`,
        org: org(c.org),
        group: group(c.group),
        name,
        email: email(name, c.domain),
        department: c.department,
        user: c.users?.includes(name) ? userId(name) : null,
        since: addDays(today, -(1500 + ((i * 37) % 400))),
        left: null,
      });
    }
  }
  for (const [cohort, name, since, left] of LEFT) {
    const c = COHORTS.find((x) => x.key === cohort) as Cohort;
    people.push({
      key: `left:${name}`,
      org: org(c.org),
      group: group(c.group),
      name,
      email: null,
      department: c.department,
      user: null,
      since: addDays(today, -since),
      left: addDays(today, -left),
    });
  }
  const persons = await q.query<{ id: string; name: string }>(
    `INSERT INTO training_person (tenant_id, organisation_id, target_group_id, name, email, department, user_id,
       active_since, left_on, created_at, created_by, updated_at, updated_by)
     SELECT $1, x.org, x.group, x.name, x.email, x.department, x.user, x.since, x.left, $2, $3, $2, $3
       FROM jsonb_to_recordset($4::jsonb) AS x(org uuid, "group" uuid, name text, email text, department text,
         "user" uuid, since date, "left" date)
     RETURNING id, name`,
    [gemeente, at, by, JSON.stringify(people)],
  );
  const personByName = new Map(persons.rows.map((p) => [p.name, p.id]));
  const picked = (picks: readonly Pick[] = []) =>
    picks.flatMap(([cohort, from, to]) =>
      (names.get(cohort) ?? []).slice(from, to + 1).map((name) => personByName.get(name) as string),
    );

  await q.query(
    `INSERT INTO training_group_size (tenant_id, organisation_id, target_group_id, people, as_of, updated_at, updated_by)
     SELECT $1, x.org, x.group, x.people, $2, $3, $4
       FROM jsonb_to_recordset($5::jsonb) AS x(org uuid, "group" uuid, people int)`,
    [
      gemeente,
      addDays(today, -200),
      at,
      by,
      JSON.stringify(GROUP_SIZES.map(([o, g, n]) => ({ org: org(o), group: group(g), people: n }))),
    ],
  );

  // The sessions, then who joined and took part, in one statement per table.
  const sessionIds = SESSIONS.map(() => randomUUID());
  await q.query(
    `INSERT INTO training_session (id, tenant_id, training_id, held_on, location, status, notes, reaction_token,
       reaction_open_until, created_at, created_by, updated_at, updated_by)
     SELECT x.id, $1, x.training, x.held, x.location, x.status, x.notes, x.token, x.open_until, $2, $3, $2, $3
       FROM jsonb_to_recordset($4::jsonb) AS x(id uuid, training uuid, held date, location text, status text,
         notes text, token text, open_until date, n int)
      ORDER BY x.n`,
    [
      gemeente,
      at,
      by,
      JSON.stringify(
        SESSIONS.map((s, n) => {
          const withForm = s.reactions !== undefined || s.reactionOpenDays !== undefined;
          return {
            id: sessionIds[n],
            training: training(s.training),
            held: addDays(today, -s.daysAgo),
            location: s.location,
            status: s.status,
            notes: s.notes ?? '',
            token: withForm ? randomBytes(24).toString('base64url') : null,
            open_until: withForm ? addDays(today, s.reactionOpenDays ?? Math.min(14 - s.daysAgo, 0)) : null,
            n,
          };
        }),
      ),
    ],
  );
  const sessionId = (n: number) => sessionIds[n] as string;
  const joined: Array<{ s: string; o: string }> = [];
  const attended: Array<{ s: string; p: string; c: boolean }> = [];
  const counted: Array<{ s: string; o: string; g: string; n: number }> = [];
  const reactions: Array<{ s: string; u: string; m: string; d: string }> = [];
  for (const [n, s] of SESSIONS.entries()) {
    const id = sessionId(n);
    for (const o of s.orgs) joined.push({ s: id, o: org(o) });
    for (const p of picked(s.completed)) attended.push({ s: id, p, c: true });
    for (const p of picked(s.absent)) attended.push({ s: id, p, c: false });
    for (const name of s.left ?? []) attended.push({ s: id, p: personByName.get(name) as string, c: true });
    for (const [o, g, k] of s.counts ?? []) counted.push({ s: id, o: org(o), g: group(g), n: k });
    for (const [i, [useful, missing]] of (s.reactions ?? []).entries()) {
      reactions.push({ s: id, u: useful, m: missing, d: addDays(today, -s.daysAgo + 1 + (i % 5)) });
    }
  }
  await q.query(
    `INSERT INTO training_session_organisation (session_id, organisation_id)
     SELECT x.s, x.o FROM jsonb_to_recordset($1::jsonb) AS x(s uuid, o uuid)`,
    [JSON.stringify(joined)],
  );
  await q.query(
    `INSERT INTO training_attendance (session_id, person_id, completed, recorded_at, recorded_by)
     SELECT x.s, x.p, x.c, $2, $3 FROM jsonb_to_recordset($1::jsonb) AS x(s uuid, p uuid, c boolean)`,
    [JSON.stringify(attended), at, by],
  );
  await q.query(
    `INSERT INTO training_attendance_count (session_id, organisation_id, target_group_id, participants, recorded_at, recorded_by)
     SELECT x.s, x.o, x.g, x.n, $2, $3 FROM jsonb_to_recordset($1::jsonb) AS x(s uuid, o uuid, g uuid, n int)`,
    [JSON.stringify(counted), at, by],
  );
  await q.query(
    `INSERT INTO training_reaction (session_id, useful, missing, submitted_on)
     SELECT x.s, x.u, x.m, x.d FROM jsonb_to_recordset($1::jsonb) AS x(s uuid, u text, m text, d date)`,
    [JSON.stringify(reactions)],
  );
}
