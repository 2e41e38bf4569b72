import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PersonPage as Page, PersonTimelineEntry } from '../../../contract/meldingen';
import { isOneOf, PLACES } from '../../../domain/melding/types';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { DataList } from '../../ui/data-list';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { ASSUMPTION_BADGE } from '../meldingen/signal-content';
import { STATUS_BADGE } from '../meldingen/worklist-page';
import { RestrictionFlag } from '../privacy/restriction-flag';
import { PERSON_SEARCH_ROLES } from './persons-page';

export const personKey = (id: string) => ['person', id] as const;

/**
 * /personen/:id: what is recorded about a person and every signal linked to them, as a timeline of puzzle
 * pieces (the oldest first). The picture is for people to interpret together: no score, rank or prediction.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { id = '' } = useParams();
  const page = useQuery({
    queryKey: personKey(id),
    queryFn: () => apiGet<Page>(`/api/personen/${encodeURIComponent(id)}`),
  });
  const title = page.data ? page.data.person.displayName : t('personen.titleLoading');
  usePageTitle(title);

  return (
    <>
      <Paragraph>
        {(PERSON_SEARCH_ROLES as readonly string[]).includes(user.role) ? (
          <AppLink to="/personen">{t('personen.back')}</AppLink>
        ) : (
          <AppLink to="/meldingen">{t('meldpunt.signal.back')}</AppLink>
        )}
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <RestrictionFlag personId={id} />
      {page.isPending ? <Loading /> : null}
      {page.error ? <LoadError error={page.error} /> : null}
      {page.data ? <PersonDetails page={page.data} /> : null}
    </>
  );
}

function PersonDetails({ page }: { readonly page: Page }) {
  const { t } = useTranslation();
  const p = page.person;
  const none = t('common.none');
  return (
    <>
      <Paragraph lead>{t('personen.intro')}</Paragraph>
      <section aria-labelledby="person-data" className="duiden-section">
        <Heading level={2} id="person-data">
          {t('personen.dataTitle')}
        </Heading>
        <DataList
          items={[
            { key: 'name', label: t('personen.fields.displayName'), value: p.displayName },
            {
              key: 'birthDate',
              label: t('personen.fields.birthDate'),
              value: p.birthDate ? formatDay(p.birthDate) : none,
            },
            {
              key: 'neighbourhood',
              label: t('personen.fields.neighbourhood'),
              value: p.neighbourhood ?? none,
            },
            { key: 'address', label: t('personen.fields.address'), value: p.address ?? none },
            { key: 'schoolOrWork', label: t('personen.fields.schoolOrWork'), value: p.schoolOrWork ?? none },
            { key: 'createdAt', label: t('personen.fields.createdAt'), value: formatDateTime(p.createdAt) },
          ]}
        />
      </section>
      <section aria-labelledby="person-timeline" className="duiden-section">
        <Heading level={2} id="person-timeline">
          {t('personen.timelineTitle', { count: page.timeline.length })}
        </Heading>
        <Paragraph>{t('personen.timelineIntro')}</Paragraph>
        {page.timeline.length === 0 ? (
          <Paragraph>{t('personen.noSignals')}</Paragraph>
        ) : (
          <ol className="duiden-timeline duiden-puzzle">
            {page.timeline.map((e) => (
              <TimelineEntry key={e.signalId} entry={e} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="person-links" className="duiden-section">
        <Heading level={2} id="person-links">
          {t('personen.linksTitle')}
        </Heading>
        {page.links.length === 0 ? (
          <Paragraph>{t('personen.noLinks')}</Paragraph>
        ) : (
          <Table
            labelledBy="person-links"
            head={
              <Tr>
                <Th>{t('personen.links.when')}</Th>
                <Th>{t('personen.links.signal')}</Th>
                <Th>{t('personen.links.decision')}</Th>
                <Th>{t('personen.links.by')}</Th>
                <Th>{t('personen.links.note')}</Th>
              </Tr>
            }
          >
            {page.links.map((l) => (
              <Tr key={`${l.at}-${l.signalId}-${l.decision}`}>
                <Td nowrap>
                  <time dateTime={l.at}>{formatDateTime(l.at)}</time>
                </Td>
                <Td nowrap>
                  <AppLink to={`/meldingen/${l.signalId}`}>{l.reference}</AppLink>
                </Td>
                <Td>{t(`meldpunt.linkDecisions.${l.decision}`)}</Td>
                <Td>{l.byName}</Td>
                <Td>{l.note ?? none}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}

function TimelineEntry({ entry: e }: { readonly entry: PersonTimelineEntry }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const headingId = `person-signal-${e.signalId}`;
  const state = (s: string) => (s === 'bevestigd' || s === 'weerlegd' ? s : 'open');
  return (
    <li className="duiden-timeline__item">
      <article aria-labelledby={headingId}>
        <Heading level={3} id={headingId}>
          <AppLink to={`/meldingen/${e.signalId}`}>
            {t('meldpunt.signal.title', { kind: t(`meldpunt.kinds.${e.kind}`), reference: e.reference })}
          </AppLink>
        </Heading>
        <Paragraph small>
          <time dateTime={e.receivedAt}>{formatDateTime(e.receivedAt)}</time> –{' '}
          {t(`meldpunt.channels.${e.channel}`)}{' '}
          <StatusBadge status={STATUS_BADGE[e.status]}>{t(`meldpunt.statuses.${e.status}`)}</StatusBadge>
          {e.category ? ` – ${language === 'en' ? e.category.labelEn : e.category.labelNl}` : null}
        </Paragraph>
        <Paragraph small>
          {[
            e.namedAs ? t('personen.namedAs', { name: e.namedAs }) : null,
            e.relation ? t('personen.relation', { relation: t(`meldpunt.relations.${e.relation}`) }) : null,
            e.linkedByName && e.linkedAt
              ? t('personen.linkedBy', { name: e.linkedByName, date: formatDateTime(e.linkedAt) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
        {e.question ? (
          <Paragraph>
            <span className="duiden-label">{t('meldpunt.signal.question')}</span> {e.question}
          </Paragraph>
        ) : null}
        {e.observations.length > 0 ? (
          <div className="duiden-facts">
            <Heading level={4}>{t('meldpunt.signal.factsTitle')}</Heading>
            <ul className="utrecht-unordered-list">
              {e.observations.map((o, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: observations of a signal keep their order
                <li key={i}>
                  {o.description}
                  {o.observedOn || o.observedWhen || o.place ? (
                    <span className="duiden-muted">
                      {' '}
                      (
                      {[
                        o.observedOn ? formatDay(o.observedOn) : null,
                        o.observedWhen,
                        isOneOf(PLACES, o.place) ? t(`meldpunt.places.${o.place}`) : null,
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      )
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {e.assumptions.length > 0 ? (
          <div className="duiden-opinion">
            <Heading level={4}>{t('meldpunt.signal.assumptionsTitle')}</Heading>
            <ul className="utrecht-unordered-list">
              {e.assumptions.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: assumptions of a signal keep their order
                <li key={i}>
                  <span className="duiden-label">{t('meldpunt.signal.assumptionLabel')}</span> {a.text}{' '}
                  <StatusBadge status={ASSUMPTION_BADGE[state(a.state)]}>
                    {t(`meldpunt.assumptionStates.${state(a.state)}`)}
                  </StatusBadge>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </article>
    </li>
  );
}
