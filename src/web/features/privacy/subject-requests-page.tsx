import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PersonHit, RequestPage } from '../../../contract/privacy-rights';
import { REQUEST_KINDS, type RequestKind } from '../../../domain/privacy/subject-requests';
import { apiGet, apiSend, queryString } from '../../api';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { formatDate, formatDay, today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Paragraph } from '../../ui/paragraph';
import { Loading } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';

import { PrivacyRightsNav } from './privacy-rights-nav';

export const requestsKey = ['privacy', 'verzoeken'] as const;

/** /privacy/verzoeken: the requests of persons concerned, and registering a new one. */
export function SubjectRequestsPage() {
  const { t } = useTranslation();
  const list = useCursorPages({
    key: [...requestsKey, 'lijst'],
    path: '/api/privacy/verzoeken',
    items: (p: RequestPage) => p.items,
  });
  return (
    <Page
      title={t('dataProtection.subject.listTitle')}
      intro={t('dataProtection.subject.listIntro')}
      before={<PrivacyRightsNav />}
    >
      <NewRequest />
      <section aria-labelledby="requests-list" className="duiden-section">
        <Heading level={2} id="requests-list">
          {t('dataProtection.subject.registered')}
        </Heading>
        <PagedList
          list={list}
          texts={{
            none: t('dataProtection.subject.none'),
            shown: (count) => t('dataProtection.subject.shown', { count }),
            loadMore: t('dataProtection.subject.loadMore'),
            loadingMore: t('dataProtection.subject.loadingMore'),
          }}
        >
          {(list) => (
            <Table
              labelledBy="requests-list"
              head={
                <Tr>
                  <Th>{t('dataProtection.subject.receivedOn')}</Th>
                  <Th>{t('dataProtection.subject.kind')}</Th>
                  <Th>{t('dataProtection.subject.person')}</Th>
                  <Th>{t('dataProtection.subject.status')}</Th>
                </Tr>
              }
            >
              {list.map((r) => (
                <Tr key={r.id}>
                  <Td>
                    <AppLink to={`/privacy/verzoeken/${encodeURIComponent(r.id)}`}>
                      {formatDay(r.receivedOn)}
                    </AppLink>
                  </Td>
                  <Td>{t(`dataProtection.subject.kinds.${r.kind}`)}</Td>
                  <Td>{r.personName ?? t('dataProtection.subject.erasedPerson')}</Td>
                  <Td>
                    {t(`dataProtection.subject.statuses.${r.status}`)}
                    {r.decidedAt ? ` (${formatDate(r.decidedAt)})` : ''}
                  </Td>
                </Tr>
              ))}
            </Table>
          )}
        </PagedList>
      </section>
    </Page>
  );
}

function NewRequest() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searched, setSearched] = useState('');
  const request = useDraft({
    name: '',
    personId: '',
    kind: 'inzage' as RequestKind,
    receivedOn: today(),
    reason: '',
  });
  const { personId, kind, receivedOn, reason } = request.draft;

  const hits = useQuery({
    queryKey: ['privacy', 'personen', searched],
    queryFn: () => apiGet<PersonHit[]>(`/api/privacy/personen${queryString({ naam: searched })}`),
    enabled: searched.length >= 2,
  });
  const create = useMutation({
    mutationFn: () =>
      apiSend<{ id: string }>('POST', '/api/privacy/verzoeken', { personId, kind, receivedOn, reason }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: requestsKey });
      navigate(`/privacy/verzoeken/${encodeURIComponent(id)}`);
    },
  });
  const error = create.error ?? hits.error;
  const { summary, bind } = useFormFields(
    error,
    {
      personId: { id: 'request-person', label: t('dataProtection.subject.person') },
      receivedOn: { id: 'request-receivedOn', label: t('dataProtection.subject.receivedOn') },
      reason: { id: 'request-reason', label: t('dataProtection.subject.reason') },
    },
    request,
  );
  // The search for the person is a form of its own, before the request's.
  const searchFields = useFormFields(
    error,
    { name: { id: 'request-search', field: 'naam', label: t('dataProtection.subject.searchName') } },
    request,
  );
  const search = (e: FormEvent) => {
    e.preventDefault();
    request.set({ personId: '' });
    setSearched(request.draft.name.trim());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!create.isPending) create.mutate();
  };

  return (
    <Section id="new-request" title={t('dataProtection.subject.newTitle')}>
      <form onSubmit={search} noValidate aria-label={t('dataProtection.subject.searchTitle')}>
        <TextField
          {...searchFields.bind('name')}
          description={t('dataProtection.subject.searchDescription')}
          autoComplete="off"
        />
        <Button type="submit">{t('dataProtection.subject.search')}</Button>
      </form>
      {hits.isFetching ? <Loading /> : null}
      {hits.data?.length === 0 ? <Paragraph>{t('dataProtection.subject.noPersons')}</Paragraph> : null}
      {hits.data && hits.data.length > 0 ? (
        <form onSubmit={submit} noValidate aria-labelledby="new-request">
          <ErrorSummary error={create.error} fields={summary} />
          <SelectField
            {...bind('personId')}
            placeholder={t('dataProtection.subject.choosePerson')}
            options={hits.data.map((p) => ({
              value: p.id,
              label: p.birthDate ? `${p.displayName} (${formatDay(p.birthDate)})` : p.displayName,
            }))}
          />
          <RadioGroupField
            id="request-kind"
            legend={t('dataProtection.subject.kind')}
            value={kind}
            onValueChange={(v) => request.set({ kind: v as RequestKind })}
            options={REQUEST_KINDS.map((k) => ({
              value: k,
              label: t(`dataProtection.subject.kinds.${k}`),
              description: t(`dataProtection.subject.kindDescriptions.${k}`),
            }))}
          />
          <TextField {...bind('receivedOn')} type="date" />
          <TextAreaField
            {...bind('reason')}
            description={t('dataProtection.subject.reasonDescription')}
            required
          />
          <Button type="submit" appearance="primary-action" busy={create.isPending}>
            {t('dataProtection.subject.register')}
          </Button>
        </form>
      ) : null}
    </Section>
  );
}
