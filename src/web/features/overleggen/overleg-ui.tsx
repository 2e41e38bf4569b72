import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '../../../contract/overleggen';
import type { MeetingStatus } from '../../../domain/overleg/types';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField, type SelectOption } from '../../ui/form-field';
import { StatusBadge } from '../../ui/status-badge';
import { useLegalBases } from './overleggen-api';

/** Meeting statuses as badges: the word carries the meaning; the colour only repeats it. */
const MEETING_STATUS_BADGE = {
  voorbereiding: 'neutral',
  agenda_gepubliceerd: 'warning',
  afgerond: 'success',
  geannuleerd: 'inactive',
} as const;

export function MeetingStatusBadge({ status }: { readonly status: MeetingStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={MEETING_STATUS_BADGE[status]}>{t(`overleg.statuses.${status}`)}</StatusBadge>;
}

/** The legal bases as options of a select, in the current language; example texts say so. */
export function useLegalBasisOptions(bases: readonly LegalBasis[] | undefined): SelectOption[] {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (bases ?? []).map((b) => ({ value: b.id, label: language === 'en' ? b.labelEn : b.labelNl }));
}

export { Confirmation } from '../../ui/form-confirmation';
/**
 * The legal basis on which information is shared, chosen from the configured ones ("Kies ..." first unless
 * `choose` is off).
 */
export function LegalBasisField({
  choose = true,
  ...field
}: Omit<ComponentProps<typeof SelectField>, 'options' | 'placeholder'> & { readonly choose?: boolean }) {
  const { t } = useTranslation();
  const legalBases = useLegalBases();
  const options = useLegalBasisOptions(legalBases.data);
  return (
    <SelectField {...field} {...(choose ? { placeholder: t('overleg.choose') } : {})} options={options} />
  );
}

// The conflict notice and the confirmation step are shared by every form; kept here for the screens that
// import them from the meetings.
export { OtherVersion } from '../../ui/form-conflict';
