import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, NetworkPerson } from '../../../contract/casus-network';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useProblemMessage } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseOfPage } from './case-context';
import { casePath, reloadCase } from './casus-api';
import { useNetwork } from './network-api';
import { NetworkPersonForm, NetworkRelationForm } from './network-forms';
import { NetworkGraph } from './network-graph';

/**
 * /casussen/:id/netwerk: the netwerkanalyse as an interactive graph and as a table with the same content,
 * with forms to add and change persons and the relations between them (the regie only).
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  usePageTitle(t('casus.network.pageTitle', { reference: c.reference }));
  const network = useNetwork(c.id);
  const [editing, setEditing] = useState<string | null>(null);
  const n = network.data;
  const editable = n?.mayEdit ?? false;
  const person = n?.persons.find((p) => p.id === editing) ?? null;
  const edit = (id: string) => {
    setEditing(id);
    // The form is below the table: bring it into view and focus its first field for keyboard users.
    requestAnimationFrame(() => document.getElementById('np-edit-name')?.focus());
  };
  return (
    <section aria-labelledby="case-network" className="duiden-section">
      <Heading level={2} id="case-network">
        {t('casus.network.title')}
      </Heading>
      <Paragraph>{t('casus.network.intro')}</Paragraph>
      {network.isPending ? <Loading /> : null}
      {network.error ? <LoadError error={network.error} /> : null}
      {n ? (
        <>
          {!editable ? <Paragraph small>{t('casus.network.readOnly')}</Paragraph> : null}
          <NetworkGraph network={n} onSelect={editable ? edit : undefined} />
          <PersonsTable network={n} caseId={c.id} editable={editable} onEdit={edit} />
          <RelationsTable network={n} caseId={c.id} editable={editable} />
          {editable && person ? (
            <NetworkPersonForm
              // Keyed by person only: after a conflict the newer version is loaded and what was typed stays.
              key={person.id}
              caseId={c.id}
              editing={person}
              onDone={() => setEditing(null)}
            />
          ) : null}
          {editable ? (
            <>
              <NetworkPersonForm caseId={c.id} editing={null} onDone={() => undefined} />
              <NetworkRelationForm caseId={c.id} network={n} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function useRemove(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => apiSend('DELETE', `${casePath(caseId)}/netwerk/${path}`),
    onSettled: () => reloadCase(queryClient, caseId),
  });
}

function PersonsTable({
  network,
  caseId,
  editable,
  onEdit,
}: {
  readonly network: Network;
  readonly caseId: string;
  readonly editable: boolean;
  readonly onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemove(caseId);
  const message = useProblemMessage();
  if (network.persons.length === 0) return <Paragraph>{t('casus.network.none')}</Paragraph>;
  const relation = (p: NetworkPerson) =>
    `${t(`casus.network.relations.${p.relation}`)}${p.relationNote ? ` (${p.relationNote})` : ''}`;
  return (
    <>
      {remove.error ? (
        <Alert type="error" live>
          <Paragraph>{message(remove.error)}</Paragraph>
        </Alert>
      ) : null}
      <Table
        caption={t('casus.network.tableCaption')}
        head={
          <Tr>
            <Th>{t('casus.network.name')}</Th>
            <Th>{t('casus.network.relation')}</Th>
            <Th>{t('casus.network.vulnerability')}</Th>
            <Th>{t('casus.network.care')}</Th>
            <Th>{t('casus.network.ownRecord')}</Th>
            {editable ? <Th>{t('casus.network.actions')}</Th> : null}
          </Tr>
        }
      >
        {network.persons.map((p) => (
          <Tr key={p.id}>
            <Th scope="row">{p.name}</Th>
            <Td>{relation(p)}</Td>
            <Td className="duiden-prewrap">{p.vulnerability || t('common.none')}</Td>
            <Td>
              {p.preventiveCare
                ? t('casus.network.careYes', { note: p.preventiveCareNote })
                : t('casus.network.careNo')}
            </Td>
            <Td>
              {p.linkedPerson ? (
                <AppLink to={`/personen/${p.linkedPerson.id}`}>
                  {t('casus.network.linkedPerson', { name: p.linkedPerson.name })}
                </AppLink>
              ) : null}
              {p.linkedPerson && p.linkedCase ? ' ' : null}
              {p.linkedCase ? (
                <AppLink to={`/casussen/${p.linkedCase.id}`}>
                  {t('casus.network.linkedCase', { reference: p.linkedCase.reference })}
                </AppLink>
              ) : null}
              {!p.linkedPerson && !p.linkedCase ? t('common.none') : null}
            </Td>
            {editable ? (
              <Td nowrap>
                <Button
                  appearance="subtle"
                  onClick={() => onEdit(p.id)}
                  aria-label={t('casus.network.editPerson', { name: p.name })}
                >
                  {t('casus.network.edit')}
                </Button>
                <Button
                  appearance="subtle"
                  danger
                  busy={remove.isPending}
                  onClick={() => remove.mutate(`personen/${p.id}?version=${p.version}`)}
                  aria-label={t('casus.network.removePerson', { name: p.name })}
                >
                  {t('casus.network.remove')}
                </Button>
              </Td>
            ) : null}
          </Tr>
        ))}
      </Table>
    </>
  );
}

function RelationsTable({
  network,
  caseId,
  editable,
}: {
  readonly network: Network;
  readonly caseId: string;
  readonly editable: boolean;
}) {
  const { t } = useTranslation();
  const remove = useRemove(caseId);
  if (network.persons.length === 0) return null;
  if (network.relations.length === 0) return <Paragraph>{t('casus.network.noRelations')}</Paragraph>;
  const name = (id: string) => network.persons.find((p) => p.id === id)?.name ?? '';
  return (
    <Table
      caption={t('casus.network.relationsCaption')}
      head={
        <Tr>
          <Th>{t('casus.network.from')}</Th>
          <Th>{t('casus.network.kind')}</Th>
          <Th>{t('casus.network.to')}</Th>
          {editable ? <Th>{t('casus.network.actions')}</Th> : null}
        </Tr>
      }
    >
      {network.relations.map((r) => (
        <Tr key={r.id}>
          <Td>{name(r.fromPersonId)}</Td>
          <Td>
            {t(`casus.network.links.${r.kind}`)}
            {r.note ? ` (${r.note})` : ''}
          </Td>
          <Td>{name(r.toPersonId)}</Td>
          {editable ? (
            <Td>
              <Button
                appearance="subtle"
                danger
                busy={remove.isPending}
                onClick={() => remove.mutate(`relaties/${r.id}?version=${r.version}`)}
              >
                {t('casus.network.removeRelation')}
              </Button>
            </Td>
          ) : null}
        </Tr>
      ))}
    </Table>
  );
}
