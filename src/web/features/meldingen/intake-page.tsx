import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeResult } from '../../../contract/meldingen';
import { Button } from '../../ui/button';
import { FormSent } from '../../ui/form-sent';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { usePageTitle } from '../../ui/use-page-title';
import { ForbiddenPage } from '../not-found/forbidden-page';

/**
 * A page on which a signed-in user records a signal (a professional, meldpunt staff): the way back, the
 * form, and once it is saved what was saved in its place, with a way to record another.
 */
export function IntakePage({
  title,
  backTo,
  backLabel,
  forbidden = false,
  form,
  saved,
}: {
  readonly title: string;
  readonly backTo: string;
  readonly backLabel: string;
  /** The user may not record signals here. */
  readonly forbidden?: boolean;
  readonly form: (onSaved: (result: IntakeResult) => void) => ReactNode;
  readonly saved: (result: IntakeResult, onAnother: () => void) => ReactNode;
}) {
  usePageTitle(title);
  const [result, setResult] = useState<IntakeResult | null>(null);
  if (forbidden) return <ForbiddenPage />;
  return (
    <>
      <Paragraph>
        <AppLink to={backTo}>{backLabel}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {result ? saved(result, () => setResult(null)) : form(setResult)}
    </>
  );
}

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
