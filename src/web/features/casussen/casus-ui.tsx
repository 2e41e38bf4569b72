import { useTranslation } from 'react-i18next';
import type { Label } from '../../../contract/primitives';
import type { CasePhase } from '../../../domain/casus/types';
import { currentLanguage } from '../../i18n/i18n';
import { formatDay } from '../../ui/format';
import { StatusBadge } from '../../ui/status-badge';

/** Phases as badges: the word carries the meaning; the colour only repeats it. */
const PHASE_BADGE = {
  signalering: 'neutral',
  persoonsgerichte_aanpak: 'warning',
  nazorg: 'success',
  afgesloten: 'inactive',
} as const;

export function PhaseBadge({ phase }: { readonly phase: CasePhase }) {
  const { t } = useTranslation();
  return <StatusBadge status={PHASE_BADGE[phase]}>{t(`casus.phases.${phase}`)}</StatusBadge>;
}

/** A due date, with the word "te laat" when it has passed (never only a colour). */
export function ReviewDue({ day, overdue }: { readonly day: string; readonly overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <time dateTime={day}>{formatDay(day)}</time>
      {overdue ? (
        <>
          {' '}
          <StatusBadge status="danger">{t('casus.list.overdue')}</StatusBadge>
        </>
      ) : null}
    </>
  );
}

/** A label the server gives in both languages, in the current one. */
export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (label) => label[language];
}
