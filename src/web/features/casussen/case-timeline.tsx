import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../contract/casussen';
import { STATISTICS_EXCLUSIONS } from '../../../domain/analyse/catalogue';
import {
  CASE_PHASES,
  CASE_SITUATIONS,
  CHECKLIST_ITEM_STATUSES,
  CLOSURE_REASONS,
  MEASURE_STATUSES,
  MEASURE_TRACKS,
} from '../../../domain/casus/types';
import { MEASURE_OUTCOMES } from '../../../domain/evaluatie/measure-results';
import { isOneOf } from '../../../domain/melding/types';
import { MEETING_TYPES } from '../../../domain/overleg/types';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { describePartEvent } from './network-timeline';

/** A stored value of the timeline in words, when it is one of the known lists; otherwise as stored. */
function word(value: string | null, t: TFunction): string {
  if (value === null || value === '') return t('common.none');
  if (isOneOf(CASE_PHASES, value)) return t(`casus.phases.${value}`);
  if (isOneOf(CASE_SITUATIONS, value)) return t(`casus.situations.${value}`);
  if (isOneOf(MEASURE_STATUSES, value)) return t(`casus.measureStatuses.${value}`);
  if (isOneOf(CHECKLIST_ITEM_STATUSES, value)) return t(`casus.itemStatuses.${value}`);
  return value;
}

/** A measure as the timeline stores it ("track: title"), with the track in words. */
function measureWords(value: string | null, t: TFunction): string {
  const [track, ...rest] = (value ?? '').split(': ');
  return isOneOf(MEASURE_TRACKS, track) && rest.length > 0
    ? `${rest.join(': ')} (${t(`casus.tracks.${track}`)})`
    : (value ?? t('common.none'));
}

/** What happened, in words. Kinds this screen does not know yet are named as stored. */
export function describeEvent(e: TimelineEvent, t: TFunction): string {
  const from = word(e.from, t);
  const to = word(e.to, t);
  switch (e.kind) {
    case 'geopend':
      return t('casus.timeline.kinds.geopend', { reference: e.to ?? '' });
    case 'overleg_besluit':
      return t('casus.timeline.kinds.overleg_besluit', {
        meeting: isOneOf(MEETING_TYPES, e.from) ? t(`overleg.types.${e.from}`) : from,
      });
    case 'fase_gewijzigd':
      return t('casus.timeline.kinds.fase_gewijzigd', { from, to });
    case 'situatie_gewijzigd':
      return t('casus.timeline.kinds.situatie_gewijzigd', { from, to });
    case 'checklist_aangemaakt':
      return t('casus.timeline.kinds.checklist_aangemaakt', { kind: to });
    case 'checklistpunt_gewijzigd':
      return t('casus.timeline.kinds.checklistpunt_gewijzigd', { from, to });
    case 'evaluatie':
      return t('casus.timeline.kinds.evaluatie', { next: e.to ? formatDay(e.to) : to });
    case 'afgesloten':
      return t('casus.timeline.kinds.afgesloten', {
        reason: isOneOf(CLOSURE_REASONS, e.to) ? t(`casus.closureReasons.${e.to}`) : to,
      });
    case 'deelnemer_toegevoegd':
      return t('casus.timeline.kinds.deelnemer_toegevoegd', { organisation: to });
    case 'deelnemer_beeindigd':
      return t('casus.timeline.kinds.deelnemer_beeindigd', { organisation: from });
    case 'plan_gewijzigd':
      return t('casus.timeline.kinds.plan_gewijzigd');
    case 'regisseur_benoemd':
      return t('casus.timeline.kinds.regisseur_benoemd', { name: e.to ?? '' });
    case 'maatregel_toegevoegd':
      return t('casus.timeline.kinds.maatregel_toegevoegd', { measure: measureWords(e.to, t) });
    case 'maatregel_gewijzigd':
      return t('casus.timeline.kinds.maatregel_gewijzigd', { from, to });
    case 'maatregel_verwijderd':
      return t('casus.timeline.kinds.maatregel_verwijderd', { measure: measureWords(e.from, t) });
    case 'maatregelresultaat_vastgelegd':
      return t('casus.timeline.kinds.maatregelresultaat_vastgelegd', {
        outcome: isOneOf(MEASURE_OUTCOMES, e.to) ? t(`casus.measureResult.outcomes.${e.to}`) : to,
      });
    case 'statistiek':
      return isOneOf(STATISTICS_EXCLUSIONS, e.to)
        ? t('statistics.history', { kind: t(`statistics.kinds.${e.to}`) })
        : t('statistics.historyCounted');
    default:
      return describePartEvent(e, t) ?? [e.kind, e.from, e.to].filter(Boolean).join(': ');
  }
}

/** The label of the reason line: a role for a participant, the measure for a change of one. */
function reasonLabel(kind: string, t: TFunction): string {
  if (kind === 'deelnemer_toegevoegd') return t('casus.timeline.role');
  if (kind === 'maatregel_gewijzigd') return t('casus.timeline.measure');
  if (kind === 'checklistpunt_gewijzigd') return t('casus.timeline.item');
  if (kind === 'evaluatie' || kind === 'afgesloten') return t('casus.timeline.note');
  return t('casus.timeline.reason');
}

/** Everything recorded about the case, newest first: what, who (and for which organisation), when and why. */
export function CaseTimeline({ events }: { readonly events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-timeline" className="duiden-section">
      <Heading level={2} id="case-timeline">
        {t('casus.timeline.title')}
      </Heading>
      <Paragraph small>{t('casus.timeline.intro')}</Paragraph>
      {events.length === 0 ? (
        <Paragraph>{t('casus.timeline.none')}</Paragraph>
      ) : (
        <ol className="duiden-timeline">
          {events.map((e) => (
            <li key={`${e.kind}-${e.id}`} className="duiden-timeline__item">
              <Paragraph>
                <strong>{describeEvent(e, t)}</strong>
              </Paragraph>
              <Paragraph small>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {' – '}
                {e.by
                  ? e.organisation
                    ? t('casus.timeline.byOrganisation', { name: e.by, organisation: e.organisation })
                    : e.by
                  : t('casus.timeline.bySystem')}
              </Paragraph>
              {e.occurredOn ? (
                <Paragraph small>
                  {t('casus.timeline.occurredOn', { date: formatDay(e.occurredOn) })}
                </Paragraph>
              ) : null}
              {e.reason ? (
                <Paragraph small>
                  <span className="duiden-prewrap">
                    {reasonLabel(e.kind, t)}: {e.reason}
                  </span>
                </Paragraph>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
