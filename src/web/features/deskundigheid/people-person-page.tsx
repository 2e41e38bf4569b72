import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { TrainingPerson } from '../../../contract/deskundigheid-people';
import { useSignedInUser } from '../../session';
import { Alert, DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { formatDay } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { mayDo, peoplePage, trainingPage, usePerson } from './deskundigheid-api';
import { EditPersonForm } from './people-form';

/** /deskundigheid/personen/:id: a person's work data, the requirement of their target group, their sessions. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const person = usePerson(id);
  return (
    <QueryState query={person}>
      {(p) => (
        <Page title={p.name} before={<BackLink to={peoplePage}>{t('deskundigheid.people.back')}</BackLink>}>
          <PersonContent person={p} />
        </Page>
      )}
    </QueryState>
  );
}

function PersonContent({ person }: { readonly person: TrainingPerson }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const added = (location.state as { added?: boolean } | null)?.added === true;
  const may = mayDo('deskundigheid.peopleManage', user.role);
  const r = person.requirement;
  return (
    <>
      {added && !saved ? <DoneAlert>{t('deskundigheid.person.added')}</DoneAlert> : null}
      {saved ? <DoneAlert>{t('deskundigheid.person.saved')}</DoneAlert> : null}
      <Section id="persoon-eis" title={t('deskundigheid.requirement.title')}>
        <Alert type={r.status === 'voldaan' ? 'ok' : r.status === 'verloopt' ? 'warning' : 'info'}>
          {t(`deskundigheid.requirement.status.${r.status}`)}
        </Alert>
        <DataList
          items={[
            {
              key: 'level',
              label: t('deskundigheid.requirement.level'),
              value: t(`deskundigheid.levels.${r.requiredLevel}`),
            },
            {
              key: 'until',
              label: t('deskundigheid.requirement.validUntil'),
              value: r.validUntil
                ? formatDay(r.validUntil)
                : r.basis
                  ? t('deskundigheid.requirement.noExpiry')
                  : '—',
            },
            {
              key: 'basis',
              label: t('deskundigheid.requirement.basis'),
              value: r.basis ? `${r.basis.trainingTitle}, ${formatDay(r.basis.heldOn)}` : '—',
            },
          ]}
        />
      </Section>
      {editing ? (
        <EditPersonForm
          person={person}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Section id="persoon-gegevens" title={t('deskundigheid.person.details')}>
          <DataList
            items={[
              {
                key: 'organisation',
                label: t('deskundigheid.person.organisation'),
                value: person.organisation.name,
              },
              { key: 'group', label: t('deskundigheid.person.targetGroup'), value: person.targetGroup.name },
              {
                key: 'department',
                label: t('deskundigheid.person.department'),
                value: person.department || '—',
              },
              { key: 'email', label: t('deskundigheid.person.email'), value: person.email ?? '—' },
              {
                key: 'since',
                label: t('deskundigheid.person.activeSince'),
                value: formatDay(person.activeSince),
              },
              {
                key: 'left',
                label: t('deskundigheid.person.leftOn'),
                value: person.leftOn ? formatDay(person.leftOn) : '—',
              },
            ]}
          />
          {may ? (
            <Button
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('deskundigheid.person.edit')}
            </Button>
          ) : null}
        </Section>
      )}
      <Section id="persoon-sessies" title={t('deskundigheid.person.sessions')}>
        {person.sessions.length === 0 ? (
          <Paragraph>{t('deskundigheid.person.noSessions')}</Paragraph>
        ) : (
          <Table
            labelledBy="persoon-sessies"
            head={
              <Tr>
                <Th>{t('deskundigheid.session.heldOn')}</Th>
                <Th>{t('deskundigheid.session.training')}</Th>
                <Th>{t('deskundigheid.training.level')}</Th>
                <Th>{t('deskundigheid.session.status')}</Th>
                <Th>{t('deskundigheid.session.completed')}</Th>
              </Tr>
            }
          >
            {person.sessions.map((s) => (
              <Tr key={s.sessionId}>
                <Td>{formatDay(s.heldOn)}</Td>
                <Td>
                  <AppLink to={trainingPage(s.training.id)}>{s.training.name}</AppLink>
                </Td>
                <Td>{t(`deskundigheid.levels.${s.level}`)}</Td>
                <Td>{t(`deskundigheid.sessionStatus.${s.status}`)}</Td>
                <Td>{s.completed ? t('deskundigheid.yes') : t('deskundigheid.no')}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
