import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CovenantAttention as Attention } from '../../../../contract/netwerk-covenants';
import { apiGet } from '../../../api';
import { formatDay } from '../../../ui/format';
import { AppLink } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { Section } from '../../../ui/section';
import { ATTENTION_KEY } from './covenant-api';

/**
 * On the officer's home page: the covenants that end or ended, or are due for evaluation, within the
 * municipality's warning period; each a link to the covenant. Nothing is shown when nothing needs attention.
 */
export function CovenantAttention() {
  const { t } = useTranslation();
  const attention = useQuery({
    queryKey: ATTENTION_KEY,
    queryFn: () => apiGet<Attention>('/api/netwerk/convenanten/aandacht'),
  });
  const list = attention.data?.covenants ?? [];
  if (list.length === 0) return null;
  return (
    <Section id="home-covenants" title={t('covenant.attention.title')}>
      <Paragraph>{t('covenant.attention.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {list.map((c) => (
          <li key={c.id} className="utrecht-unordered-list__item">
            <AppLink to={`/netwerk/convenanten/${c.id}`}>{c.title}</AppLink>
            {': '}
            {c.warnings.map((w) => t(`covenant.warnings.${w.kind}`, { day: formatDay(w.on) })).join('; ')}
          </li>
        ))}
      </ul>
    </Section>
  );
}
