import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Counts, Dashboard } from '../../../contract/privacy-retention';
import { isOneOf } from '../../../domain/melding/types';
import { RETENTION_KINDS } from '../../../domain/privacy/retention';
import { apiGet, queryString } from '../../api';
import { formatDateTime, localDate } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { BreakGlassApprovals } from './break-glass-approvals';
import { OpenRequestsNotice } from './open-requests-notice';
import { PRIVACY_LINKS } from './privacy-links';
import { PrivacySettingsForm } from './privacy-settings-form';

export const sum = (c: Counts): number => Object.values(c).reduce((a, b) => a + b, 0);

/** /privacy: the privacy officer's overview, and the way into every part of the privacy area. */
export function DashboardPage() {
  const { t } = useTranslation();
  const overview = useQuery({
    queryKey: ['privacy-dashboard'],
    queryFn: () => apiGet<Dashboard>('/api/privacy/dashboard'),
  });
  return (
    <Page title={t('dataProtection.dashboard.title')} intro={t('dataProtection.dashboard.intro')}>
      <QueryState query={overview}>{(data) => <Attention data={data} />}</QueryState>
      <BreakGlassApprovals />
      {overview.data ? <Unusual data={overview.data} /> : null}
      {overview.data ? <FrequentBreakGlass data={overview.data} /> : null}
      <Section id="privacy-parts" title={t('dataProtection.dashboard.partsTitle')}>
        <ul className="utrecht-unordered-list">
          {PRIVACY_LINKS.map((l) => (
            <li key={l.path} className="utrecht-unordered-list__item">
              <AppLink to={l.path}>{t(`dataProtection.dashboard.links.${l.key}.title`)}</AppLink> –{' '}
              {t(`dataProtection.dashboard.links.${l.key}.description`)}
            </li>
          ))}
        </ul>
      </Section>
      <PrivacySettingsForm />
    </Page>
  );
}

function Attention({ data }: { readonly data: Dashboard }) {
  const { t } = useTranslation();
  return (
    <Section id="privacy-attention" title={t('dataProtection.dashboard.attentionTitle')}>
      <Paragraph>
        {data.openReviews > 0
          ? t('dataProtection.dashboard.openReviews', { count: data.openReviews })
          : t('dataProtection.dashboard.noOpenReviews')}
      </Paragraph>
      {data.openReviews > 0 ? (
        <Paragraph>
          <ButtonLink to="/privacy/noodtoegang" appearance="primary-action">
            {t('dataProtection.dashboard.reviewNow')}
          </ButtonLink>
        </Paragraph>
      ) : null}
      <Paragraph>{t('dataProtection.dashboard.activeHolds', { count: data.activeHolds })}</Paragraph>
      <Expiring data={data} />
      <OpenRequestsNotice />
      <Paragraph>
        {data.lastRun
          ? t('dataProtection.dashboard.lastRun', {
              when: formatDateTime(data.lastRun.startedAt),
              deleted: sum(data.lastRun.deleted),
              held: sum(data.lastRun.held),
            })
          : t('dataProtection.dashboard.noRun')}
      </Paragraph>
    </Section>
  );
}

/** What runs out soon, by kind, with the way to the list (to place a hold in time). */
function Expiring({ data }: { readonly data: Dashboard }) {
  const { t } = useTranslation();
  const e = data.expiring;
  const kinds = Object.entries(e.byKind).filter(([, n]) => n > 0);
  return (
    <>
      <Paragraph>
        {kinds.length === 0
          ? t('dataProtection.dashboard.expiringNone', { days: e.days })
          : t('dataProtection.dashboard.expiring', {
              days: e.days,
              list: kinds
                .map(([kind, n]) =>
                  t('dataProtection.dashboard.expiringKind', {
                    count: n,
                    kind: isOneOf(RETENTION_KINDS, kind) ? t(`dataProtection.common.kinds.${kind}`) : kind,
                  }),
                )
                .join(', '),
            })}
        {e.kept > 0 ? ` ${t('dataProtection.dashboard.expiringKept', { count: e.kept })}` : ''}
      </Paragraph>
      <Paragraph>
        <AppLink to={`/privacy/bewaartermijnen?vooruit=${e.days}`}>
          {t('dataProtection.dashboard.expiringLink', { days: e.days })}
        </AppLink>
      </Paragraph>
    </>
  );
}

function Unusual({ data }: { readonly data: Dashboard }) {
  const { t } = useTranslation();
  const u = data.unusualAccess;
  return (
    <Section id="privacy-unusual" title={t('dataProtection.dashboard.unusualTitle')}>
      <Paragraph>
        {t('dataProtection.dashboard.unusualIntro', {
          days: u.lookbackDays,
          minutes: u.windowMinutes,
          threshold: u.threshold,
        })}
      </Paragraph>
      {u.findings.length === 0 ? (
        <Paragraph>{t('dataProtection.dashboard.unusualNone')}</Paragraph>
      ) : (
        <Table
          labelledBy="privacy-unusual"
          head={
            <Tr>
              <Th>{t('dataProtection.dashboard.columns.user')}</Th>
              <Th>{t('dataProtection.dashboard.columns.window')}</Th>
              <Th>{t('dataProtection.dashboard.columns.count')}</Th>
              <Th>{t('dataProtection.dashboard.columns.log')}</Th>
            </Tr>
          }
        >
          {u.findings.map((f) => (
            <Tr key={f.userId}>
              <Td>{f.userName}</Td>
              <Td>
                {t('dataProtection.dashboard.windowText', {
                  from: formatDateTime(f.windowStart),
                  to: formatDateTime(f.windowEnd),
                })}
              </Td>
              <Td>{f.distinctRecords}</Td>
              <Td>
                <AppLink
                  to={`/privacy/toegangslog${queryString({
                    actorUserId: f.userId,
                    from: localDate(f.windowStart),
                    to: localDate(f.windowEnd),
                  })}`}
                  aria-label={t('dataProtection.dashboard.openLogFor', { name: f.userName })}
                >
                  {t('dataProtection.dashboard.openLog')}
                </AppLink>
              </Td>
            </Tr>
          ))}
        </Table>
      )}
    </Section>
  );
}

/** The unusual-use rule for emergency access: users who asked more often than the threshold in 30 days. */
function FrequentBreakGlass({ data }: { readonly data: Dashboard }) {
  const { t } = useTranslation();
  const u = data.unusualBreakGlass;
  return (
    <Section id="privacy-unusual-bg" title={t('dataProtection.dashboard.unusualBreakGlassTitle')}>
      <Paragraph>
        {t('dataProtection.dashboard.unusualBreakGlassIntro', { days: u.windowDays, threshold: u.threshold })}
      </Paragraph>
      {u.findings.length === 0 ? (
        <Paragraph>{t('dataProtection.dashboard.unusualBreakGlassNone')}</Paragraph>
      ) : (
        <Table
          caption={t('dataProtection.dashboard.unusualBreakGlassCaption')}
          head={
            <Tr>
              <Th>{t('dataProtection.dashboard.columns.user')}</Th>
              <Th>{t('dataProtection.dashboard.columnsRequests')}</Th>
              <Th>{t('dataProtection.dashboard.columnsLastAt')}</Th>
            </Tr>
          }
        >
          {u.findings.map((f) => (
            <Tr key={f.userId}>
              <Td>{f.userName}</Td>
              <Td>{f.requests}</Td>
              <Td>{formatDateTime(f.lastAt)}</Td>
            </Tr>
          ))}
        </Table>
      )}
    </Section>
  );
}
