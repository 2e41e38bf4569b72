import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../contract/privacy-break-glass';
import { apiGet, apiSend } from '../../api';
import { useSession } from '../../session';
import { Button } from '../../ui/button';
import { formatDateTime } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { ACTIVE_GRANTS_KEY, BREAK_GLASS_KEY } from './privacy-api';

/**
 * Shown on every page while the user has emergency access (break-the-glass), so it is never forgotten that
 * it is running and being recorded, and while a request waits for approval (four-eyes). Checked every
 * minute, so it goes when the time is up and shows when a request is approved.
 */
export function BreakGlassBanner() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signedIn = Boolean(session?.user);
  const queryClient = useQueryClient();
  const grants = useQuery({
    queryKey: ACTIVE_GRANTS_KEY,
    queryFn: () => apiGet<Grant[]>('/api/noodtoegang/actief'),
    enabled: signedIn,
    refetchInterval: 60_000,
  });
  const giveBack = useMutation({
    mutationFn: (id: string) => apiSend<void>('POST', `/api/noodtoegang/${id}/beeindigen`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: BREAK_GLASS_KEY }),
  });
  const active = signedIn ? (grants.data ?? []) : [];
  if (active.length === 0) return null;
  return (
    <section
      className="utrecht-alert utrecht-alert--warning duiden-break-glass"
      aria-label={t('dataProtection.breakGlass.bannerLabel')}
    >
      <div className="utrecht-alert__content">
        {active.map((g) => (
          <div key={g.id} className="utrecht-alert__message">
            {g.state === 'wacht' ? (
              <p className="utrecht-paragraph">
                {t('dataProtection.breakGlass.bannerPending', {
                  reference: g.casusReference ?? '',
                  until: g.pendingUntil ? formatDateTime(g.pendingUntil) : '',
                })}
              </p>
            ) : (
              <p className="utrecht-paragraph">
                {t('dataProtection.breakGlass.banner', {
                  reference: g.casusReference ?? '',
                  until: g.expiresAt ? formatDateTime(g.expiresAt) : '',
                })}{' '}
                <AppLink to={`/casussen/${g.casusId}`}>
                  {t('dataProtection.breakGlass.openCase', { reference: g.casusReference ?? '' })}
                </AppLink>
              </p>
            )}
            <Button busy={giveBack.isPending} onClick={() => !giveBack.isPending && giveBack.mutate(g.id)}>
              {g.state === 'wacht'
                ? t('dataProtection.breakGlass.withdraw')
                : t('dataProtection.breakGlass.giveBack')}
            </Button>
          </div>
        ))}
      </div>
    </section>
  );
}
