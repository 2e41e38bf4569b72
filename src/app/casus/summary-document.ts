import type { ChecklistRecord } from '../../db/casus-checklists.js';
import type { BriefingRecord, SpokeslineRecord } from '../../db/casus-communication.js';
import type { CaseDossier, ParticipantRecord } from '../../db/casus-dossier.js';
import type { FamilyContactRecord } from '../../db/casus-family.js';
import type { MeasureRecord, PlanRecord } from '../../db/casus-plan.js';
import { CHECKLISTS } from '../../domain/casus/checklists.js';
import type { FamilyContactKind } from '../../domain/casus/family.js';
import type { NetworkLinkKind, NetworkRelation } from '../../domain/casus/network.js';
import { isReviewOverdue, nextReview } from '../../domain/casus/review.js';
import type { SummarySection } from '../../domain/casus/summary.js';
import type {
  CaseSituation,
  ChecklistItemStatus,
  MeasureStatus,
  MeasureTrack,
} from '../../domain/casus/types.js';
import { amsterdamDate, daysBetween, dutchDate } from '../../domain/melding/calendar.js';
import { CASE_PHASE_LABELS } from '../../domain/overleg/labels.js';
import type { MinutesDocument, MinutesLine, MinutesSection } from '../overleg/minutes-document.js';
import type { VisibleNetwork } from './network.js';

/**
 * A case summary for one recipient as a plain structure of headings and lines, built only from the
 * sections that recipient may read (src/domain/casus/summary.ts). The PDF is drawn from this, so what is
 * left out here cannot end up in the file. Dutch, like the minutes, with dates written out (27 augustus 2026).
 */

const SITUATION: Record<CaseSituation, string> = {
  zorgelijk: 'Zorgelijk / radicaliserend',
  potentiele_uitreiziger: 'Potentiële uitreiziger',
  tegengehouden_uitreiziger: 'Tegengehouden uitreiziger',
  uitgereisd: 'Uitgereisd',
  terugkeerder: 'Terugkeerder',
  gedetineerd: 'Gedetineerd',
  overleden: 'Overleden',
};
const TRACK: Record<MeasureTrack, string> = {
  strafrechtelijk: 'Strafrechtelijk',
  bestuurlijk: 'Bestuurlijk',
  zorg: 'Zorg',
};
const MEASURE_STATUS: Record<MeasureStatus, string> = {
  gepland: 'gepland',
  lopend: 'lopend',
  afgerond: 'afgerond',
  gestopt: 'gestopt',
};
const RELATION: Record<NetworkRelation, string> = {
  ouder: 'ouder',
  broer_zus: 'broer/zus',
  neef_nicht: 'neef/nicht',
  partner: 'partner',
  kind: 'kind',
  ander_familielid: 'ander familielid',
  vriend: 'vriend(in)',
  anders: 'anders',
};
const LINK: Record<NetworkLinkKind, string> = {
  ouder_van: 'ouder van',
  broer_zus: 'broer/zus van',
  neef_nicht: 'neef/nicht van',
  partner: 'partner van',
  ander_familielid: 'familie van',
  vriend: 'vriend(in) van',
  anders: 'relatie met',
};
const FAMILY: Record<FamilyContactKind, string> = {
  praktisch: 'praktisch',
  emotioneel: 'emotioneel',
  zorgvraag: 'zorgvraag',
};
const ITEM_STATUS: Record<ChecklistItemStatus, string> = {
  open: 'open',
  gedaan: 'gedaan',
  niet_van_toepassing: 'niet van toepassing',
};

export interface SummaryInput {
  readonly dossier: CaseDossier;
  readonly recipientName: string;
  readonly sections: readonly SummarySection[];
  readonly meetingLabel: string | null;
  readonly participants: readonly ParticipantRecord[];
  readonly plan: PlanRecord | null;
  readonly measures: readonly MeasureRecord[];
  readonly checklists: readonly ChecklistRecord[];
  readonly network: VisibleNetwork;
  readonly family: readonly FamilyContactRecord[];
  readonly spokesline: SpokeslineRecord | null;
  readonly briefings: readonly BriefingRecord[];
  readonly now: Date;
}

const words = (label: string, text: string | null | undefined): MinutesLine[] =>
  text && text.trim().length > 0 ? [{ label, text: text.trim() }] : [];

export function summaryDocument(s: SummaryInput): MinutesDocument {
  const d = s.dossier;
  const today = amsterdamDate(s.now);
  const sections: MinutesSection[] = [];
  const has = (x: SummarySection) => s.sections.includes(x);

  if (has('deelnemers')) {
    const active = s.participants.filter((p) => p.leftAt === null);
    sections.push({
      heading: 'Deelnemers',
      lines:
        active.length > 0
          ? active.map((p) => ({
              label: p.organisationName,
              text: `${p.role}${p.userName ? ` (${p.userName})` : ''}`,
            }))
          : [{ text: 'Geen ketenpartners.' }],
    });
  }
  if (has('plan')) {
    const p = s.plan;
    const lines = p
      ? [
          ...words('Doelen', p.goals),
          ...words('Drijfveer identiteit', p.drivers.identiteit),
          ...words('Drijfveer betekenis', p.drivers.betekenis),
          ...words('Drijfveer rechtvaardigheid', p.drivers.rechtvaardigheid),
          ...words('Drijfveer sensatie', p.drivers.sensatie),
          ...words('Beschermende factoren', p.protectiveFactors),
          ...words('Impact op de omgeving', p.impactOnSurroundings),
        ]
      : [];
    sections.push({
      heading: 'Plan van aanpak',
      lines: lines.length > 0 ? lines : [{ text: 'Nog geen plan.' }],
    });
  }
  if (has('maatregelen')) {
    const lines: MinutesLine[] = [];
    for (const track of ['strafrechtelijk', 'bestuurlijk', 'zorg'] as const) {
      for (const m of s.measures.filter((x) => x.track === track)) {
        const period = [m.startsOn, m.endsOn].flatMap((x) => (x ? [dutchDate(x)] : [])).join(' t/m ');
        lines.push({
          label: `${TRACK[track]}: ${m.title}`,
          text: [
            `${MEASURE_STATUS[m.status]}, eigenaar ${m.ownerOrganisationName}${m.ownerUserName ? ` (${m.ownerUserName})` : ''}`,
            period ? `periode ${period}` : null,
            m.legalBasis ? `grondslag ${m.legalBasis}` : null,
          ]
            .filter(Boolean)
            .join('; '),
        });
        lines.push(...words('Resultaat', m.evaluationResult), ...words('Wat werkte', m.evaluationWhatWorked));
      }
    }
    sections.push({
      heading: 'Maatregelen',
      lines: lines.length > 0 ? lines : [{ text: 'Geen maatregelen.' }],
    });
  }
  if (has('checklists')) {
    for (const l of s.checklists) {
      const template = CHECKLISTS.find((t) => t.kind === l.kind);
      sections.push({
        heading: `Checklist: ${template?.nl ?? l.kind}`,
        lines: l.items.map((i) => ({
          label: template?.items.find((x) => x.code === i.code)?.nl ?? i.code,
          text: [ITEM_STATUS[i.status], i.dueOn ? `uiterlijk ${dutchDate(i.dueOn)}` : null, i.note || null]
            .filter(Boolean)
            .join('; '),
        })),
      });
    }
  }
  if (has('netwerk')) {
    const names = new Map(s.network.persons.map((p) => [p.id, p.name]));
    const lines: MinutesLine[] = s.network.persons.map((p) => {
      const link = s.network.personLinks.get(p.id);
      const own = s.network.caseLinks.get(p.id);
      return {
        label: `${p.name} (${RELATION[p.relation]}${p.relationNote ? `: ${p.relationNote}` : ''})`,
        text: [
          p.vulnerability || 'Geen kwetsbaarheid vastgelegd',
          p.preventiveCare
            ? `preventieve zorg geregeld: ${p.preventiveCareNote}`
            : 'geen preventieve zorg geregeld',
          link ? `eigen registratie meldpunt: ${link.name}` : null,
          own ? `eigen casus ${own.reference}` : null,
        ]
          .filter(Boolean)
          .join('; '),
      };
    });
    for (const r of s.network.relations) {
      lines.push({
        label: 'Relatie',
        text: `${names.get(r.fromPersonId) ?? '?'} is ${LINK[r.kind]} ${names.get(r.toPersonId) ?? '?'}${r.note ? ` (${r.note})` : ''}`,
      });
    }
    sections.push({
      heading: 'Netwerkanalyse',
      lines: lines.length > 0 ? lines : [{ text: 'Nog niet in kaart gebracht.' }],
    });
  }
  if (has('familie')) {
    sections.push({
      heading: 'Familieondersteuning',
      lines:
        s.family.length > 0
          ? s.family.map((f) => ({
              label: `${dutchDate(f.contactOn)}, ${FAMILY[f.kind]}, met ${f.withWhom} (${f.byOrganisationName})`,
              text: [
                f.summary,
                f.followUp
                  ? `vervolg: ${f.followUp}${f.followUpDueOn ? ` (uiterlijk ${dutchDate(f.followUpDueOn)})` : ''}${f.followUpDoneAt ? ', gedaan' : ''}`
                  : null,
              ]
                .filter(Boolean)
                .join('; '),
            }))
          : [{ text: 'Geen contacten vastgelegd.' }],
    });
  }
  if (has('woordvoering')) {
    const w = s.spokesline;
    sections.push({
      heading: 'Woordvoeringslijn',
      lines: w
        ? [
            { label: 'Woordvoering door', text: w.spokesperson === 'om' ? 'OM' : 'Gemeente' },
            { label: 'Afgesproken op', text: dutchDate(w.agreedOn) },
            { label: 'Lijn', text: w.lines },
          ]
        : [{ text: 'Nog geen woordvoeringslijn.' }],
    });
  }
  if (has('raadsinformatie')) {
    sections.push({
      heading: 'Raadsinformatie (besloten)',
      lines:
        s.briefings.length > 0
          ? s.briefings.map((b) => ({ label: dutchDate(b.briefedOn), text: b.text }))
          : [{ text: 'Geen raadsinformatie.' }],
    });
  }

  const header: MinutesLine[] = [
    { label: 'Persoon', text: d.personName },
    { label: 'Fase', text: CASE_PHASE_LABELS[d.phase].nl },
    { label: 'Situatie', text: SITUATION[d.situation] },
    { label: 'Regisseur', text: d.regisseurName ?? '-' },
    { label: 'Geopend', text: dutchDate(amsterdamDate(d.createdAt)) },
    { label: 'Volgende evaluatie', text: reviewText(d, today) },
    ...(s.meetingLabel ? [{ label: 'Voor', text: s.meetingLabel }] : []),
    { label: 'Ontvanger', text: s.recipientName },
  ];
  return {
    title: `Casussamenvatting ${d.reference}`,
    subtitle: `Opgesteld op ${dutchDate(today)}`,
    header,
    sections,
    footer:
      'Vertrouwelijk. Deze samenvatting bevat alleen wat de ontvanger in de casus mag zien; de verstrekking is ' +
      'vastgelegd met haar grondslag. Niet verder verspreiden. Alle oordelen zijn professionele oordelen in ' +
      'woorden, geen scores.',
  };
}

/** The next review, and in words when it is late: a meeting should see that before anything else. */
function reviewText(d: SummaryInput['dossier'], today: string): string {
  const next = nextReview(amsterdamDate(d.createdAt), d.nextReviewOn);
  if (!isReviewOverdue(next, today, d.phase === 'afgesloten')) return dutchDate(next);
  const late = daysBetween(next, today);
  return `${dutchDate(next)}: te laat, ${late === 1 ? 'een dag' : `${late} dagen`} over de datum`;
}
