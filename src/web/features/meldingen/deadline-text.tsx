import { useTranslation } from 'react-i18next';
import type { Deadline, Deadlines } from '../../../contract/meldingen';
import { Alert } from '../../ui/alert';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { StatusBadge } from '../../ui/status-badge';

type Which = 'acknowledge' | 'triage' | 'moreInformation';

/** The deadlines still open, the earliest first. */
export function openDeadlines(d: Deadlines): Array<{ which: Which; deadline: Deadline }> {
  const all: Array<{ which: Which; deadline: Deadline | null }> = [
    { which: 'acknowledge', deadline: d.acknowledge },
    { which: 'triage', deadline: d.triage },
    { which: 'moreInformation', deadline: d.moreInformation },
  ];
  return all
    .flatMap((x) => (x.deadline && !x.deadline.metAt ? [{ which: x.which, deadline: x.deadline }] : []))
    .sort((a, b) => a.deadline.dueOn.localeCompare(b.deadline.dueOn));
}

/**
 * The next open deadline of a signal, as words: an overdue one says "Termijn verlopen" in text, not only
 * in colour.
 */
export function NextDeadline({ deadlines }: { readonly deadlines: Deadlines | null }) {
  const { t } = useTranslation();
  if (!deadlines) return <>{t('common.none')}</>;
  const next = openDeadlines(deadlines)[0];
  if (!next) return <span className="duiden-muted">{t('meldpunt.deadlines.noneOpen')}</span>;
  return (
    <>
      {deadlines.overdue ? (
        <>
          <StatusBadge status="danger">{t('meldpunt.deadlines.overdue')}</StatusBadge>{' '}
        </>
      ) : null}
      {t('meldpunt.deadlines.due', {
        what: t(`meldpunt.deadlines.${next.which}`),
        date: formatDay(next.deadline.dueOn),
      })}
    </>
  );
}

/** Every deadline of a signal with its state: met (when), open, or overdue. */
export function DeadlineList({ deadlines }: { readonly deadlines: Deadlines }) {
  const { t } = useTranslation();
  const rows: Array<{ which: Which; deadline: Deadline }> = [
    { which: 'acknowledge', deadline: deadlines.acknowledge },
    { which: 'triage', deadline: deadlines.triage },
    ...(deadlines.moreInformation
      ? [{ which: 'moreInformation' as const, deadline: deadlines.moreInformation }]
      : []),
  ];
  return (
    <ul className="duiden-membership-list">
      {rows.map(({ which, deadline }) => (
        <li key={which}>
          {t('meldpunt.deadlines.due', {
            what: t(`meldpunt.deadlines.${which}`),
            date: formatDay(deadline.dueOn),
          })}
          {': '}
          {deadline.metAt ? (
            <StatusBadge status="success">{t('meldpunt.deadlines.met')}</StatusBadge>
          ) : deadline.overdue ? (
            <StatusBadge status="danger">{t('meldpunt.deadlines.overdue')}</StatusBadge>
          ) : (
            <StatusBadge status="neutral">{t('meldpunt.deadlines.open')}</StatusBadge>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The deadlines on the signal page, first of all: an overdue one said in a sentence above the list ("Te laat:
 * de termijn ‘Oppakken’ liep af op 1 december 2026."), then every deadline with its state.
 */
export function DeadlinesInWords({ deadlines }: { readonly deadlines: Deadlines }) {
  const { t } = useTranslation();
  const overdue = openDeadlines(deadlines).filter((x) => x.deadline.overdue);
  return (
    <>
      {overdue.length > 0 ? (
        <Alert type="warning">
          {overdue.map(({ which, deadline }) => (
            <Paragraph key={which}>
              <strong>
                {t('meldpunt.deadlines.overdueSentence', {
                  what: t(`meldpunt.deadlines.${which}`),
                  date: formatDay(deadline.dueOn),
                })}
              </strong>
            </Paragraph>
          ))}
        </Alert>
      ) : null}
      <Heading level={3}>{t('meldpunt.signal.deadlines')}</Heading>
      <div className="duiden-signal-deadlines">
        <DeadlineList deadlines={deadlines} />
      </div>
    </>
  );
}
