import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { PrivacyRightsNav } from './privacy-rights-nav';

interface Activity {
  readonly key: string;
  readonly name: string;
  readonly purposes: readonly string[];
  readonly legalBases: readonly string[];
  readonly subjects: readonly string[];
  readonly data: readonly string[];
  readonly special: readonly string[];
  readonly recipients: readonly string[];
  readonly retention: readonly string[];
}

interface Register {
  readonly controller: string;
  readonly generatedAt: string;
  readonly contact: string;
  readonly thirdCountries: string;
  readonly security: readonly string[];
  readonly activities: readonly Activity[];
}

const PARTS = ['purposes', 'legalBases', 'subjects', 'data', 'special', 'recipients', 'retention'] as const;

function List({ items }: { readonly items: readonly string[] }) {
  if (items.length === 0) return <>-</>;
  return (
    <ul className="utrecht-unordered-list">
      {items.map((x) => (
        <li key={x} className="utrecht-unordered-list__item">
          {x}
        </li>
      ))}
    </ul>
  );
}

/**
 * /privacy/verwerkingsregister: the register of processing activities (art. 30 AVG), generated from the
 * configuration. The content is in Dutch, as the register is kept; printing uses the browser's own print.
 */
export function ProcessingRegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('dataProtection.register.title'));
  const register = useQuery({
    queryKey: ['privacy', 'verwerkingsregister'],
    queryFn: () => apiGet<Register>('/api/privacy/verwerkingsregister'),
  });
  const r = register.data;
  return (
    <>
      <PrivacyRightsNav />
      <Heading level={1}>{t('dataProtection.register.title')}</Heading>
      <Paragraph>{t('dataProtection.register.intro')}</Paragraph>
      <Button onClick={() => window.print()}>{t('dataProtection.register.print')}</Button>
      {register.isPending ? <Loading /> : null}
      {register.error ? <LoadError error={register.error} /> : null}
      {r ? (
        <>
          <DataList
            items={[
              { key: 'controller', label: t('dataProtection.register.controller'), value: r.controller },
              { key: 'contact', label: t('dataProtection.register.contact'), value: r.contact },
              {
                key: 'generated',
                label: t('dataProtection.register.generatedAt'),
                value: formatDateTime(r.generatedAt),
              },
              { key: 'third', label: t('dataProtection.register.thirdCountries'), value: r.thirdCountries },
              {
                key: 'security',
                label: t('dataProtection.register.security'),
                value: <List items={r.security} />,
              },
            ]}
          />
          {r.activities.map((a) => (
            <section key={a.key} aria-labelledby={`activity-${a.key}`} className="duiden-section">
              <Heading level={2} id={`activity-${a.key}`}>
                {a.name}
              </Heading>
              <DataList
                items={PARTS.map((p) => ({
                  key: p,
                  label: t(`dataProtection.register.parts.${p}`),
                  value: <List items={a[p]} />,
                }))}
              />
            </section>
          ))}
        </>
      ) : null}
    </>
  );
}
