import { listEvaluations } from '../../db/evaluatie-interventions.js';
import {
  EVALUATION_KIND_LABELS,
  LEVEL_LABELS,
  THEORY_FIELDS,
  THEORY_LABELS,
  TYPE_LABELS,
} from '../../domain/evaluatie/interventions.js';
import { dutchDate } from '../../domain/melding/calendar.js';
import type { MinutesDocument, MinutesLine } from '../overleg/minutes-document.js';
import { renderPdf } from '../overleg/minutes-pdf.js';
import { type Ctx, logDenied, type Result } from '../overleg/results.js';
import { OBJECT_EVALUATION, ownEvaluation } from './interventions.js';

/** Who the report is for: the college of B&W or the council. */
export const REPORT_AUDIENCES = ['college', 'raad'] as const;
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

const AUDIENCE = { college: 'Voor het college van burgemeester en wethouders', raad: 'Voor de gemeenteraad' };

const KIND_LABELS = {
  preventief_programma: 'Preventief programma',
  pga_maatregel: 'Maatregel uit de casuscatalogus',
};

/** Lines of a text in words, one per paragraph; "—" when nothing was written. */
function paragraphs(text: string): MinutesLine[] {
  const parts = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length > 0 ? parts.map((p) => ({ text: p })) : [{ text: '—' }];
}

/**
 * An evaluation as a report for the college or the council: the intervention, its theory of change and the
 * evaluation in words. Organisation data only (no case, no person); the export is logged.
 */
export async function evaluationPdf(
  ctx: Ctx,
  interventionId: string,
  evaluationId: string,
  audience: ReportAudience,
): Promise<Result<{ pdf: Buffer; fileName: string }>> {
  const found = await ownEvaluation(ctx, interventionId, evaluationId);
  if (!found) return logDenied(ctx, OBJECT_EVALUATION, evaluationId);
  const { intervention: i, evaluation: e } = found;
  const others = (await listEvaluations(ctx.db, [i.id])).filter((x) => x.id !== e.id);
  const period = i.periodEnd
    ? `${dutchDate(i.periodStart)} tot en met ${dutchDate(i.periodEnd)}`
    : `vanaf ${dutchDate(i.periodStart)}`;
  const doc: MinutesDocument = {
    title: `${EVALUATION_KIND_LABELS[e.kind].nl}: ${e.title}`,
    subtitle: `${i.title} · ${AUDIENCE[audience]}`,
    subject: `Evaluatie van een interventie (${EVALUATION_KIND_LABELS[e.kind].nl.toLowerCase()})`,
    header: [
      { label: 'Gemeente', text: ctx.actor.organisationName },
      { label: 'Datum van de evaluatie', text: dutchDate(e.evaluatedOn) },
      { label: 'Status', text: e.status === 'vastgesteld' ? 'Vastgesteld' : 'Concept' },
    ],
    sections: [
      {
        heading: 'De interventie',
        lines: [
          { label: 'Naam', text: i.title },
          {
            label: 'Soort',
            text: i.catalogue ? `${KIND_LABELS[i.kind]} (${i.catalogue.labelNl})` : KIND_LABELS[i.kind],
          },
          { label: 'Type', text: TYPE_LABELS[i.type].nl },
          { label: 'Preventieniveau', text: LEVEL_LABELS[i.preventionLevel].nl },
          { label: 'Doelgroep', text: i.targetGroup || '—' },
          { label: 'Uitvoerder', text: i.provider || '—' },
          { label: 'Periode', text: period },
          { label: 'Begrotingspost', text: i.budgetLine || '—' },
          { label: 'Beleidsdoel', text: i.policyGoal?.title ?? 'Geen beleidsdoel gekoppeld' },
          ...(i.description ? [{ label: 'Omschrijving', text: i.description }] : []),
        ],
      },
      {
        heading: 'Veranderingstheorie',
        lines: THEORY_FIELDS.map((f) => ({ label: THEORY_LABELS[f].nl, text: i.theory[f] || '—' })),
      },
      {
        heading: 'Evaluatievragen',
        lines: e.questions.map((q, n) => ({ label: String(n + 1), text: q })),
      },
      { heading: 'Wie deden mee', lines: paragraphs(e.participants) },
      { heading: 'Methode', lines: paragraphs(e.method) },
      { heading: 'Bevindingen', lines: paragraphs(e.findings) },
      { heading: 'Aanbevelingen', lines: paragraphs(e.recommendations) },
      { heading: 'Afgesproken vervolg', lines: paragraphs(e.followUp) },
      ...(others.length > 0
        ? [
            {
              heading: 'Andere evaluaties van deze interventie',
              lines: others.map((o) => ({
                label: dutchDate(o.evaluatedOn),
                text: `${EVALUATION_KIND_LABELS[o.kind].nl}: ${o.title} (${o.status})`,
              })),
            },
          ]
        : []),
    ],
    footer:
      'Opgesteld met Duiden. Deze rapportage bevat geen persoonsgegevens van betrokkenen in casussen en geeft geen score of rangorde van personen of partners.',
  };
  const pdf = await renderPdf(doc);
  await ctx.audit(ctx.db, { action: 'export', objectType: OBJECT_EVALUATION, objectId: e.id });
  const slug = `${e.kind}-evaluatie-${e.evaluatedOn}`;
  return { ok: true, pdf, fileName: `${slug}.pdf` };
}
