import type { AnalysisReport } from '../../contract/analyse.js';
import { listGoals } from '../../db/evaluatie-goals.js';
import { listInterventions } from '../../db/evaluatie-interventions.js';
import { listCovenants } from '../../db/netwerk-covenants.js';
import { actionsOfRound, listHintReviews, previousClosedRound } from '../../db/zelfscan.js';
import { amsterdamDate, dutchDate } from '../../domain/melding/calendar.js';
import { isValidOn } from '../../domain/netwerk/covenant.js';
import { ANSWER_LABELS, type AnswerCounts, compareRounds } from '../../domain/zelfscan/rounds.js';
import { TEMPLATES } from '../../domain/zelfscan/templates.js';
import { analysisReport } from '../analyse/reports.js';
import type { MinutesLine, MinutesSection } from '../overleg/minutes-document.js';
import { renderPdf } from '../overleg/minutes-pdf.js';
import { type Ctx, logDenied, type Result } from '../overleg/results.js';
import { flatQuestions } from './questions.js';
import { OBJECT_ROUND, ownRound, roundContent } from './rounds.js';

/** Who the report is for: the college of B&W or the council. */
export type ReportAudience = 'college' | 'raad';
const AUDIENCE = { college: 'Voor het college van burgemeester en wethouders', raad: 'Voor de gemeenteraad' };

/** How many goals, interventions and covenants the funding part names at most. */
const LIST_LIMIT = 25;

const countsText = (c: AnswerCounts) =>
  `ja ${c.ja} · deels ${c.deels} · nee ${c.nee} · n.v.t. ${c.nvt}${c.open > 0 ? ` · nog open ${c.open}` : ''}`;

/**
 * The figures of the fenomeenanalyse for the funding request: the analysis's own protected report of the last
 * full year (signals by phenomenon), each cell as published or "afgeschermd". Duiden counts nothing here.
 */
async function analysisFigures(ctx: Ctx, year: number): Promise<MinutesLine[]> {
  const r = await analysisReport(
    ctx.db,
    ctx.actor,
    { report: 'meldingen-fenomeen', period: String(year) },
    ctx.now,
  );
  if (!r.ok) return [{ text: `Voor ${year} zijn geen cijfers van de fenomeenanalyse beschikbaar.` }];
  await ctx.audit(ctx.db, {
    action: 'read',
    objectType: 'analyse_rapport',
    objectId: r.report.scope.id,
    personId: null,
    purpose: 'zelfscan rapportage',
  });
  return figureLines(r.report);
}

function figureLines(report: AnalysisReport): MinutesLine[] {
  const table = report.tables[0];
  if (!table) return [{ text: 'Geen cijfers.' }];
  const dim = table.dimensions.find((d) => d.name === 'fenomeen') ?? table.dimensions[0];
  const cell = (c: AnalysisReport['tables'][number]['rows'][number]['current']) =>
    'suppressed' in c ? 'afgeschermd (te klein aantal)' : `${c.persons} personen (${c.records} signalen)`;
  const lines: MinutesLine[] = [];
  if (dim) {
    for (const v of dim.values) {
      const row = table.rows.find(
        (x) => Object.keys(x.coordinates).length === 1 && x.coordinates[dim.name] === v.code,
      );
      if (row) lines.push({ label: v.label.nl, text: cell(row.current) });
    }
  }
  const total = table.rows.find((x) => Object.keys(x.coordinates).length === 0);
  if (total) lines.push({ label: 'Totaal', text: cell(total.current) });
  lines.push({
    text: `Beschermd met de regels van de fenomeenanalyse (drempel k = ${report.rules.k}); een afgeschermd aantal wordt nergens anders teruggerekend.`,
  });
  return lines;
}

/**
 * A round as a report for the college or the council: who took part, the progress per theme (counts, also
 * against the previous round), every answer with its explanation and evidence, the actions, the facts from
 * Duiden that were confirmed, and the substantive part of the yearly request to the NCTV (goals, approach,
 * partners, the analysis's protected figures). No score, index or ranking; no person concerned in a case.
 */
export async function roundReportPdf(
  ctx: Ctx,
  id: string,
  audience: ReportAudience,
): Promise<Result<{ pdf: Buffer; fileName: string }>> {
  const r = await ownRound(ctx, id);
  if (!r) return logDenied(ctx, OBJECT_ROUND, id);
  const { answers, themes } = await roundContent(ctx, r);
  const prev = await previousClosedRound(ctx.db, r);
  const before = prev ? await roundContent(ctx, prev) : null;
  const comparison = compareRounds(
    { questions: flatQuestions(themes), answers },
    before ? { questions: flatQuestions(before.themes), answers: before.answers } : null,
  );
  const byKey = new Map(answers.map((a) => [a.questionKey, a]));
  const reviews = await listHintReviews(ctx.db, id);
  const actions = await actionsOfRound(ctx.db, id);
  const today = amsterdamDate(ctx.now);
  const year = Number(today.slice(0, 4)) - 1;

  const progress: MinutesLine[] = comparison.groups
    .filter((g) => g.part === null)
    .map((g) => ({
      label: themes.find((t) => t.key === g.theme)?.label.nl ?? g.theme,
      text: `${countsText(g.current)}${g.previous ? `  (vorige ronde: ${countsText(g.previous)})` : ''}`,
    }));

  const themeSections: MinutesSection[] = themes.map((t) => ({
    heading: `Thema: ${t.label.nl}`,
    lines: t.parts.flatMap((p) =>
      p.questions.map((q) => {
        const a = byKey.get(q.key);
        const answer = a ? ANSWER_LABELS[a.answer].nl : 'Nog niet beantwoord';
        const extra = [
          a?.explanation,
          a?.evidenceUrl ? `Bewijs: ${a.evidenceUrl}` : '',
          ...(a?.documents ?? []).map((d) => `Document: ${d.fileName}`),
        ]
          .filter((x) => x)
          .join(' — ');
        return { label: `${p.label.nl}: ${q.text.nl}`, text: extra ? `${answer}. ${extra}` : answer };
      }),
    ),
  }));

  const confirmed = new Map<string, (typeof reviews)[number]>();
  for (const h of reviews) if (!confirmed.has(h.questionKey)) confirmed.set(h.questionKey, h);

  const goals = (await listGoals(ctx.db, ctx.actor.tenantId, LIST_LIMIT)).filter(
    (g) => g.status !== 'afgerond',
  );
  const interventions = (await listInterventions(ctx.db, ctx.actor.tenantId, {}, LIST_LIMIT)).filter(
    (i) => i.active,
  );
  const covenants = (
    await listCovenants(ctx.db, ctx.actor.tenantId, { after: null, limit: LIST_LIMIT, party: null })
  ).filter((c) => isValidOn(c, today));
  const partners = [...new Set(covenants.flatMap((c) => c.parties.map((p) => p.name)))].sort();

  const sections: MinutesSection[] = [
    {
      heading: 'Wie deden mee',
      lines:
        r.participants.length > 0
          ? r.participants.map((p) => ({ label: p.name, text: p.function || '—' }))
          : [{ text: 'Niet vastgelegd.' }],
    },
    {
      heading: 'Voortgang per thema',
      lines: [
        {
          text: 'Aantallen antwoorden per soort. De zelfscan geeft geen score of rangorde: elk thema staat op zichzelf.',
        },
        ...progress,
      ],
    },
    ...themeSections,
    {
      heading: 'Acties uit deze ronde',
      lines:
        actions.length > 0
          ? actions.map((a) => ({
              label: `${a.ownerName ?? '—'}, uiterlijk ${dutchDate(a.dueOn)} (${a.status})`,
              text: a.description,
            }))
          : [{ text: 'Geen.' }],
    },
    {
      heading: 'Gegevens uit Duiden, door een persoon bevestigd of gecorrigeerd',
      lines:
        confirmed.size > 0
          ? [...confirmed.values()].map((h) => ({
              label: `${h.verdict === 'bevestigd' ? 'Bevestigd' : 'Gecorrigeerd'} door ${h.reviewedByName ?? 'onbekend'} op ${dutchDate(amsterdamDate(h.reviewedAt))}`,
              text: [h.facts.map((f) => f.nl).join(' '), h.note ? `Notitie: ${h.note}` : '']
                .filter((x) => x)
                .join(' '),
            }))
          : [{ text: 'Geen.' }],
    },
    {
      heading: 'Aanvraag financiële steun NCTV: inhoudelijk deel',
      lines: [
        {
          text: 'De doelen, de aanpak, de partners en de cijfers uit de fenomeenanalyse, voor de jaarlijkse aanvraag.',
        },
      ],
    },
    {
      heading: 'Doelen',
      lines:
        goals.length > 0
          ? goals.map((g) => ({
              label: g.title,
              text: `${dutchDate(g.periodStart)} tot en met ${dutchDate(g.periodEnd)}`,
            }))
          : [{ text: 'Geen beleidsdoelen vastgelegd in Duiden.' }],
    },
    {
      heading: 'Aanpak',
      lines:
        interventions.length > 0
          ? interventions.map((i) => ({ label: i.title, text: i.targetGroup || i.provider || '—' }))
          : [{ text: 'Geen lopende interventies in het register.' }],
    },
    {
      heading: 'Partners',
      lines:
        partners.length > 0
          ? [{ text: `Partijen bij geldende convenanten over informatiedeling: ${partners.join(', ')}.` }]
          : [{ text: 'Geen geldende convenanten in Duiden.' }],
    },
    { heading: `Cijfers uit de fenomeenanalyse (${year})`, lines: await analysisFigures(ctx, year) },
  ];

  const pdf = await renderPdf({
    title: r.title,
    subtitle: `${TEMPLATES[r.template].nl} · ${AUDIENCE[audience]}`,
    subject: 'Zelfscan van de lokale aanpak radicalisering en extremisme',
    header: [
      { label: 'Gemeente', text: ctx.actor.organisationName },
      { label: 'Begonnen op', text: dutchDate(r.startsOn) },
      {
        label: 'Status',
        text: r.closedAt ? `Afgesloten op ${dutchDate(amsterdamDate(r.closedAt))}` : 'Loopt nog',
      },
      { label: 'Vergeleken met', text: prev ? prev.title : 'Geen eerdere ronde' },
      ...(r.summary ? [{ label: 'Samenvatting', text: r.summary }] : []),
    ],
    sections,
    footer:
      'Opgesteld met Duiden. Deze rapportage bevat geen persoonsgegevens van betrokkenen in casussen en geeft geen score, index of rangorde.',
  });
  await ctx.audit(ctx.db, {
    action: 'export',
    objectType: OBJECT_ROUND,
    objectId: id,
    purpose: `rapportage ${audience}`,
  });
  return { ok: true, pdf, fileName: `zelfscan-${r.startsOn}-${audience}.pdf` };
}
