import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ref } from '../../../contract/primitives';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDay, today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors, useProblemMessage } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from './case-context';
import { casePath, reloadCase } from './casus-api';

/** Familieondersteuning (src/server/routes/casussen-family.ts). */

const KINDS = ['praktisch', 'emotioneel', 'zorgvraag'] as const;
type Kind = (typeof KINDS)[number];

interface FamilyContact {
  readonly id: string;
  readonly contactOn: string;
  readonly kind: Kind;
  readonly withWhom: string;
  readonly networkPersonId: string | null;
  readonly by: { readonly organisation: Ref; readonly user: Ref | null };
  readonly summary: string;
  readonly followUp: string;
  readonly followUpDueOn: string | null;
  readonly followUpDone: boolean;
  readonly overdue: boolean;
  readonly mayEdit: boolean;
  readonly version: number;
}

interface Family {
  readonly contacts: readonly FamilyContact[];
  readonly mayAdd: boolean;
}

const familyKey = (id: string) => ['casus', id, 'familie'] as const;

/** /casussen/:id/familie: contacts with the family over time, by whom, with follow-ups. */
export function FamilyPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.family.pageTitle', { reference: c.reference }));
  const family = useQuery({
    queryKey: familyKey(c.id),
    queryFn: () => apiGet<Family>(`${casePath(c.id)}/familie`),
  });
  return (
    <section aria-labelledby="case-family" className="duiden-section">
      <Heading level={2} id="case-family">
        {t('casus.family.title')}
      </Heading>
      <Paragraph>{t('casus.family.intro')}</Paragraph>
      {family.isPending ? <Loading /> : null}
      {family.error ? <LoadError error={family.error} /> : null}
      {family.data ? (
        <>
          <ContactsTable caseId={c.id} contacts={family.data.contacts} />
          {family.data.mayAdd ? (
            <ContactForm caseId={c.id} />
          ) : (
            <Paragraph small>{t('casus.family.readOnly')}</Paragraph>
          )}
        </>
      ) : null}
    </section>
  );
}

function ContactsTable({
  caseId,
  contacts,
}: {
  readonly caseId: string;
  readonly contacts: readonly FamilyContact[];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const message = useProblemMessage();
  const done = useMutation({
    mutationFn: (f: FamilyContact) =>
      apiSend('PUT', `${casePath(caseId)}/familie/${f.id}`, {
        contactOn: f.contactOn,
        kind: f.kind,
        withWhom: f.withWhom,
        networkPersonId: f.networkPersonId,
        summary: f.summary,
        followUp: f.followUp,
        followUpDueOn: f.followUpDueOn,
        followUpDone: true,
        version: f.version,
      }),
    onSettled: () => reloadCase(queryClient, caseId),
  });
  if (contacts.length === 0) return <Paragraph>{t('casus.family.none')}</Paragraph>;
  return (
    <>
      {done.isSuccess ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.family.markedDone')}</Paragraph>
        </Alert>
      ) : null}
      {done.error ? (
        <Alert type="error" live>
          <Paragraph>{message(done.error)}</Paragraph>
        </Alert>
      ) : null}
      <Table
        caption={t('casus.family.caption')}
        head={
          <Tr>
            <Th>{t('casus.family.contactOn')}</Th>
            <Th>{t('casus.family.kind')}</Th>
            <Th>{t('casus.family.withWhom')}</Th>
            <Th>{t('casus.family.by')}</Th>
            <Th>{t('casus.family.summary')}</Th>
            <Th>{t('casus.family.followUp')}</Th>
          </Tr>
        }
      >
        {contacts.map((f) => (
          <Tr key={f.id}>
            <Td nowrap>{formatDay(f.contactOn)}</Td>
            <Td>{t(`casus.family.kinds.${f.kind}`)}</Td>
            <Td>{f.withWhom}</Td>
            <Td>
              {f.by.organisation.name}
              {f.by.user ? ` (${f.by.user.name})` : ''}
            </Td>
            <Td className="duiden-prewrap">{f.summary}</Td>
            <Td>
              {f.followUp ? (
                <>
                  {f.followUp}
                  {f.followUpDueOn
                    ? ` (${t('casus.family.dueOn', { date: formatDay(f.followUpDueOn) })})`
                    : ''}{' '}
                  {f.followUpDone ? (
                    <StatusBadge status="success">{t('casus.family.done')}</StatusBadge>
                  ) : null}
                  {f.overdue ? <StatusBadge status="warning">{t('casus.family.overdue')}</StatusBadge> : null}
                  {!f.followUpDone && f.mayEdit ? (
                    <Button appearance="subtle" busy={done.isPending} onClick={() => done.mutate(f)}>
                      {t('casus.family.markDoneOf', { date: formatDay(f.contactOn) })}
                    </Button>
                  ) : null}
                </>
              ) : (
                t('casus.family.noFollowUp')
              )}
            </Td>
          </Tr>
        ))}
      </Table>
    </>
  );
}

function ContactForm({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = {
    contactOn: today(),
    kind: '' as Kind | '',
    withWhom: '',
    summary: '',
    followUp: '',
    followUpDueOn: '',
  };
  const [draft, setDraft] = useState(empty);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      apiSend('POST', `${casePath(caseId)}/familie`, {
        ...draft,
        followUpDueOn: draft.followUpDueOn || null,
      }),
    onSuccess: () => {
      setSaved(true);
      setDraft(empty);
      void reloadCase(queryClient, caseId);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const set = (change: Partial<typeof draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const fields = [
    { field: 'contactOn', id: 'fc-date', label: t('casus.family.contactOn') },
    { field: 'kind', id: 'fc-kind', label: t('casus.family.kind') },
    { field: 'withWhom', id: 'fc-with', label: t('casus.family.withWhom') },
    { field: 'summary', id: 'fc-summary', label: t('casus.family.summary') },
    { field: 'followUp', id: 'fc-follow-up', label: t('casus.family.followUp') },
    { field: 'followUpDueOn', id: 'fc-due', label: t('casus.family.followUpDueOn') },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  return (
    <section className="duiden-case-block" aria-labelledby="fc-heading">
      <Heading level={3} id="fc-heading">
        {t('casus.family.addTitle')}
      </Heading>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.family.added')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={save.error} fields={fields} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="fc-heading">
        <TextField
          id="fc-date"
          type="date"
          label={t('casus.family.contactOn')}
          value={draft.contactOn}
          onValueChange={(contactOn) => set({ contactOn })}
          error={fieldError('contactOn')}
        />
        <SelectField
          id="fc-kind"
          label={t('casus.family.kind')}
          value={draft.kind}
          onValueChange={(v) => set({ kind: v as Kind })}
          placeholder={t('casus.network.choose')}
          options={KINDS.map((k) => ({ value: k, label: t(`casus.family.kinds.${k}`) }))}
          error={fieldError('kind')}
        />
        <TextField
          id="fc-with"
          label={t('casus.family.withWhom')}
          description={t('casus.family.withWhomDescription')}
          value={draft.withWhom}
          onValueChange={(withWhom) => set({ withWhom })}
          error={fieldError('withWhom')}
          maxLength={200}
        />
        <TextAreaField
          id="fc-summary"
          label={t('casus.family.summary')}
          rows={3}
          value={draft.summary}
          onValueChange={(summary) => set({ summary })}
          error={fieldError('summary')}
          maxLength={4000}
        />
        <TextField
          id="fc-follow-up"
          label={t('casus.family.followUp')}
          optional
          value={draft.followUp}
          onValueChange={(followUp) => set({ followUp })}
          error={fieldError('followUp')}
          maxLength={2000}
        />
        <TextField
          id="fc-due"
          type="date"
          label={t('casus.family.followUpDueOn')}
          optional
          value={draft.followUpDueOn}
          onValueChange={(followUpDueOn) => set({ followUpDueOn })}
          error={fieldError('followUpDueOn')}
        />
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('casus.family.add')}
        </Button>
      </form>
    </section>
  );
}
