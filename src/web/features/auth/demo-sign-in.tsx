import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DemoUser } from '../../../contract/auth';
import { apiGet, apiSend } from '../../api';
import { useResetForNewSession } from '../../session';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';

/** Demo mode: one button per fictitious demo user, clearly marked as a demo. */
export function DemoSignIn() {
  const { t } = useTranslation();
  const reset = useResetForNewSession();
  const users = useQuery({
    queryKey: ['demo-users'],
    queryFn: () => apiGet<DemoUser[]>('/api/auth/demo-users'),
    meta: { public: true },
  });
  const signIn = useMutation({
    mutationFn: (userId: string) => apiSend<void>('POST', '/api/auth/demo', { userId }),
    onSuccess: () => reset(),
  });

  return (
    <section className="duiden-demo" aria-labelledby="sign-in-demo">
      <Heading level={2} id="sign-in-demo">
        {t('signIn.demo.title')}
      </Heading>
      <Paragraph>{t('signIn.demo.intro')}</Paragraph>
      <ErrorSummary error={signIn.error} fields={[]} />
      {users.isPending ? <Loading /> : null}
      {users.error ? <LoadError error={users.error} /> : null}
      {users.data?.length === 0 ? <Paragraph>{t('signIn.demo.empty')}</Paragraph> : null}
      {users.data && users.data.length > 0 ? (
        <ul className="duiden-demo__users">
          {users.data.map((u) => (
            <li key={u.id}>
              <Button
                busy={signIn.isPending && signIn.variables === u.id}
                onClick={() => !signIn.isPending && signIn.mutate(u.id)}
              >
                {t('signIn.demo.button', {
                  name: u.displayName,
                  role: t(`roles.${u.role}`),
                  organisation: u.organisationName,
                })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
