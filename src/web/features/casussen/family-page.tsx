import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Ref } from '../../../contract/primitives';
import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDay, today } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useProblemMessage } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
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
  const save = useVersionedSave({
    initial: empty,
    resetTo: empty,
    send: (draft) =>
      apiSend('POST', `${casePath(caseId)}/familie`, {
        ...draft,
        followUpDueOn: draft.followUpDueOn || null,
      }),
    onSaved: () => void reloadCase(queryClient, caseId),
  });
  const { bind } = save;
  const fields = [
    { field: 'contactOn', id: 'fc-date', label: t('casus.family.contactOn') },
    { field: 'kind', id: 'fc-kind', label: t('casus.family.kind') },
    { field: 'withWhom', id: 'fc-with', label: t('casus.family.withWhom') },
    { field: 'summary', id: 'fc-summary', label: t('casus.family.summary') },
    { field: 'followUp', id: 'fc-follow-up', label: t('casus.family.followUp') },
    { field: 'followUpDueOn', id: 'fc-due', label: t('casus.family.followUpDueOn') },
  ];
  return (
    <Section id="fc-heading" title={t('casus.family.addTitle')} level={3} className="duiden-case-block">
      <VersionedForm
        save={save}
        fields={fields}
        savedMessage={t('casus.family.added')}
        submitLabel={t('casus.family.add')}
        labelledBy="fc-heading"
      >
        <TextField id="fc-date" type="date" label={t('casus.family.contactOn')} {...bind('contactOn')} />
        <SelectField
          id="fc-kind"
          label={t('casus.family.kind')}
          {...bind('kind')}
          placeholder={t('casus.network.choose')}
          options={KINDS.map((k) => ({ value: k, label: t(`casus.family.kinds.${k}`) }))}
        />
        <TextField
          id="fc-with"
          label={t('casus.family.withWhom')}
          description={t('casus.family.withWhomDescription')}
          {...bind('withWhom')}
          maxLength={200}
        />
        <TextAreaField
          id="fc-summary"
          label={t('casus.family.summary')}
          rows={3}
          {...bind('summary')}
          maxLength={4000}
        />
        <TextField
          id="fc-follow-up"
          label={t('casus.family.followUp')}
          optional
          {...bind('followUp')}
          maxLength={2000}
        />
        <TextField
          id="fc-due"
          type="date"
          label={t('casus.family.followUpDueOn')}
          optional
          {...bind('followUpDueOn')}
        />
      </VersionedForm>
    </Section>
  );
}
