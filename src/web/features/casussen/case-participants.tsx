import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../contract/casussen';
import type { Coverage, ParticipantAdded } from '../../../contract/netwerk-covenants';
import { apiGet, apiSend } from '../../api';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDate } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { useOrganisations } from '../beheer/users-api';
import { useCaseOfPage } from './case-context';
import { CaseConflict } from './case-decisions';
import { casePath, reloadCase, usePartnerStaff } from './casus-api';

/** Who takes part, in words, as the value of the overview's summary list: organisation, person, role, period. */
export function ParticipantsValue() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  if (c.participants.length === 0) return <>{t('casus.participants.none')}</>;
  return (
    <ul className="duiden-plain-list">
      {c.participants.map((p) => (
        <li key={p.id}>
          <strong>{p.organisation.name}</strong>
          {p.user ? ` (${p.user.name})` : ''}: {p.role}
          <br />
          <span className="duiden-muted">
            <Period participant={p} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Since when a partner takes part, or from when to when, with the reason it ended. */
function Period({ participant: p }: { readonly participant: Participant }) {
  const { t } = useTranslation();
  return (
    <>
      {p.leftAt
        ? t('casus.participants.ended', { from: formatDate(p.joinedAt), to: formatDate(p.leftAt) })
        : t('casus.participants.since', { from: formatDate(p.joinedAt) })}
      {p.leftReason ? (
        <>
          <br />
          {t('casus.participants.leftReason', { reason: p.leftReason })}
        </>
      ) : null}
    </>
  );
}

/**
 * The change page of who takes part in the case (?wijzigen=deelnemer): partner organisations, optionally one
 * named person of each, with their role. The regie adds them and ends a participation (the partner then no
 * longer sees the case); either goes back to the overview with what it did.
 */
export function CaseParticipantsChange({
  labelledBy,
  onDone,
}: {
  readonly labelledBy: string;
  readonly onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const [ending, setEnding] = useState<string | null>(null);
  return (
    <>
      {c.participants.length === 0 ? (
        <Paragraph>{t('casus.participants.none')}</Paragraph>
      ) : (
        <Table
          labelledBy={labelledBy}
          head={
            <Tr>
              <Th>{t('casus.participants.organisation')}</Th>
              <Th>{t('casus.participants.person')}</Th>
              <Th>{t('casus.participants.role')}</Th>
              <Th>{t('casus.participants.period')}</Th>
              <Th>{t('casus.participants.actions')}</Th>
            </Tr>
          }
        >
          {c.participants.map((p) => (
            <Tr key={p.id}>
              <Td>{p.organisation.name}</Td>
              <Td>{p.user?.name ?? t('common.none')}</Td>
              <Td>{p.role}</Td>
              <Td>
                <Period participant={p} />
              </Td>
              <Td>
                {p.active ? (
                  <Button
                    appearance="subtle"
                    aria-expanded={ending === p.id}
                    onClick={() => setEnding(ending === p.id ? null : p.id)}
                  >
                    {t('casus.participants.end', { organisation: p.organisation.name })}
                  </Button>
                ) : null}
              </Td>
            </Tr>
          ))}
        </Table>
      )}
      {ending ? (
        <EndParticipation
          key={ending}
          participant={c.participants.find((p) => p.id === ending) ?? null}
          onClose={() => setEnding(null)}
          onEnded={onDone}
        />
      ) : null}
      <AddParticipant onAdded={onDone} />
    </>
  );
}

function EndParticipation({
  participant,
  onClose,
  onEnded,
}: {
  readonly participant: Participant | null;
  readonly onClose: () => void;
  readonly onEnded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const end = useVersionedSave({
    initial: { reason: '' },
    send: ({ reason }) =>
      apiSend('POST', `${casePath(c.id)}/deelnemers/${participant?.id ?? ''}/beeindigen`, {
        reason: reason.trim() || null,
      }),
    onSaved: async () => {
      await reloadCase(queryClient, c.id);
      onEnded(t('casus.overview.ended', { organisation: participant?.organisation.name ?? '' }));
    },
    onConflict: () => void reloadCase(queryClient, c.id),
  });
  if (!participant) return null;
  return (
    <>
      <h3 className="utrecht-heading-3" id="participant-end" ref={heading} tabIndex={-1}>
        {t('casus.participants.endTitle', { organisation: participant.organisation.name })}
      </h3>
      <Paragraph small>{t('casus.participants.endIntro')}</Paragraph>
      <VersionedForm
        save={end}
        fields={[{ field: 'reason', id: 'participant-end-reason', label: t('casus.participants.endReason') }]}
        submitLabel={t('casus.participants.endSubmit')}
        danger
        moreActions={<Button onClick={onClose}>{t('casus.confirmCancel')}</Button>}
        labelledBy="participant-end"
      >
        <TextAreaField
          id="participant-end-reason"
          label={t('casus.participants.endReason')}
          rows={2}
          {...end.bind('reason')}
          maxLength={2000}
          optional
        />
      </VersionedForm>
    </>
  );
}

const NO_PARTICIPANT = { organisationId: '', userId: '', role: '' };

function AddParticipant({ onAdded }: { readonly onAdded: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const partners = (organisations.data ?? []).filter((o) => o.kind === 'partner');
  const add = useVersionedSave({
    initial: NO_PARTICIPANT,
    resetTo: NO_PARTICIPANT,
    send: (draft) =>
      apiSend<ParticipantAdded>('POST', `${casePath(c.id)}/deelnemers`, {
        organisationId: draft.organisationId,
        userId: draft.userId || null,
        role: draft.role,
      }),
    onSaved: async (result, sent) => {
      await reloadCase(queryClient, c.id);
      const added = t('casus.participants.added', {
        organisation: partners.find((o) => o.id === sent.organisationId)?.name ?? '',
      });
      // Without a valid covenant the municipality may warn (src/app/netwerk/covenants.ts): in the server's words.
      const w = result.covenantWarning;
      onAdded(w ? `${added} ${i18n.language === 'en' ? w.en : w.nl}` : added);
    },
    onConflict: () => void reloadCase(queryClient, c.id),
  });
  const { draft, set, fieldError, bind } = add;
  const staff = usePartnerStaff(draft.organisationId);
  // Whether a valid covenant covers the chosen partner for the casusoverleg: said before adding (netwerk).
  const coverage = useQuery({
    queryKey: ['netwerk', 'dekking', draft.organisationId, 'casusoverleg'],
    queryFn: () =>
      apiGet<Coverage>(
        `/api/netwerk/convenanten/dekking?organisatie=${encodeURIComponent(draft.organisationId)}&overleg=casusoverleg`,
      ),
    enabled: draft.organisationId !== '',
  });
  const uncovered = draft.organisationId !== '' ? coverage.data?.message : null;
  return (
    <>
      <Heading level={3} id="participant-add">
        {t('casus.participants.addTitle')}
      </Heading>
      <VersionedForm
        save={add}
        fields={[
          {
            field: 'organisationId',
            id: 'participant-organisation',
            label: t('casus.participants.organisation'),
          },
          { field: 'userId', id: 'participant-user', label: t('casus.participants.person') },
          { field: 'role', id: 'participant-role', label: t('casus.participants.role') },
        ]}
        conflict={<CaseConflict error={add.error} />}
        submitLabel={t('casus.participants.addSubmit')}
        submitAppearance="secondary-action"
        labelledBy="participant-add"
      >
        <SelectField
          id="participant-organisation"
          label={t('casus.participants.organisation')}
          value={draft.organisationId}
          onValueChange={(organisationId) => set({ organisationId, userId: '' })}
          error={fieldError('organisationId')}
          description={uncovered ? (i18n.language === 'en' ? uncovered.en : uncovered.nl) : undefined}
          placeholder={t('casus.choose')}
          options={partners.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id="participant-user"
          label={t('casus.participants.person')}
          description={t('casus.participants.personDescription')}
          {...bind('userId')}
          placeholder={t('casus.participants.wholeOrganisation')}
          options={(staff.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          optional
        />
        <TextField
          id="participant-role"
          label={t('casus.participants.role')}
          description={t('casus.participants.roleDescription')}
          {...bind('role')}
          maxLength={120}
          required
        />
      </VersionedForm>
    </>
  );
}
