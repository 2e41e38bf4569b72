import { dutchDate } from '../melding/calendar.js';

/**
 * Evidence hints: what Duiden's own records show about a question, in sentences a person reads, confirms or
 * corrects with a note. A hint never answers a question, and never says whether the answer should be "ja".
 * Counts that leave a case file (training coverage, the analysis) arrive here already protected: a count is a
 * number or `null` (suppressed), and this module only words it.
 */

export interface HintLine {
  readonly nl: string;
  readonly en: string;
}

/** A protected count: the published value, or null when the disclosure control suppressed it. */
export type ProtectedCount = number | null;

export type HintData =
  | { readonly kind: 'dossierhouder'; readonly officers: number }
  | {
      readonly kind: 'signaleringsoverleg';
      /** The meetings held (not cancelled, started before now) in the last eight weeks, latest first. */
      readonly held: readonly string[];
      readonly weeks: number;
    }
  | { readonly kind: 'meldpunt'; readonly publicIntake: boolean; readonly notifyEmailSet: boolean }
  | {
      readonly kind: 'convenanten';
      readonly valid: ReadonlyArray<{
        readonly title: string;
        readonly endsOn: string | null;
        readonly parties: readonly string[];
      }>;
    }
  | {
      readonly kind: 'deskundigheid';
      readonly day: string;
      readonly groups: ReadonlyArray<{
        readonly name: string;
        readonly trained: ProtectedCount;
        readonly people: ProtectedCount;
      }>;
    }
  | {
      readonly kind: 'fenomeenanalyse';
      readonly year: number;
      readonly approved: ReadonlyArray<{ readonly title: string; readonly approvedOn: string }>;
    }
  | {
      readonly kind: 'evaluatie';
      readonly interventions: number;
      readonly withEvaluation: ReadonlyArray<{ readonly title: string; readonly evaluations: number }>;
    };

/** The moment a hint's window starts: eight weeks before the day. */
export const SIGNALERING_WEEKS = 8;

const count = (c: ProtectedCount, nl = 'afgeschermd', en = 'suppressed') =>
  c === null ? { nl, en } : { nl: String(c), en: String(c) };

/** The hint's facts as sentences (Dutch and English), in the order they are shown and stored. */
export function hintLines(d: HintData): HintLine[] {
  switch (d.kind) {
    case 'dossierhouder':
      return [
        d.officers === 0
          ? {
              nl: 'Duiden kent geen actieve aandachtsfunctionaris (dossierhouder) van de gemeente.',
              en: 'Duiden knows no active aandachtsfunctionaris (dossierhouder) of the municipality.',
            }
          : {
              nl: `Duiden kent ${d.officers} actieve aandachtsfunctionaris${d.officers === 1 ? '' : 'sen'} (dossierhouder) van de gemeente.`,
              en: `Duiden knows ${d.officers} active aandachtsfunctionaris${d.officers === 1 ? '' : 'sen'} (dossierhouder) of the municipality.`,
            },
      ];
    case 'signaleringsoverleg':
      return d.held.length === 0
        ? [
            {
              nl: `In de laatste ${d.weeks} weken is in Duiden geen signaleringsoverleg gehouden.`,
              en: `No signaleringsoverleg was held in Duiden in the last ${d.weeks} weeks.`,
            },
          ]
        : [
            {
              nl: `In de laatste ${d.weeks} weken is in Duiden ${d.held.length} keer een signaleringsoverleg gehouden.`,
              en: `A signaleringsoverleg was held in Duiden ${d.held.length} time(s) in the last ${d.weeks} weeks.`,
            },
            { nl: `Het laatste op ${dutchDate(d.held[0] as string)}.`, en: `The latest on ${d.held[0]}.` },
          ];
    case 'meldpunt':
      return [
        d.publicIntake
          ? {
              nl: 'Het openbare meldformulier van het meldpunt staat aan.',
              en: 'The reporting point’s public form is switched on.',
            }
          : {
              nl: 'Het openbare meldformulier van het meldpunt staat uit.',
              en: 'The reporting point’s public form is switched off.',
            },
        d.notifyEmailSet
          ? {
              nl: 'Er is een adres ingesteld dat nieuwe meldingen krijgt.',
              en: 'An address that receives new reports is set.',
            }
          : {
              nl: 'Er is geen adres ingesteld dat nieuwe meldingen krijgt.',
              en: 'No address that receives new reports is set.',
            },
      ];
    case 'convenanten':
      if (d.valid.length === 0) {
        return [
          {
            nl: 'Duiden kent geen ondertekend convenant over informatiedeling dat vandaag geldt.',
            en: 'Duiden knows no signed covenant on information sharing in force today.',
          },
        ];
      }
      return [
        {
          nl: `Vandaag gelden ${d.valid.length} ondertekende convenant(en):`,
          en: `${d.valid.length} signed covenant(s) are in force today:`,
        },
        ...d.valid.map((c) => ({
          nl: `${c.title}${c.endsOn ? ` (tot en met ${dutchDate(c.endsOn)})` : ''}: ${c.parties.join(', ') || 'geen partijen'}.`,
          en: `${c.title}${c.endsOn ? ` (until ${c.endsOn})` : ''}: ${c.parties.join(', ') || 'no parties'}.`,
        })),
      ];
    case 'deskundigheid':
      if (d.groups.length === 0) {
        return [
          {
            nl: 'De gemeente heeft in Duiden nog geen curriculum met doelgroepen.',
            en: 'The municipality has no curriculum with target groups in Duiden yet.',
          },
        ];
      }
      return [
        {
          nl: `Wie op ${dutchDate(d.day)} aan de eis van de doelgroep voldoet (beschermde aantallen; afgeschermd waar een aantal te klein is):`,
          en: `Who meets the target group’s requirement on ${d.day} (protected counts; suppressed where a count is too small):`,
        },
        ...d.groups.map((g) => {
          const t = count(g.trained);
          const p = count(g.people);
          return { nl: `${g.name}: ${t.nl} van ${p.nl}.`, en: `${g.name}: ${t.en} of ${p.en}.` };
        }),
      ];
    case 'fenomeenanalyse':
      return d.approved.length === 0
        ? [
            {
              nl: `In ${d.year} is in Duiden geen fenomeenanalyse vastgesteld.`,
              en: `No phenomenon analysis was approved in Duiden in ${d.year}.`,
            },
          ]
        : d.approved.map((a) => ({
            nl: `Fenomeenanalyse “${a.title}” vastgesteld op ${dutchDate(a.approvedOn)}.`,
            en: `Phenomenon analysis “${a.title}” approved on ${a.approvedOn}.`,
          }));
    case 'evaluatie':
      return [
        {
          nl: `Het interventieregister heeft ${d.interventions} interventie(s); ${d.withEvaluation.length} met een evaluatie.`,
          en: `The intervention register has ${d.interventions} intervention(s); ${d.withEvaluation.length} with an evaluation.`,
        },
        ...d.withEvaluation.map((i) => ({
          nl: `${i.title}: ${i.evaluations} evaluatie(s).`,
          en: `${i.title}: ${i.evaluations} evaluation(s).`,
        })),
      ];
  }
}
