import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextAreaField, TextField } from '../../ui/form-field';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink, ButtonLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { usePageTitle } from '../../ui/use-page-title';
import { ACTIVE_GRANTS_KEY, type Grant } from './privacy-api';

/**
 * /noodtoegang: break-the-glass. A user without access to a case asks for it with a reason; it is granted at
 * once for a few hours, logged, and reviewed afterwards by the privacy officer.
 */
export function BreakGlassRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('dataProtection.breakGlass.requestTitle'));
  const queryClient = useQueryClient();
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const request = useMutation({
    mutationFn: () => apiSend<Grant>('POST', '/api/noodtoegang', { reference: reference.trim(), reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ACTIVE_GRANTS_KEY }),
  });
  const fieldError = useFieldErrors(request.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!request.isPending) request.mutate();
  };
  const granted = request.data;

  return (
    <>
      <Paragraph>
        <AppLink to="/casussen">{t('nav.casussen')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('dataProtection.breakGlass.requestTitle')}</Heading>
      <Paragraph>{t('dataProtection.breakGlass.requestIntro')}</Paragraph>
      {granted ? (
        <Alert type="warning" live>
          <Paragraph>
            {t('dataProtection.breakGlass.granted', {
              reference: granted.casusReference ?? '',
              until: formatDateTime(granted.expiresAt),
            })}
          </Paragraph>
          <Paragraph>
            <ButtonLink to={`/casussen/${granted.casusId}`} appearance="primary-action">
              {t('dataProtection.breakGlass.openCase', { reference: granted.casusReference ?? '' })}
            </ButtonLink>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <ErrorSummary
            error={request.error}
            fields={[
              { field: 'reference', id: 'bg-reference', label: t('dataProtection.breakGlass.reference') },
              { field: 'reason', id: 'bg-reason', label: t('dataProtection.breakGlass.reason') },
            ]}
          />
          <form className="duiden-form" onSubmit={submit} noValidate>
            <TextField
              id="bg-reference"
              label={t('dataProtection.breakGlass.reference')}
              description={t('dataProtection.breakGlass.referenceDescription')}
              value={reference}
              onValueChange={setReference}
              error={fieldError('reference')}
              autoComplete="off"
              maxLength={40}
              required
            />
            <TextAreaField
              id="bg-reason"
              label={t('dataProtection.breakGlass.reason')}
              description={t('dataProtection.breakGlass.reasonDescription')}
              value={reason}
              onValueChange={setReason}
              error={fieldError('reason')}
              maxLength={2000}
              required
            />
            <Button type="submit" appearance="primary-action" busy={request.isPending}>
              {t('dataProtection.breakGlass.request')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}

/** The way in from the list of cases. */
export function BreakGlassEntry() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('dataProtection.breakGlass.entryIntro')}{' '}
      <AppLink to="/noodtoegang">{t('dataProtection.breakGlass.entryLink')}</AppLink>
    </Paragraph>
  );
}
