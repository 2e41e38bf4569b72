import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResetCredentialsResult } from '../../../contract/users';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField } from '../../ui/form-field';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import type { UserChanges } from './users-api';

/**
 * For users with a local account: a new temporary password (and optionally a new authenticator set-up). The
 * password is shown once; it lives only in this component's memory and is gone when the page is left.
 */
export function UserCredentials({ changes }: { readonly changes: UserChanges }) {
  const { t } = useTranslation();
  const { user, reload } = changes;
  const [resetTotp, setResetTotp] = useState(false);
  const reset = useMutation({
    mutationFn: () =>
      apiSend<ResetCredentialsResult>('POST', `/api/users/${user.id}/reset-credentials`, { resetTotp }),
    onSuccess: () => reload(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reset.isPending) reset.mutate();
  };

  return (
    <Section id="user-credentials" title={t('beheer.credentialsTitle')} className={null}>
      {user.username ? (
        <>
          <Paragraph>{t('beheer.credentialsIntro')}</Paragraph>
          <Paragraph>
            {t('beheer.credentialsState', {
              password: user.hasPassword ? t('common.yes') : t('common.no'),
              totp: user.totpEnrolled ? t('common.yes') : t('common.no'),
            })}
          </Paragraph>
          {reset.data ? (
            <Alert type="ok" live>
              <h3 className="utrecht-heading-3">{t('beheer.temporaryPasswordTitle')}</h3>
              <Paragraph>{t('beheer.temporaryPasswordText')}</Paragraph>
              <Paragraph>
                <code className="duiden-secret" data-testid="temporary-password">
                  {reset.data.temporaryPassword}
                </code>
              </Paragraph>
            </Alert>
          ) : null}
          <ErrorSummary error={reset.error} fields={[]} />
          <form className="duiden-form" onSubmit={submit} noValidate>
            <CheckboxField
              id="reset-totp"
              label={t('beheer.resetTotp')}
              checked={resetTotp}
              onCheckedChange={setResetTotp}
            />
            <Button type="submit" busy={reset.isPending}>
              {t('beheer.resetCredentials')}
            </Button>
          </form>
        </>
      ) : (
        <Paragraph>{t('beheer.noUsername')}</Paragraph>
      )}
    </Section>
  );
}
