import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RoundPage } from '../../../contract/zelfscan';
import { ZELFSCAN_LIMITS } from '../../../domain/zelfscan/rounds';
import { TEMPLATE_IDS, TEMPLATES } from '../../../domain/zelfscan/templates';
import { apiSend } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { useSignedInUser } from '../../session';
import { RadioGroupField, radioId, TextAreaField, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { AppLink, ButtonLink } from '../../ui/link';
import { BackLink, Page } from '../../ui/list-page';
import { PagedList, useCursorPages } from '../../ui/paged-results';
import { Table, Td, Th, Tr } from '../../ui/table';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { inLanguage, mayManageZelfscan, ZELFSCAN_KEY } from './zelfscan-api';

/** /zelfscan: the municipality's rounds of the self-assessment, the latest first. */
export function ZelfscanHome() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const user = useSignedInUser();
  const list = useCursorPages({
    key: [...ZELFSCAN_KEY, 'rondes'],
    path: '/api/zelfscan/rondes',
    items: (p: RoundPage) => p.rounds,
  });
  const manage = mayManageZelfscan(user.role);
  return (
    <Page
      title={t('zelfscan.title')}
      intro={t('zelfscan.intro')}
      actions={
        manage || user.organisationKind === 'regio' ? (
          <>
            {manage ? (
              <ButtonLink to="/zelfscan/nieuw" appearance="primary-action">
                {t('zelfscan.rounds.new')}
              </ButtonLink>
            ) : null}
            {manage ? (
              <ButtonLink to="/zelfscan/eigen-vragen" appearance="secondary-action">
                {t('zelfscan.own.title')}
              </ButtonLink>
            ) : null}
            {user.organisationKind === 'regio' ? (
              <ButtonLink to="/zelfscan/regio" appearance="secondary-action">
                {t('zelfscan.region.title')}
              </ButtonLink>
            ) : null}
          </>
        ) : null
      }
    >
      <PagedList
        list={list}
        texts={{
          none: t('zelfscan.rounds.none'),
          shown: (count) => t('zelfscan.rounds.shown', { count }),
          loadMore: t('zelfscan.rounds.loadMore'),
          loadingMore: t('zelfscan.rounds.loadingMore'),
        }}
      >
        {(rounds) => (
          <Table
            caption={t('zelfscan.rounds.caption')}
            captionHidden
            head={
              <Tr>
                <Th>{t('zelfscan.rounds.roundTitle')}</Th>
                <Th>{t('zelfscan.rounds.template')}</Th>
                <Th>{t('zelfscan.rounds.startsOn')}</Th>
                <Th>{t('zelfscan.rounds.status')}</Th>
              </Tr>
            }
          >
            {rounds.map((r) => (
              <Tr key={r.id}>
                <Td>
                  <AppLink to={`/zelfscan/rondes/${r.id}`}>{r.title}</AppLink>
                </Td>
                <Td>{inLanguage(TEMPLATES[r.template], language)}</Td>
                <Td>{formatDay(r.startsOn)}</Td>
                <Td>{t(`zelfscan.statuses.${r.status}`)}</Td>
              </Tr>
            ))}
          </Table>
        )}
      </PagedList>
    </Page>
  );
}

interface RoundDraft {
  template: string;
  title: string;
  startsOn: string;
  participants: string;
}

const EMPTY: RoundDraft = { template: 'var', title: '', startsOn: '', participants: '' };

/** "Naam – functie" per line, as the server takes them. */
export function participantsOf(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s*[–-]\s+|,\s*/);
      return { name: name.trim(), function: rest.join(' ').trim() };
    });
}

/** The participants' field answers for every participant the server may name (participants.3.name, ...). */
export function participantFields(id: string, label: string) {
  return Array.from({ length: ZELFSCAN_LIMITS.participants }, (_, i) => [
    { field: `participants.${i}.name`, id, label },
    { field: `participants.${i}.function`, id, label },
  ]).flat();
}

export function participantError(fieldError: (f: string) => string | undefined): string | undefined {
  const first = fieldError('participants');
  if (first) return first;
  for (let i = 0; i < ZELFSCAN_LIMITS.participants; i++) {
    const e = fieldError(`participants.${i}.name`) ?? fieldError(`participants.${i}.function`);
    if (e) return e;
  }
  return undefined;
}

/** /zelfscan/nieuw: starts a round of a questionnaire, with who takes part. */
export function NewRoundPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const queryClient = useQueryClient();
  const save = useVersionedSave({
    initial: EMPTY,
    send: (d: RoundDraft) =>
      apiSend<{ id: string; version: number }>('POST', '/api/zelfscan/rondes', {
        template: d.template,
        title: d.title,
        startsOn: d.startsOn || undefined,
        participants: participantsOf(d.participants),
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: ZELFSCAN_KEY }),
  });
  const fields = [
    {
      field: 'template',
      id: radioId('round-template', TEMPLATE_IDS[0]),
      label: t('zelfscan.rounds.template'),
    },
    { field: 'title', id: 'round-title', label: t('zelfscan.rounds.roundTitle') },
    { field: 'startsOn', id: 'round-start', label: t('zelfscan.rounds.startsOn') },
    { field: 'participants', id: 'round-participants', label: t('zelfscan.rounds.participants') },
    ...participantFields('round-participants', t('zelfscan.rounds.participants')),
  ];
  return (
    <Page
      title={t('zelfscan.rounds.new')}
      intro={t('zelfscan.rounds.newIntro')}
      before={<BackLink to="/zelfscan">{t('zelfscan.back')}</BackLink>}
    >
      <VersionedForm
        save={save}
        fields={fields}
        label={t('zelfscan.rounds.new')}
        savedMessage={({ result, sent }) => (
          <AppLink to={`/zelfscan/rondes/${result.id}`}>
            {t('zelfscan.rounds.created', { title: sent.title })}
          </AppLink>
        )}
        submitLabel={t('zelfscan.rounds.create')}
      >
        <RadioGroupField
          id="round-template"
          legend={t('zelfscan.rounds.template')}
          {...save.bind('template')}
          options={TEMPLATE_IDS.map((id) => ({
            value: id,
            label: inLanguage(TEMPLATES[id], language),
            description: inLanguage(TEMPLATES[id].source, language),
          }))}
        />
        <TextField
          id="round-title"
          label={t('zelfscan.rounds.roundTitle')}
          {...save.bind('title')}
          maxLength={ZELFSCAN_LIMITS.title}
          required
        />
        <TextField
          id="round-start"
          type="date"
          label={t('zelfscan.rounds.startsOn')}
          {...save.bind('startsOn')}
          required
        />
        <TextAreaField
          id="round-participants"
          label={t('zelfscan.rounds.participants')}
          description={t('zelfscan.rounds.participantsHelp')}
          rows={4}
          value={save.draft.participants}
          onValueChange={(participants) => save.set({ participants })}
          error={participantError(save.fieldError)}
          optional
        />
      </VersionedForm>
    </Page>
  );
}
