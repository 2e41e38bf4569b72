import { useTranslation } from 'react-i18next';
import type { NetworkContact } from '../../../contract/netwerk-partners';
import { formatDay } from '../../ui/format';
import { type BadgeStatus, StatusBadge } from '../../ui/status-badge';

const LOOK: Record<NetworkContact['upkeep']['status'], BadgeStatus> = {
  op_tijd: 'success',
  binnenkort: 'warning',
  achterstallig: 'danger',
  gesnoozed: 'neutral',
};

/** Where a contact's upkeep stands, in words (the colour only repeats them). */
export function UpkeepBadge({ upkeep }: { readonly upkeep: NetworkContact['upkeep'] }) {
  const { t } = useTranslation();
  const detail =
    upkeep.status === 'gesnoozed' && upkeep.snoozedUntil
      ? t('netwerk.status.snoozedUntil', { date: formatDay(upkeep.snoozedUntil) })
      : upkeep.status === 'achterstallig'
        ? t('netwerk.status.overdueDays', { count: upkeep.daysOverdue })
        : t('netwerk.status.dueOn', { date: formatDay(upkeep.dueOn) });
  return (
    <>
      <StatusBadge status={LOOK[upkeep.status]}>{t(`netwerk.status.${upkeep.status}`)}</StatusBadge>{' '}
      <span>{detail}</span>
    </>
  );
}
