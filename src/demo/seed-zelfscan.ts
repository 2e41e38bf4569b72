import type { Queryable } from '../db/database.js';
import { officersOf } from '../db/netwerk-covenants.js';
import { insertAction } from '../db/overleggen/actions.js';
import { closeRound, insertAnswer, insertHintReview, insertRound } from '../db/zelfscan.js';
import { addDays, amsterdamDate } from '../domain/melding/calendar.js';
import { hintLines } from '../domain/zelfscan/hints.js';
import type { AnswerKind } from '../domain/zelfscan/rounds.js';
import { questionsOf } from '../domain/zelfscan/templates.js';

/**
 * Demo data of the self-assessment in Lindeburg: last year's VAR round, closed, with every question answered,
 * and this year's round, open and half answered, with one evidence hint confirmed and one gap made an action
 * for the aandachtsfunctionaris. Everything is invented.
 */

/** Last year: the approach was being built. By question, in the template's order (36 questions). */
const LAST_YEAR: readonly AnswerKind[] = [
  'ja',
  'deels',
  'nee',
  'ja',
  'deels',
  'ja',
  'deels',
  'nee',
  'ja',
  'deels',
  'deels',
  'nee',
  'deels',
  'ja',
  'deels',
  'deels',
  'nee',
  'nee',
  'deels',
  'nee',
  'ja',
  'deels',
  'ja',
  'ja',
  'deels',
  'deels',
  'nee',
  'deels',
  'nee',
  'deels',
  'ja',
  'ja',
  'deels',
  'ja',
  'deels',
  'nvt',
];

/** This year so far: the first part answered, some better than last year. */
const THIS_YEAR: readonly AnswerKind[] = [
  'ja',
  'ja',
  'deels',
  'ja',
  'deels',
  'ja',
  'ja',
  'deels',
  'ja',
  'ja',
  'deels',
  'deels',
  'ja',
  'ja',
  'ja',
  'deels',
  'ja',
  'deels',
];

const EXPLANATION: Record<AnswerKind, string> = {
  ja: '',
  deels: 'Gedeeltelijk geregeld; wat nog ontbreekt staat in het jaarplan veiligheid.',
  nee: 'Nog niet geregeld; besproken in het driehoeksoverleg.',
  nvt: 'Geen casuïstiek in deze periode waarvoor dit nodig was.',
};

export async function seedZelfscanDemo(q: Queryable, gemeente: string, anchor: Date): Promise<void> {
  const users = await q.query<{ id: string; role: string }>(
    `SELECT u.id, m.role FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role IN ('aandachtsfunctionaris', 'beleidsmedewerker')
      ORDER BY u.display_name`,
    [gemeente],
  );
  const officer = users.rows.find((u) => u.role === 'aandachtsfunctionaris')?.id;
  const policy = users.rows.find((u) => u.role === 'beleidsmedewerker')?.id;
  if (!officer || !policy) return;
  const today = amsterdamDate(anchor);
  const year = Number(today.slice(0, 4));
  const questions = questionsOf('var');
  const participants = [
    { name: 'Ahmed El Idrissi', function: 'Aandachtsfunctionaris radicalisering' },
    { name: 'Thomas Bakker', function: 'Beleidsmedewerker openbare orde en veiligheid' },
    { name: 'Johan van Dijk', function: 'Burgemeester' },
  ];

  const lastStart = `${year - 1}-02-03`;
  const last = await insertRound(
    q,
    gemeente,
    {
      template: 'var',
      title: `Zelfscan aanpak radicalisering ${year - 1}`,
      startsOn: lastStart,
      participants,
    },
    new Date(`${lastStart}T09:00:00Z`),
    policy,
  );
  if (!last) return;
  for (const [i, question] of questions.entries()) {
    const kind = LAST_YEAR[i] ?? 'deels';
    await insertAnswer(
      q,
      last,
      question.key,
      null,
      { answer: kind, explanation: EXPLANATION[kind], evidenceUrl: null },
      new Date(`${year - 1}-03-0${1 + (i % 9)}T10:00:00Z`),
      i % 2 === 0 ? policy : officer,
    );
  }
  await closeRound(
    q,
    last,
    1,
    'Eerste zelfscan met de vier thema’s van de VAR. Prioriteit: vroegsignalering en de meldstructuur.',
    new Date(`${year - 1}-03-20T15:00:00Z`),
    policy,
  );

  const januaryFifteenth = `${year}-01-15`;
  const thisStart = januaryFifteenth <= today ? januaryFifteenth : today;
  const current = await insertRound(
    q,
    gemeente,
    {
      template: 'var',
      title: `Zelfscan aanpak radicalisering ${year}`,
      startsOn: thisStart,
      participants: participants.slice(0, 2),
    },
    new Date(`${thisStart}T09:00:00Z`),
    policy,
  );
  if (!current) return;
  const at = new Date(`${thisStart}T11:00:00Z`);
  const answerIds = new Map<string, string>();
  for (const [i, kind] of THIS_YEAR.entries()) {
    const question = questions[i];
    if (!question) continue;
    const id = await insertAnswer(
      q,
      current,
      question.key,
      null,
      {
        answer: kind,
        explanation: EXPLANATION[kind],
        evidenceUrl:
          kind === 'ja' && i % 3 === 0
            ? 'https://lindeburg.example/raadsinformatie/aanpak-radicalisering'
            : null,
      },
      at,
      i % 2 === 0 ? policy : officer,
    );
    if (id) answerIds.set(question.key, id);
  }
  // The officer confirmed what Duiden showed about the dossierhouder.
  const officers = (await officersOf(q, gemeente)).length;
  await insertHintReview(
    q,
    {
      roundId: current,
      questionKey: 'var.beleid.capaciteit.aandachtsfunctionaris',
      hintKind: 'dossierhouder',
      verdict: 'bevestigd',
      note: '',
      facts: hintLines({ kind: 'dossierhouder', officers }),
    },
    at,
    officer,
  );
  // A gap of this year (the training on offer is only partly known) is an action for the officer.
  const gap = answerIds.get('var.deskundigheid.kennis.aanbod');
  if (gap) {
    await insertAction(q, {
      tenantId: gemeente,
      meetingId: null,
      zelfscanAnswerId: gap,
      itemId: null,
      description:
        'Trainingsaanbod van het ROR in kaart brengen en een voorlichting voor de wijkteams plannen',
      ownerUserId: officer,
      ownerOrganisationId: null,
      dueOn: addDays(today, 45),
      createdAt: at,
      createdBy: policy,
    });
  }
}
