import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, SignalDetail } from '../../../contract/meldingen';
import { isRole } from '../../../domain/access/roles';
import { STATISTICS_EXCLUSIONS } from '../../../domain/analyse/catalogue';
import {
  ANNOTATION_EFFECTS,
  CHANNELS,
  CLOSE_REASONS,
  DECISION_OUTCOMES,
  isOneOf,
} from '../../../domain/melding/types';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';

const LINK_DECISIONS = ['bevestigd', 'afgewezen', 'ontkoppeld'] as const;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** One step of a signal's history in words: what happened, with the details the step recorded. */
export function describeHistory(e: HistoryEntry, t: TFunction): string {
  const d = e.data;
  switch (e.kind) {
    case 'ontvangen': {
      const channel = d.channel;
      return isOneOf(CHANNELS, channel)
        ? t('meldpunt.history.received', { channel: t(`meldpunt.channels.${channel}`) })
        : t('meldpunt.history.receivedPlain');
    }
    case 'status': {
      const parts = [
        t('meldpunt.history.status', {
          from: e.fromStatus ? t(`meldpunt.statuses.${e.fromStatus}`) : t('common.none'),
          to: e.toStatus ? t(`meldpunt.statuses.${e.toStatus}`) : t('common.none'),
        }),
      ];
      const dueOn = str(d.dueOn);
      if (dueOn) parts.push(t('meldpunt.history.dueOn', { date: formatDay(dueOn) }));
      if (isOneOf(DECISION_OUTCOMES, d.outcome)) {
        parts.push(t('meldpunt.history.outcome', { outcome: t(`meldpunt.outcomes.${d.outcome}`) }));
      }
      if (isOneOf(CLOSE_REASONS, d.closeReason)) {
        parts.push(
          t('meldpunt.history.closeReason', { reason: t(`meldpunt.closeReasons.${d.closeReason}`) }),
        );
      }
      return parts.join('; ');
    }
    case 'categorie': {
      const label = str(d.label);
      return label ? t('meldpunt.history.category', { label }) : t('meldpunt.history.categoryRemoved');
    }
    case 'annotatie':
      return isOneOf(ANNOTATION_EFFECTS, d.effect)
        ? t('meldpunt.history.annotation', { effect: t(`meldpunt.annotationEffects.${d.effect}`) })
        : t('meldpunt.history.annotationPlain');
    case 'terugkoppeling':
      return t('meldpunt.history.feedback');
    case 'koppeling':
      return isOneOf(LINK_DECISIONS, d.decision)
        ? t('meldpunt.history.link', { decision: t(`meldpunt.linkDecisions.${d.decision}`) })
        : t('meldpunt.history.linkPlain');
    case 'bijlage':
      return t('meldpunt.history.attachment', { name: str(d.fileName) ?? t('common.none') });
    case 'omgezet':
      return t('meldpunt.history.converted');
    case 'statistiek':
      return isOneOf(STATISTICS_EXCLUSIONS, d.to)
        ? t('statistics.history', { kind: t(`statistics.kinds.${d.to}`) })
        : t('statistics.historyCounted');
    default:
      return e.kind;
  }
}

/** Who took a step: a name and role, or the public form (no one signed in). */
export function describeActor(e: HistoryEntry, t: TFunction): string {
  if (!e.actorName) return t('meldpunt.history.noActor');
  return e.actorRole && isRole(e.actorRole)
    ? t('meldpunt.history.actor', { name: e.actorName, role: t(`roles.${e.actorRole}`) })
    : e.actorName;
}

/** Every step of the signal, the oldest first, with who and when. */
export function SignalHistory({ signal }: { readonly signal: SignalDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signal-history" className="duiden-section">
      <Heading level={2} id="signal-history">
        {t('meldpunt.history.title')}
      </Heading>
      <ol className="duiden-timeline">
        {signal.history.map((e, i) => (
          // The history is append-only: its position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own
          <li key={i} className="duiden-timeline__item">
            <Paragraph small>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time> – {describeActor(e, t)}
            </Paragraph>
            <Paragraph>
              <strong>{describeHistory(e, t)}</strong>
            </Paragraph>
            {e.note ? (
              <Paragraph>
                <span className="duiden-prewrap">{e.note}</span>
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
