import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../api-types';
import { Button } from '../../ui/button';
import { FormSent } from '../../ui/form-sent';
import { AppLink } from '../../ui/link';

/** After a signal was recorded by a signed-in user: its reference, a link to it, and a way to record another. */
export function IntakeSaved({
  result,
  title,
  openTo,
  anotherLabel,
  onAnother,
  children,
}: {
  readonly result: IntakeResult;
  readonly title: string;
  /** Where the new signal is opened. */
  readonly openTo: string;
  readonly anotherLabel: string;
  readonly onAnother: () => void;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormSent
      headingId="melding-saved"
      title={title}
      actions={
        <>
          <AppLink to={openTo}>{t('meldpunt.intake.open', { reference: result.reference })}</AppLink>
          <Button appearance="subtle" onClick={onAnother}>
            {anotherLabel}
          </Button>
        </>
      }
    >
      {children}
    </FormSent>
  );
}
