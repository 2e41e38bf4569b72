import type { ActionRecord } from '../../db/overleggen/actions.js';
import type { ContributionRecord } from '../../db/overleggen/contributions.js';
import type { ItemRecord } from '../../db/overleggen/items.js';
import type { MeetingRecord } from '../../db/overleggen/meetings.js';
import type { CasePhase } from '../../domain/casus/types.js';
import type { ItemView } from '../../domain/overleg/access.js';
import type { Decision } from '../../domain/overleg/decisions.js';
import {
  ACTION_STATUS_LABELS,
  CASE_PHASE_LABELS,
  MEETING_TYPE_LABELS,
  TRIAGE_OUTCOME_LABELS,
  WEIGHING_PARTY_LABELS,
} from '../../domain/overleg/labels.js';

/**
 * The minutes of one meeting as one recipient may read them: a plain structure of headings and lines,
 * built only from the items the need-to-know rules give that recipient. The PDF is drawn from this, so
 * what is left out here cannot end up in the file.
 */

export interface MinutesSection {
  readonly heading: string;
  readonly lines: readonly MinutesLine[];
}

export interface MinutesLine {
  readonly label?: string;
  readonly text: string;
}

export interface MinutesDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly MinutesLine[];
  readonly sections: readonly MinutesSection[];
  readonly footer: string;
  /** Printed at the foot of every page (an analysis export's rules for whoever reads it). */
  readonly stamp?: string;
  /** The file's subject (default: the minutes'). */
  readonly subject?: string;
}

export interface VisibleItem {
  readonly item: ItemRecord;
  readonly view: ItemView;
  readonly contributions: readonly ContributionRecord[];
  readonly actions: readonly ActionRecord[];
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'full',
  timeStyle: 'short',
});
const dateOnly = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
const day = (iso: string) => dateOnly.format(new Date(`${iso}T12:00:00Z`));

function decisionLines(
  d: Decision,
  names: { organisation: (id: string) => string; casus: (id: string) => string | null },
  casusId: string | null,
): MinutesLine[] {
  if (d.kind === 'signaleringsoverleg') {
    const lines: MinutesLine[] = [
      { label: 'Uitkomst', text: TRIAGE_OUTCOME_LABELS[d.outcome].nl },
      { label: 'Motivering', text: d.motivation },
    ];
    if (d.referredTo) lines.push({ label: 'Doorverwezen naar', text: `${d.referredTo}; alert blijven` });
    if (d.fromWhom)
      lines.push({ label: 'Informatie nodig van', text: `${d.fromWhom}, uiterlijk ${day(d.dueOn ?? '')}` });
    return lines;
  }
  if (d.kind === 'weegploeg') {
    const lines: MinutesLine[] = [
      { label: 'Opgenomen in de persoonsgerichte aanpak', text: d.included ? 'Ja' : 'Nee' },
      { label: 'Gewogen criteria', text: d.criteriaWeighed.join('; ') },
      {
        label: 'Besloten door',
        text: d.decidedBy
          .map((p) => {
            const who = [p.organisationId ? names.organisation(p.organisationId) : null, p.name].filter(
              Boolean,
            );
            return `${WEIGHING_PARTY_LABELS[p.party].nl}${who.length > 0 ? ` (${who.join(', ')})` : ''}`;
          })
          .join('; '),
      },
      { label: 'Redenen', text: d.reasons },
    ];
    const reference = casusId ? names.casus(casusId) : null;
    if (d.included && reference) lines.push({ label: 'Casus', text: reference });
    return lines;
  }
  const lines: MinutesLine[] = [{ label: 'Besluiten', text: d.decisions }];
  if (d.nextPhase)
    lines.push({ label: 'Fase van de casus', text: CASE_PHASE_LABELS[d.nextPhase as CasePhase].nl });
  return lines;
}

function actionLine(a: ActionRecord): MinutesLine {
  const owner = a.ownerUserName ?? a.ownerOrganisationName ?? '';
  return {
    label: 'Actie',
    text: `${a.description} (eigenaar: ${owner}; termijn: ${day(a.dueOn)}; status: ${ACTION_STATUS_LABELS[a.status].nl})`,
  };
}

/** The minutes for one recipient: the general part only for those who take part in the whole meeting. */
export function minutesDocument(input: {
  readonly meeting: MeetingRecord;
  readonly recipientName: string;
  readonly wholeMeeting: boolean;
  readonly items: readonly VisibleItem[];
  readonly organisationName: (id: string) => string;
  readonly casusReference: (id: string) => string | null;
}): MinutesDocument {
  const m = input.meeting;
  const header: MinutesLine[] = [
    { label: 'Datum en tijd', text: dateTime.format(m.startsAt) },
    { label: 'Plaats', text: [m.location, m.onlineUrl ? 'online' : null].filter(Boolean).join(' en ') },
    { label: 'Organisator', text: m.organiserName },
    { label: 'Voorzitter', text: m.chairName },
    { label: 'Vaste deelnemers', text: m.members.map((o) => o.name).join(', ') },
    {
      label: 'Vastgesteld',
      text: m.minutes.approvedAt
        ? `${dateTime.format(m.minutes.approvedAt)} door ${m.minutes.approvedByName ?? ''}`
        : 'Concept',
    },
    { label: 'Versie voor', text: input.recipientName },
  ];
  const sections: MinutesSection[] = [];
  if (input.wholeMeeting && m.minutes.generalText) {
    sections.push({ heading: 'Algemeen', lines: [{ text: m.minutes.generalText }] });
  }
  for (const [n, v] of input.items.entries()) {
    const i = v.item;
    const lines: MinutesLine[] = [];
    if (v.view === 'full') {
      const subject = i.signalReference ?? i.casusReference;
      if (subject) lines.push({ label: i.subjectKind === 'casus' ? 'Casus' : 'Signaal', text: subject });
      if (i.persons.length > 0)
        lines.push({ label: 'Betrokkene', text: i.persons.map((p) => p.name).join(', ') });
      if (i.notes) lines.push({ label: 'Toelichting', text: i.notes });
    }
    for (const c of v.contributions) {
      lines.push({
        label: `Inbreng ${c.organisationName}`,
        text: `${c.text} (grondslag: ${c.legalBasisNl}; ${c.authorName})`,
      });
    }
    if (v.view === 'full') {
      if (i.minutesText) lines.push({ label: 'Verslag', text: i.minutesText });
      const d = i.decision;
      if (d?.status === 'vastgesteld') {
        lines.push(
          ...decisionLines(
            d.payload as unknown as Decision,
            { organisation: input.organisationName, casus: input.casusReference },
            d.casusId,
          ),
        );
      } else {
        lines.push({ label: 'Besluit', text: 'Niet behandeld of aangehouden.' });
      }
      for (const a of v.actions) lines.push(actionLine(a));
    }
    // Numbered among the recipient's own items: a gap would reveal that others exist.
    sections.push({ heading: `Agendapunt ${n + 1}: ${i.title}`, lines });
  }
  return {
    title: `Notulen ${MEETING_TYPE_LABELS[m.type].nl.toLowerCase()}`,
    subtitle: m.title,
    header,
    sections,
    footer:
      `Vertrouwelijk. Uitsluitend bestemd voor ${input.recipientName}; bevat alleen de agendapunten waarvoor ` +
      'deze ontvanger is uitgenodigd of vast deelnemer is. Niet verder verspreiden.',
  };
}
