import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RegisterEntry } from '../../../contract/privacy-registers';
import type { SubjectPerson, SubjectRequestDetail } from '../../../contract/privacy-rights';
import { apiGet, apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroupField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave, type Versioned, type VersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { DisclosureTable } from './disclosures-page';
import { PrivacyRightsNav } from './privacy-rights-nav';
import { requestsKey } from './subject-requests-page';

const PERSON_FIELDS = ['displayName', 'birthDate', 'neighbourhood', 'address', 'schoolOrWork'] as const;
type PersonField = (typeof PERSON_FIELDS)[number];

/** /privacy/verzoeken/:id: one request with the export, and what may be done under it. */
export function SubjectRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('dataProtection.subject.requestTitle'));
  const key = [...requestsKey, id];
  const detail = useQuery({
    queryKey: key,
    queryFn: () => apiGet<SubjectRequestDetail>(`/api/privacy/verzoeken/${encodeURIComponent(id)}`),
  });
  const d = detail.data;
  return (
    <>
      <PrivacyRightsNav />
      <Paragraph>
        <AppLink to="/privacy/verzoeken">{t('dataProtection.subject.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('dataProtection.subject.requestTitle')}</Heading>
      {detail.isPending ? <Loading /> : null}
      {detail.error ? <LoadError error={detail.error} /> : null}
      {d ? <RequestBody d={d} /> : null}
    </>
  );
}

function RequestBody({ d }: { readonly d: SubjectRequestDetail }) {
  const { t } = useTranslation();
  const r = d.request;
  const open = r.status === 'open';
  const active = d.restrictions.filter((x) => !x.liftedAt);
  return (
    <>
      <DataList
        items={[
          {
            key: 'kind',
            label: t('dataProtection.subject.kind'),
            value: t(`dataProtection.subject.kinds.${r.kind}`),
          },
          {
            key: 'status',
            label: t('dataProtection.subject.status'),
            value: t(`dataProtection.subject.statuses.${r.status}`),
          },
          {
            key: 'receivedOn',
            label: t('dataProtection.subject.receivedOn'),
            value: formatDay(r.receivedOn),
          },
          { key: 'reason', label: t('dataProtection.subject.reason'), value: r.reason },
          {
            key: 'createdBy',
            label: t('dataProtection.subject.createdBy'),
            value: `${r.createdByName}, ${formatDateTime(r.createdAt)}`,
          },
          ...(r.outcome
            ? [{ key: 'outcome', label: t('dataProtection.subject.outcome'), value: r.outcome }]
            : []),
        ]}
      />
      {active.length > 0 ? (
        <Alert type="warning">
          <Paragraph>{t('dataProtection.subject.restrictedFlag', { count: active.length })}</Paragraph>
        </Alert>
      ) : null}
      {d.person?.restrictedSource ? (
        <Alert type="warning">
          <Paragraph>{t('dataProtection.subject.restrictedSource')}</Paragraph>
        </Alert>
      ) : null}
      {d.person ? (
        <>
          <section aria-labelledby="person" className="duiden-section">
            <Heading level={2} id="person">
              {t('dataProtection.subject.personTitle')}
            </Heading>
            <DataList
              items={PERSON_FIELDS.map((f) => ({
                key: f,
                label: t(`dataProtection.subject.fields.${f}`),
                value: d.person?.[f] ?? '-',
              }))}
            />
          </section>
          <section aria-labelledby="export" className="duiden-section">
            <Heading level={2} id="export">
              {t('dataProtection.subject.exportTitle')}
            </Heading>
            <Paragraph>{t('dataProtection.subject.exportIntro')}</Paragraph>
            <ul className="utrecht-unordered-list">
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`/api/privacy/verzoeken/${encodeURIComponent(r.id)}/export.json`}
                  download
                >
                  {t('dataProtection.subject.exportJson')}
                </a>
              </li>
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`/api/privacy/verzoeken/${encodeURIComponent(r.id)}/export.pdf`}
                  download
                >
                  {t('dataProtection.subject.exportPdf')}
                </a>
              </li>
            </ul>
          </section>
          {open && r.kind === 'rectificatie' ? <RectifyForm d={d} person={d.person} /> : null}
          {open && (r.kind === 'beperking' || r.kind === 'rectificatie') ? <RestrictForm d={d} /> : null}
          {open && r.kind === 'wissen' ? <EraseForm d={d} /> : null}
          <Restrictions d={d} />
          <PersonDisclosures personId={d.person.id} />
        </>
      ) : (
        <Paragraph>{t('dataProtection.subject.erasedPerson')}</Paragraph>
      )}
      {open ? <CloseForm d={d} /> : null}
    </>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: requestsKey });
    await queryClient.invalidateQueries({ queryKey: [...requestsKey, id] });
  };
}

function RectifyForm({ d, person }: { readonly d: SubjectRequestDetail; readonly person: SubjectPerson }) {
  const { t } = useTranslation();
  const refresh = useRefresh(d.request.id);
  const initial = Object.fromEntries(PERSON_FIELDS.map((f) => [f, person[f] ?? ''])) as Record<
    PersonField,
    string
  >;
  const save = useVersionedSave({
    initial: { ...initial, reason: '' },
    version: person.version,
    send: ({ reason, ...values }, version) => {
      const changes = Object.fromEntries(
        PERSON_FIELDS.filter((f) => values[f] !== initial[f]).map((f) => [f, values[f].trim() || null]),
      );
      return apiSend('POST', `/api/privacy/verzoeken/${encodeURIComponent(d.request.id)}/rectificatie`, {
        personVersion: version,
        reason,
        changes,
      });
    },
    onSaved: refresh,
  });
  const { bind } = save;
  const label = (f: PersonField) => t(`dataProtection.subject.fields.${f}`);
  return (
    <Section id="rectify" title={t('dataProtection.subject.rectifyTitle')}>
      <VersionedForm
        save={save}
        fields={[
          ...PERSON_FIELDS.map((f) => ({ field: `changes.${f}`, id: `rectify-${f}`, label: label(f) })),
          { field: 'changes', id: 'rectify-displayName', label: label('displayName') },
          { field: 'reason', id: 'rectify-reason', label: t('dataProtection.subject.reason') },
        ]}
        submitLabel={t('dataProtection.subject.rectify')}
        labelledBy="rectify"
        className={null}
      >
        {PERSON_FIELDS.map((f) => (
          <TextField
            key={f}
            id={`rectify-${f}`}
            label={label(f)}
            type={f === 'birthDate' ? 'date' : 'text'}
            {...bind(f, `changes.${f}`)}
          />
        ))}
        <ReasonField id="rectify-reason" save={save} />
      </VersionedForm>
    </Section>
  );
}

/** The reason a step under the request is taken: the register of the request shows it. */
function ReasonField({
  id,
  save,
}: {
  readonly id: string;
  readonly save: VersionedSave<{ readonly reason: string }, unknown, Versioned>;
}) {
  const { t } = useTranslation();
  return (
    <TextAreaField id={id} label={t('dataProtection.subject.reason')} {...save.bind('reason')} required />
  );
}

const NO_RESTRICTION = { scope: '', reason: '' };

function RestrictForm({ d }: { readonly d: SubjectRequestDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh(d.request.id);
  const save = useVersionedSave({
    initial: NO_RESTRICTION,
    resetTo: NO_RESTRICTION,
    send: (draft) =>
      apiSend('POST', `/api/privacy/verzoeken/${encodeURIComponent(d.request.id)}/beperkingen`, draft),
    onSaved: refresh,
  });
  return (
    <Section id="restrict" title={t('dataProtection.subject.restrictTitle')}>
      <VersionedForm
        save={save}
        fields={[
          { field: 'scope', id: 'restrict-scope', label: t('dataProtection.subject.scope') },
          { field: 'reason', id: 'restrict-reason', label: t('dataProtection.subject.reason') },
        ]}
        submitLabel={t('dataProtection.subject.restrict')}
        labelledBy="restrict"
        className={null}
      >
        <TextField
          id="restrict-scope"
          label={t('dataProtection.subject.scope')}
          description={t('dataProtection.subject.scopeDescription')}
          {...save.bind('scope')}
        />
        <ReasonField id="restrict-reason" save={save} />
      </VersionedForm>
    </Section>
  );
}

function Restrictions({ d }: { readonly d: SubjectRequestDetail }) {
  const { t } = useTranslation();
  if (d.restrictions.length === 0 && d.rectifications.length === 0) return null;
  return (
    <section aria-labelledby="recorded" className="duiden-section">
      <Heading level={2} id="recorded">
        {t('dataProtection.subject.recordedTitle')}
      </Heading>
      <ul className="utrecht-unordered-list">
        {d.restrictions.map((x) => (
          <li key={x.id} className="utrecht-unordered-list__item">
            {t('dataProtection.subject.restrictionLine', {
              scope: x.scope,
              reason: x.reason,
              by: x.createdByName,
              at: formatDateTime(x.createdAt),
            })}
            {x.liftedAt
              ? ` ${t('dataProtection.subject.liftedLine', { at: formatDateTime(x.liftedAt), reason: x.liftReason ?? '' })}`
              : null}
            {!x.liftedAt ? <LiftForm requestId={d.request.id} restrictionId={x.id} /> : null}
          </li>
        ))}
        {d.rectifications.map((x) => (
          <li key={`${x.field}-${x.at}`} className="utrecht-unordered-list__item">
            {t('dataProtection.subject.rectificationLine', {
              field: t(`dataProtection.subject.fields.${x.field as PersonField}`),
              reason: x.reason,
              by: x.byName,
              at: formatDateTime(x.at),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LiftForm({
  requestId,
  restrictionId,
}: {
  readonly requestId: string;
  readonly restrictionId: string;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh(requestId);
  const lift = useVersionedSave({
    initial: { reason: '' },
    send: (draft) =>
      apiSend(
        'POST',
        `/api/privacy/verzoeken/${encodeURIComponent(requestId)}/beperkingen/${encodeURIComponent(restrictionId)}/opheffen`,
        draft,
      ),
    onSaved: refresh,
  });
  const id = `lift-${restrictionId}`;
  return (
    // The field's own message only: the list of restrictions above stays where it is.
    <form onSubmit={lift.submit} noValidate aria-label={t('dataProtection.subject.lift')}>
      <TextField id={id} label={t('dataProtection.subject.liftReason')} {...lift.bind('reason')} />
      <Button type="submit" busy={lift.pending}>
        {t('dataProtection.subject.lift')}
      </Button>
    </form>
  );
}

function EraseForm({ d }: { readonly d: SubjectRequestDetail }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh(d.request.id);
  const erase = useMutation({
    mutationFn: () =>
      apiSend<{ erased: boolean; reason: { nl: string; en: string } | null }>(
        'POST',
        `/api/privacy/verzoeken/${encodeURIComponent(d.request.id)}/wissen`,
        { version: d.request.version },
      ),
    onSuccess: refresh,
  });
  const e = d.erasure;
  const reason = e && !e.allowed ? (currentLanguage(i18n.language) === 'en' ? e.en : e.nl) : null;
  return (
    <section aria-labelledby="erase" className="duiden-section">
      <Heading level={2} id="erase">
        {t('dataProtection.subject.eraseTitle')}
      </Heading>
      <ErrorSummary error={erase.error} fields={[]} />
      {reason ? (
        <Alert type="warning">
          <Paragraph>{t('dataProtection.subject.eraseRefused', { reason })}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t('dataProtection.subject.eraseAllowed')}</Paragraph>
      )}
      <Button
        danger={!reason}
        appearance="primary-action"
        busy={erase.isPending}
        onClick={() => erase.mutate()}
      >
        {reason ? t('dataProtection.subject.eraseRefuse') : t('dataProtection.subject.erase')}
      </Button>
    </section>
  );
}

function CloseForm({ d }: { readonly d: SubjectRequestDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh(d.request.id);
  const close = useVersionedSave({
    initial: { status: 'afgehandeld' as 'afgehandeld' | 'geweigerd', outcome: '' },
    version: d.request.version,
    send: (draft, version) =>
      apiSend('POST', `/api/privacy/verzoeken/${encodeURIComponent(d.request.id)}/besluit`, {
        version,
        status: draft.status,
        outcome: draft.outcome.trim() || null,
      }),
    onSaved: refresh,
  });
  return (
    <Section id="close" title={t('dataProtection.subject.closeTitle')}>
      <VersionedForm
        save={close}
        fields={[{ field: 'outcome', id: 'close-outcome', label: t('dataProtection.subject.outcome') }]}
        submitLabel={t('dataProtection.subject.close')}
        labelledBy="close"
        className={null}
      >
        <RadioGroupField
          id="close-status"
          legend={t('dataProtection.subject.status')}
          value={close.draft.status}
          onValueChange={(v) => close.set({ status: v as 'afgehandeld' | 'geweigerd' })}
          options={(['afgehandeld', 'geweigerd'] as const).map((v) => ({
            value: v,
            label: t(`dataProtection.subject.statuses.${v}`),
          }))}
        />
        <TextAreaField
          id="close-outcome"
          label={t('dataProtection.subject.outcome')}
          description={t('dataProtection.subject.outcomeDescription')}
          {...close.bind('outcome')}
        />
      </VersionedForm>
    </Section>
  );
}

function PersonDisclosures({ personId }: { readonly personId: string }) {
  const { t } = useTranslation();
  const register = useQuery({
    queryKey: ['privacy', 'verstrekkingen', 'persoon', personId],
    queryFn: () =>
      apiGet<RegisterEntry[]>(`/api/privacy/verstrekkingen/personen/${encodeURIComponent(personId)}`),
  });
  return (
    <section aria-labelledby="person-disclosures" className="duiden-section">
      <Heading level={2} id="person-disclosures">
        {t('dataProtection.disclosures.personTitle')}
      </Heading>
      {register.isPending ? <Loading /> : null}
      {register.error ? <LoadError error={register.error} /> : null}
      {register.data ? <DisclosureTable entries={register.data} labelledBy="person-disclosures" /> : null}
    </section>
  );
}
