import type { Queryable } from '../db/database.js';
import { insertGoal, insertIndicator, saveIndicatorValue } from '../db/evaluatie-goals.js';
import {
  ensureDefaultWorkingElements,
  listWorkingElements,
  saveMeasureResult,
} from '../db/evaluatie-results.js';
import { periodContaining, previousPeriod } from '../domain/analyse/periods.js';
import type { MeasureOutcome } from '../domain/evaluatie/measure-results.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';

/**
 * Demo data of the evaluatie: the municipality's working elements, results of ended measures in several demo
 * cases (the first two open cases keep theirs unrecorded, to record in the demo), and two policy goals with
 * indicators measured by Duiden or entered with their source over the past year. Everything is invented.
 */
export async function seedEvaluatieResultaten(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  const officer = await q.query<{ id: string }>(
    `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role = 'aandachtsfunctionaris' ORDER BY u.display_name LIMIT 1`,
    [gemeente],
  );
  const policy = await q.query<{ id: string }>(
    `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role = 'beleidsmedewerker' ORDER BY u.display_name LIMIT 1`,
    [gemeente],
  );
  const by = officer.rows[0]?.id;
  const advisor = policy.rows[0]?.id ?? by;
  if (!by || !advisor) return;
  await ensureDefaultWorkingElements(q, gemeente, anchor);
  const elements = await listWorkingElements(q, gemeente);
  const el = (i: number) => elements[i % elements.length]?.id as string;

  const ended = await q.query<{ id: string; casus_id: string }>(
    `SELECT m.id, m.casus_id FROM casus_measure m JOIN casus c ON c.id = m.casus_id
      WHERE c.tenant_id = $1 AND m.status IN ('afgerond', 'gestopt')
        AND c.id NOT IN (SELECT id FROM casus WHERE tenant_id = $1 AND phase <> 'afgesloten' ORDER BY reference LIMIT 2)
      ORDER BY c.reference, m.id`,
    [gemeente],
  );
  const results: Array<[MeasureOutcome, string, number[]]> = [
    [
      'ja',
      'Na het gesprek met de ouders erbij heeft hij de groep verlaten; de wijkagent houdt contact.',
      [0, 1],
    ],
    ['deels', 'Het contact met de groep is minder, maar nog niet verbroken; school loopt weer.', [1, 2]],
    ['ja', 'Afspraken nagekomen; de mentor en de politie trokken samen op.', [0, 3]],
    ['te_vroeg', 'Net afgerond; over een half jaar bekijken of het effect blijft.', [3]],
    ['nee', 'Het gesprek kwam te laat; hij was al verhuisd naar familie elders.', [4]],
  ];
  for (const [i, m] of ended.rows.entries()) {
    const [outcome, reason, picks] = results[i % results.length] as [MeasureOutcome, string, number[]];
    const at = new Date(anchor.getTime() - (i % 4) * 86_400_000);
    await saveMeasureResult(q, m.casus_id, m.id, 0, { outcome, reason, elementIds: picks.map(el) }, at, by);
    await q.query(
      `INSERT INTO casus_event (casus_id, at, actor_user_id, actor_organisation_id, kind, to_value, subject_id)
       VALUES ($1, $2, $3, $4, 'maatregelresultaat_vastgelegd', $5, $6)`,
      [m.casus_id, at, by, gemeente, outcome, m.id],
    );
  }

  // Two policy goals over the past year, with indicators measured by Duiden and entered by hand.
  const today = amsterdamDate(anchor);
  const start = addDays(amsterdamDate(anchor), -365);
  const early = await insertGoal(
    q,
    gemeente,
    {
      title: 'Vroegsignalering versterken',
      description:
        'Zorgen over radicalisering komen eerder en vaker bij het meld- en adviespunt binnen, en worden sneller gewogen.',
      periodStart: start,
      periodEnd: addDays(amsterdamDate(anchor), 365),
      status: 'actief',
    },
    anchor,
    advisor,
  );
  await insertIndicator(
    q,
    early,
    {
      name: 'Meldingen en adviesvragen',
      unit: 'meldingen',
      targetValue: 20,
      direction: 'hoger',
      source: 'duiden',
      duidenKey: 'meldingen',
      manualSource: null,
    },
    anchor,
  );
  await insertIndicator(
    q,
    early,
    {
      name: 'Doorlooptijd van ontvangst tot triage',
      unit: 'dagen',
      targetValue: 5,
      direction: 'lager',
      source: 'duiden',
      duidenKey: 'doorlooptijd_triage',
      manualSource: null,
    },
    anchor,
  );
  await insertIndicator(
    q,
    early,
    {
      name: 'Getrainde eerstelijnsprofessionals',
      unit: 'professionals',
      targetValue: 60,
      direction: 'hoger',
      source: 'duiden',
      duidenKey: 'getrainde_professionals',
      manualSource: null,
    },
    anchor,
  );
  const sessions = await insertIndicator(
    q,
    early,
    {
      name: 'Voorlichtingsbijeenkomsten op scholen',
      unit: 'bijeenkomsten',
      targetValue: 6,
      direction: 'hoger',
      source: 'handmatig',
      duidenKey: null,
      manualSource: 'Jaarplanning School en Veiligheid, bijgehouden door de beleidsmedewerker',
    },
    anchor,
  );
  let p = periodContaining('kwartaal', today);
  const counts = [4, 7, 3, 5];
  for (let i = 0; i < 4; i++) {
    p = previousPeriod(p);
    await saveIndicatorValue(
      q,
      sessions,
      { period: p.id, value: counts[i] ?? 0, source: 'Presentielijsten van de scholen' },
      anchor,
      advisor,
    );
  }
  const approach = await insertGoal(
    q,
    gemeente,
    {
      title: 'Persoonsgerichte aanpak met resultaat',
      description:
        'Wie in de aanpak komt, krijgt snel een plan; casussen worden afgesloten omdat de zorgen zijn weggenomen.',
      periodStart: start,
      periodEnd: today,
      status: 'actief',
    },
    anchor,
    advisor,
  );
  for (const [name, key, unit] of [
    ['Instroom in de persoonsgerichte aanpak', 'instroom_aanpak', 'personen'],
    ['Uitstroom uit de aanpak', 'uitstroom_aanpak', 'casussen'],
  ] as const) {
    await insertIndicator(
      q,
      approach,
      {
        name,
        unit,
        targetValue: null,
        direction: 'gelijk',
        source: 'duiden',
        duidenKey: key,
        manualSource: null,
      },
      anchor,
    );
  }
}
