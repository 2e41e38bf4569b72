import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { formatDateTime } from '../../ui/format';
import { Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
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
  const register = useQuery({
    queryKey: ['privacy', 'verwerkingsregister'],
    queryFn: () => apiGet<Register>('/api/privacy/verwerkingsregister'),
  });
  return (
    <Page
      title={t('dataProtection.register.title')}
      intro={t('dataProtection.register.intro')}
      before={<PrivacyRightsNav />}
    >
      <Button onClick={() => window.print()}>{t('dataProtection.register.print')}</Button>
      <QueryState query={register}>
        {(r) => (
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
              <Section key={a.key} id={`activity-${a.key}`} title={a.name}>
                <DataList
                  items={PARTS.map((p) => ({
                    key: p,
                    label: t(`dataProtection.register.parts.${p}`),
                    value: <List items={a[p]} />,
                  }))}
                />
              </Section>
            ))}
          </>
        )}
      </QueryState>
    </Page>
  );
}
