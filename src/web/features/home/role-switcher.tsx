import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../../contract/auth';
import { apiSend } from '../../api';
import { useResetForNewSession } from '../../session';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';

/** For users with several memberships: choose the organisation and role to act in. */
export function RoleSwitcher({ user }: { readonly user: SessionUser }) {
  const { t } = useTranslation();
  const reset = useResetForNewSession();
  const navigate = useNavigate();
  const [membershipId, setMembershipId] = useState(user.membershipId);
  const switchRole = useMutation({
    mutationFn: () => apiSend<void>('POST', '/api/auth/membership', { membershipId }),
    onSuccess: async () => {
      await reset();
      navigate('/', { replace: true });
    },
  });
  const fieldError = useFieldErrors(switchRole.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!switchRole.isPending) switchRole.mutate();
  };

  return (
    <section aria-labelledby="role-switch">
      <Heading level={2} id="role-switch">
        {t('home.switchTitle')}
      </Heading>
      <Paragraph>{t('home.switchIntro')}</Paragraph>
      <ErrorSummary
        error={switchRole.error}
        fields={[{ field: 'membershipId', id: 'membership', label: t('home.switchLabel') }]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate>
        <SelectField
          id="membership"
          label={t('home.switchLabel')}
          value={membershipId}
          onValueChange={setMembershipId}
          error={fieldError('membershipId')}
          options={user.memberships.map((m) => ({
            value: m.id,
            label: t('home.membershipOption', {
              role: t(`roles.${m.role}`),
              organisation: m.organisationName,
            }),
          }))}
        />
        <Button type="submit" appearance="primary-action" busy={switchRole.isPending}>
          {t('home.switchSubmit')}
        </Button>
      </form>
    </section>
  );
}
