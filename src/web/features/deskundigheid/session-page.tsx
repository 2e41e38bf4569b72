import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { ProtectedCount, Session } from '../../../contract/deskundigheid-sessions';
import { REACTION_USEFUL } from '../../../domain/deskundigheid/curriculum';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { SelectField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { addDaysTo, formatDay, today } from '../../ui/format';
import { BackLink, Page } from '../../ui/list-page';
import { Paragraph } from '../../ui/paragraph';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { Table, Td, Th, Tr } from '../../ui/table';
import { EditSessionForm } from './session-form';
import {
  certificatePath,
  fileUpload,
  mayManageSessions,
  reactionPage,
  sessionKey,
  sessionPath,
  sessionsPage,
  useSession,
} from './sessions-api';

/** /deskundigheid/sessies/:id: one session, its organisations, participants, certificates and reactions. */
export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession(id);
  return (
    <QueryState query={session}>
      {(s) => (
        <Page
          title={`${s.training.name}, ${formatDay(s.heldOn)}`}
          before={<BackLink to={sessionsPage}>{t('deskundigheidSessies.back')}</BackLink>}
        >
          <SessionView session={s} />
        </Page>
      )}
    </QueryState>
  );
}

function SessionView({ session: s }: { readonly session: Session }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const location = useLocation();
  const added = (location.state as { added?: boolean } | null)?.added === true;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const manage = mayManageSessions(user.role);
  return (
    <>
      {added ? <DoneAlert>{t('deskundigheidSessies.detail.added')}</DoneAlert> : null}
      {saved ? <DoneAlert>{t('deskundigheidSessies.form.saved')}</DoneAlert> : null}
      {editing ? (
        <EditSessionForm
          session={s}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <Section id="sessie-gegevens" title={t('deskundigheidSessies.detail.data')}>
          <DataList
            items={[
              { key: 'training', label: t('deskundigheidSessies.form.training'), value: s.training.name },
              { key: 'heldOn', label: t('deskundigheidSessies.form.heldOn'), value: formatDay(s.heldOn) },
              {
                key: 'status',
                label: t('deskundigheidSessies.form.status'),
                value: t(`deskundigheidSessies.status.${s.status}`),
              },
              { key: 'location', label: t('deskundigheidSessies.form.location'), value: s.location || '—' },
              {
                key: 'organisations',
                label: t('deskundigheidSessies.detail.organisations'),
                value: s.organisations.map((o) => o.name).join(', '),
              },
              {
                key: 'participants',
                label: t('deskundigheidSessies.columns.participants'),
                value: s.participants,
              },
              { key: 'notes', label: t('deskundigheidSessies.form.notes'), value: s.notes || '—' },
            ]}
          />
          {manage ? (
            <Button
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('deskundigheidSessies.form.edit')}
            </Button>
          ) : null}
        </Section>
      )}
      <Section id="sessie-deelnemers" title={t('deskundigheidSessies.detail.people')}>
        {s.people.length === 0 ? (
          <Paragraph>{t('deskundigheidSessies.detail.noPeople')}</Paragraph>
        ) : (
          <Table
            labelledBy="sessie-deelnemers"
            head={
              <Tr>
                <Th>{t('deskundigheidSessies.columns.name')}</Th>
                <Th>{t('deskundigheidSessies.columns.organisation')}</Th>
                <Th>{t('deskundigheidSessies.columns.targetGroup')}</Th>
                <Th>{t('deskundigheidSessies.columns.completed')}</Th>
                <Th>{t('deskundigheidSessies.columns.certificate')}</Th>
              </Tr>
            }
          >
            {s.people.map((p) => (
              <Tr key={p.personId}>
                <Td>{p.name}</Td>
                <Td>{p.organisation.name}</Td>
                <Td>{p.targetGroup.name}</Td>
                <Td>
                  {p.completed ? t('deskundigheidSessies.detail.yes') : t('deskundigheidSessies.detail.no')}
                </Td>
                <Td>
                  {p.certificate ? (
                    <a className="utrecht-link" href={certificatePath(s.id, p.personId)} download>
                      {t('deskundigheidSessies.detail.download', { file: p.certificate.fileName })}
                    </a>
                  ) : (
                    t('deskundigheidSessies.detail.noCertificate')
                  )}
                </Td>
              </Tr>
            ))}
          </Table>
        )}
        {manage && s.people.length > 0 ? <CertificateForm session={s} /> : null}
      </Section>
      <Section id="sessie-aantallen" title={t('deskundigheidSessies.detail.counts')}>
        {s.counts.length === 0 ? (
          <Paragraph>{t('deskundigheidSessies.detail.noCounts')}</Paragraph>
        ) : (
          <Table
            labelledBy="sessie-aantallen"
            head={
              <Tr>
                <Th>{t('deskundigheidSessies.columns.organisation')}</Th>
                <Th>{t('deskundigheidSessies.columns.targetGroup')}</Th>
                <Th>{t('deskundigheidSessies.columns.count')}</Th>
              </Tr>
            }
          >
            {s.counts.map((c) => (
              <Tr key={`${c.organisation.id}-${c.targetGroup.id}`}>
                <Td>{c.organisation.name}</Td>
                <Td>{c.targetGroup.name}</Td>
                <Td>{c.participants}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </Section>
      {s.reaction ? <ReactionSection session={s} manage={manage} /> : null}
    </>
  );
}

function ReactionSection({ session: s, manage }: { readonly session: Session; readonly manage: boolean }) {
  const { t } = useTranslation();
  const r = s.reaction;
  if (!r) return null;
  const shown = (c: ProtectedCount) =>
    c.value === null ? t('deskundigheidSessies.reaction.suppressed') : c.value;
  const link = r.token ? `${window.location.origin}${reactionPage(r.token)}` : null;
  return (
    <Section id="sessie-reacties" title={t('deskundigheidSessies.reaction.title')}>
      <Paragraph>{t('deskundigheidSessies.reaction.intro', { k: r.k })}</Paragraph>
      {link ? (
        <DataList
          items={[
            {
              key: 'link',
              label: t('deskundigheidSessies.reaction.link'),
              value: r.open ? (
                <a className="utrecht-link" href={link} id="sessie-reactie-link">
                  {link}
                </a>
              ) : (
                t('deskundigheidSessies.reaction.closed')
              ),
            },
            {
              key: 'until',
              label: t('deskundigheidSessies.reaction.openUntil'),
              value: r.openUntil ? formatDay(r.openUntil) : '—',
            },
          ]}
        />
      ) : (
        <Paragraph>{t('deskundigheidSessies.reaction.none')}</Paragraph>
      )}
      {manage && s.status === 'gehouden' ? <OpenReactionForm session={s} /> : null}
      <Table
        caption={t('deskundigheidSessies.reaction.tableCaption')}
        head={
          <Tr>
            <Th>{t('deskundigheidSessies.columns.answer')}</Th>
            <Th>{t('deskundigheidSessies.columns.reactions')}</Th>
          </Tr>
        }
      >
        {REACTION_USEFUL.map((u) => (
          <Tr key={u}>
            <Td>{t(`deskundigheidSessies.reaction.useful.${u}`)}</Td>
            <Td>{shown(r.useful[u])}</Td>
          </Tr>
        ))}
        <Tr>
          <Td>{t('deskundigheidSessies.reaction.total')}</Td>
          <Td>{shown(r.total)}</Td>
        </Tr>
      </Table>
      <Paragraph>{t('deskundigheidSessies.reaction.legend')}</Paragraph>
      {r.missing.length > 0 ? (
        <>
          <Paragraph>{t('deskundigheidSessies.reaction.missing')}</Paragraph>
          <ul>
            {r.missing.map((m, i) => (
              // The texts come in no order and may repeat.
              // biome-ignore lint/suspicious/noArrayIndexKey: a list of free texts without ids
              <li key={i}>{m}</li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t('deskundigheidSessies.reaction.missingHidden', { k: r.k })}</Paragraph>
      )}
    </Section>
  );
}

function OpenReactionForm({ session: s }: { readonly session: Session }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A month after the session, or from today for a session longer ago.
  const [openUntil, setOpenUntil] = useState(
    () => s.reaction?.openUntil ?? [addDaysTo(s.heldOn, 30), today()].sort().at(-1) ?? today(),
  );
  const send = useFormSend({
    send: () => apiSend<{ token: string }>('PUT', `${sessionPath(s.id)}/reactieformulier`, { openUntil }),
    onSent: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKey(s.id) });
      return true;
    },
  });
  return (
    <FormFrame
      label={t('deskundigheidSessies.reaction.open')}
      fields={[
        { field: 'openUntil', id: 'reactie-open-tot', label: t('deskundigheidSessies.reaction.openUntil') },
      ]}
      {...send.frame}
      done={send.done ? t('deskundigheidSessies.reaction.opened') : null}
      submitLabel={t('deskundigheidSessies.reaction.open')}
    >
      <TextField
        id="reactie-open-tot"
        type="date"
        label={t('deskundigheidSessies.reaction.openUntil')}
        value={openUntil}
        onValueChange={setOpenUntil}
        error={send.fieldError('openUntil')}
      />
    </FormFrame>
  );
}

/** Attaches a participant's certificate; the server decides the type from the content. */
function CertificateForm({ session: s }: { readonly session: Session }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const send = useFormSend({
    send: async () => {
      const upload = file ? await fileUpload(file) : {};
      return apiSend<{ version: number }>('PUT', certificatePath(s.id, personId || 'onbekend'), upload);
    },
    onSent: async () => {
      setFile(null);
      setInputKey((n) => n + 1);
      await queryClient.invalidateQueries({ queryKey: sessionKey(s.id) });
      return true;
    },
  });
  const fileError =
    send.fieldError('file') ?? send.fieldError('fileName') ?? send.fieldError('contentBase64');
  return (
    <FormFrame
      title={t('deskundigheidSessies.detail.certificateTitle')}
      titleLevel={3}
      labelledBy="sessie-certificaat"
      fields={[
        {
          field: 'personId',
          id: 'certificaat-deelnemer',
          label: t('deskundigheidSessies.detail.certificatePerson'),
        },
        { field: 'file', id: 'certificaat-bestand', label: t('deskundigheidSessies.detail.certificateFile') },
        {
          field: 'fileName',
          id: 'certificaat-bestand',
          label: t('deskundigheidSessies.detail.certificateFile'),
        },
        {
          field: 'contentBase64',
          id: 'certificaat-bestand',
          label: t('deskundigheidSessies.detail.certificateFile'),
        },
      ]}
      {...send.frame}
      done={send.done ? t('deskundigheidSessies.detail.certificateAdded') : null}
      submitLabel={t('deskundigheidSessies.detail.certificateAdd')}
    >
      <SelectField
        id="certificaat-deelnemer"
        label={t('deskundigheidSessies.detail.certificatePerson')}
        value={personId}
        onValueChange={setPersonId}
        error={send.fieldError('personId')}
        placeholder="—"
        options={s.people.map((p) => ({ value: p.personId, label: `${p.name} (${p.organisation.name})` }))}
      />
      <div className={fileError ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="certificaat-bestand">
            {t('deskundigheidSessies.detail.certificateFile')}
          </label>
        </div>
        {fileError ? (
          <div
            className="utrecht-form-field__error-message utrecht-form-field-error-message"
            id="certificaat-bestand-error"
          >
            <span className="duiden-visually-hidden">{t('form.errorPrefix')} </span>
            {fileError}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            key={inputKey}
            id="certificaat-bestand"
            name="certificaat-bestand"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            className="duiden-file-input"
            onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'certificaat-bestand-error' : undefined}
          />
        </div>
      </div>
    </FormFrame>
  );
}
