import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '../../../contract/overleggen';
import type {
  AnonymisedSummary,
  RegisterEntry,
  SummaryWithFindings,
} from '../../../contract/privacy-registers';
import { apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { formatDateTime } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from '../casussen/case-context';
import { DisclosureTable } from './disclosures-page';

/**
 * /casussen/:id/anoniem: an anonymised summary of the case for consultation with an outside expert (for
 * example the LSE). The officer makes it, reviews (and may edit) it, and exports it to a named recipient on
 * a legal basis; the server refuses the export while anything recognisable is still in it.
 */
export function AnonymisedSummaryPage() {
  const { t } = useTranslation();
  const casus = useCaseOfPage();
  usePageTitle(`${t('dataProtection.anonymised.title')} - ${casus.reference}`);
  const queryClient = useQueryClient();
  const listKey = ['privacy', 'anoniem', casus.id];
  const [current, setCurrent] = useState<string | null>(null);
  const regie = casus.access === 'regie';
  const list = useQuery({
    queryKey: listKey,
    queryFn: () =>
      apiGet<AnonymisedSummary[]>(`/api/privacy/casussen/${encodeURIComponent(casus.id)}/anoniem`),
    enabled: regie,
  });
  const make = useMutation({
    mutationFn: () =>
      apiSend<{ id: string }>('POST', `/api/privacy/casussen/${encodeURIComponent(casus.id)}/anoniem`),
    onSuccess: async ({ id }) => {
      setCurrent(id);
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
  if (!regie) {
    return (
      <>
        <Heading level={2}>{t('dataProtection.anonymised.title')}</Heading>
        <Paragraph>{t('dataProtection.anonymised.onlyRegie')}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading level={2}>{t('dataProtection.anonymised.title')}</Heading>
      <Paragraph>{t('dataProtection.anonymised.intro')}</Paragraph>
      <ErrorSummary error={make.error} fields={[]} />
      <Button appearance="primary-action" busy={make.isPending} onClick={() => make.mutate()}>
        {t('dataProtection.anonymised.make')}
      </Button>
      {current ? <Review id={current} listKey={listKey} /> : null}
      <section aria-labelledby="anon-earlier" className="duiden-section">
        <Heading level={3} id="anon-earlier">
          {t('dataProtection.anonymised.earlier')}
        </Heading>
        {list.isPending ? <Loading /> : null}
        {list.error ? <LoadError error={list.error} /> : null}
        {list.data?.length === 0 ? <Paragraph>{t('dataProtection.anonymised.none')}</Paragraph> : null}
        <ul className="utrecht-unordered-list">
          {list.data?.map((s) => (
            <li key={s.id} className="utrecht-unordered-list__item">
              {s.status === 'geexporteerd'
                ? t('dataProtection.anonymised.exportedLine', {
                    at: formatDateTime(s.exportedAt ?? s.createdAt),
                    by: s.exportedByName ?? '',
                    to: s.recipient ?? '',
                  })
                : t('dataProtection.anonymised.conceptLine', {
                    at: formatDateTime(s.createdAt),
                    by: s.createdByName,
                  })}{' '}
              {s.status === 'geexporteerd' ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`/api/privacy/anoniem/${encodeURIComponent(s.id)}/tekst.txt`}
                  download
                >
                  {t('dataProtection.anonymised.download')}
                </a>
              ) : (
                <Button appearance="subtle" onClick={() => setCurrent(s.id)}>
                  {t('dataProtection.anonymised.review')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Review({ id, listKey }: { readonly id: string; readonly listKey: readonly unknown[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['privacy', 'anoniem', 'samenvatting', id];
  const data = useQuery({
    queryKey: key,
    queryFn: () => apiGet<SummaryWithFindings>(`/api/privacy/anoniem/${encodeURIComponent(id)}`),
  });
  const bases = useQuery({
    queryKey: ['privacy', 'grondslagen'],
    queryFn: () => apiGet<LegalBasis[]>('/api/privacy/grondslagen'),
  });
  const review = useDraft({ text: '', recipient: 'Landelijk Steunpunt Extremisme (LSE)', legalBasisId: '' });
  const { text, recipient, legalBasisId } = review.draft;
  const { set } = review;
  useEffect(() => {
    if (data.data) set({ text: data.data.summary.text });
  }, [data.data, set]);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    await queryClient.invalidateQueries({ queryKey: listKey });
  };
  const save = useMutation({
    mutationFn: () =>
      apiSend('PATCH', `/api/privacy/anoniem/${encodeURIComponent(id)}`, {
        version: data.data?.summary.version,
        text,
      }),
    onSuccess: refresh,
  });
  const exp = useMutation({
    mutationFn: () =>
      apiSend('POST', `/api/privacy/anoniem/${encodeURIComponent(id)}/export`, {
        version: data.data?.summary.version,
        recipient,
        legalBasisId,
      }),
    onSuccess: refresh,
  });
  const { summary, bind } = useFormFields(
    exp.error ?? save.error,
    {
      text: { id: 'anon-text', label: t('dataProtection.anonymised.text') },
      recipient: { id: 'anon-recipient', label: t('dataProtection.anonymised.recipient') },
      legalBasisId: { id: 'anon-basis', label: t('dataProtection.anonymised.basis') },
    },
    review,
  );
  const en = currentLanguage(i18n.language) === 'en';
  if (data.isPending) return <Loading />;
  if (data.error) return <LoadError error={data.error} />;
  const s = data.data.summary;
  const findings = data.data.findings;
  const exported = s.status === 'geexporteerd';
  const submitSave = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const submitExport = (e: FormEvent) => {
    e.preventDefault();
    if (!exp.isPending) exp.mutate();
  };
  return (
    <section aria-labelledby="anon-review" className="duiden-section">
      <Heading level={3} id="anon-review">
        {exported ? t('dataProtection.anonymised.exportedTitle') : t('dataProtection.anonymised.reviewTitle')}
      </Heading>
      {findings.length > 0 ? (
        <Alert type="warning">
          <Paragraph>{t('dataProtection.anonymised.findings', { count: findings.length })}</Paragraph>
          <ul className="utrecht-unordered-list">
            {findings.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same text may be found twice
              <li key={`${f.text}-${i}`} className="utrecht-unordered-list__item">
                {f.text}
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert type="ok">
          <Paragraph>{t('dataProtection.anonymised.clean')}</Paragraph>
        </Alert>
      )}
      <ErrorSummary error={exp.error ?? save.error} fields={summary} />
      {exported ? (
        <>
          <Paragraph>
            {t('dataProtection.anonymised.exportedLine', {
              at: formatDateTime(s.exportedAt ?? s.createdAt),
              by: s.exportedByName ?? '',
              to: s.recipient ?? '',
            })}
          </Paragraph>
          <pre>{s.text}</pre>
          <Paragraph>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`/api/privacy/anoniem/${encodeURIComponent(s.id)}/tekst.txt`}
              download
            >
              {t('dataProtection.anonymised.download')}
            </a>
          </Paragraph>
        </>
      ) : (
        <>
          <form onSubmit={submitSave} noValidate aria-labelledby="anon-review">
            <TextAreaField
              {...bind('text')}
              description={t('dataProtection.anonymised.textDescription')}
              rows={20}
            />
            <Button type="submit" busy={save.isPending}>
              {t('dataProtection.anonymised.save')}
            </Button>
          </form>
          <form onSubmit={submitExport} noValidate aria-label={t('dataProtection.anonymised.exportTitle')}>
            <Heading level={4}>{t('dataProtection.anonymised.exportTitle')}</Heading>
            <TextField {...bind('recipient')} />
            <SelectField
              {...bind('legalBasisId')}
              placeholder={t('dataProtection.anonymised.chooseBasis')}
              options={(bases.data ?? []).map((b) => ({ value: b.id, label: en ? b.labelEn : b.labelNl }))}
            />
            <Button type="submit" appearance="primary-action" busy={exp.isPending}>
              {t('dataProtection.anonymised.export')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

/** /casussen/:id/verstrekkingen: the disclosures of the case (its regie and the privacy officer). */
export function CaseDisclosuresPage() {
  const { t } = useTranslation();
  const casus = useCaseOfPage();
  usePageTitle(`${t('dataProtection.disclosures.caseTitle')} - ${casus.reference}`);
  const regie = casus.access === 'regie';
  const register = useQuery({
    queryKey: ['privacy', 'verstrekkingen', 'casus', casus.id],
    queryFn: () =>
      apiGet<{ reference: string; entries: RegisterEntry[] }>(
        `/api/privacy/verstrekkingen/casussen/${encodeURIComponent(casus.id)}`,
      ),
    enabled: regie,
  });
  return (
    <>
      <Heading level={2} id="case-disclosures">
        {t('dataProtection.disclosures.caseTitle')}
      </Heading>
      {!regie ? <Paragraph>{t('dataProtection.anonymised.onlyRegie')}</Paragraph> : null}
      {register.isFetching ? <Loading /> : null}
      {register.error ? <LoadError error={register.error} /> : null}
      {register.data ? (
        <DisclosureTable entries={register.data.entries} labelledBy="case-disclosures" />
      ) : null}
    </>
  );
}
