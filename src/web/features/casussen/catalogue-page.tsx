import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../contract/casussen';
import { MEASURE_TRACKS } from '../../../domain/casus/types';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroupField, radioId, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors, useProblemMessage } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { catalogueKey, useCatalogue } from './casus-api';
import { useLabel } from './casus-ui';

/**
 * /beheer/maatregelen: the measure catalogue of the municipality as the functioneel beheerder keeps it:
 * the shared list plus the municipality's own entries, each switched on or off. Switching a shared entry
 * off stores an own copy that replaces it (the shared list itself is the same for every municipality).
 */
export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('casus.catalogue.title'));
  const catalogue = useCatalogue();
  return (
    <>
      <Heading level={1}>{t('casus.catalogue.title')}</Heading>
      <Paragraph>{t('casus.catalogue.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t('casus.catalogue.back')}</AppLink>
      </Paragraph>
      {catalogue.isPending ? <Loading /> : null}
      {catalogue.error ? <LoadError error={catalogue.error} /> : null}
      {catalogue.data
        ? MEASURE_TRACKS.map((track) => (
            <div className="duiden-section" key={track}>
              <Heading level={2} id={`catalogue-${track}`}>
                {t('casus.measures.trackTitle', { track: t(`casus.tracks.${track}`) })}
              </Heading>
              <Table
                caption={t('casus.measures.trackTitle', { track: t(`casus.tracks.${track}`) })}
                captionHidden
                head={
                  <Tr>
                    <Th>{t('casus.catalogue.columns.measure')}</Th>
                    <Th>{t('casus.catalogue.columns.legalBasis')}</Th>
                    <Th>{t('casus.catalogue.columns.origin')}</Th>
                    <Th>{t('casus.catalogue.columns.status')}</Th>
                    <Th>{t('casus.catalogue.columns.action')}</Th>
                  </Tr>
                }
              >
                {(catalogue.data ?? [])
                  .filter((e) => e.track === track)
                  .map((e) => (
                    <EntryRow key={e.id} entry={e} />
                  ))}
              </Table>
            </div>
          ))
        : null}
      <AddEntry />
    </>
  );
}

function EntryRow({ entry: e }: { readonly entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
  const message = useProblemMessage();
  const name = label(e.label);
  const toggle = useMutation({
    mutationFn: () =>
      e.own
        ? apiSend('PATCH', `/api/casussen/maatregelcatalogus/${encodeURIComponent(e.id)}`, {
            active: !e.active,
          })
        : apiSend('POST', '/api/casussen/maatregelcatalogus', {
            code: e.code,
            track: e.track,
            labelNl: e.label.nl,
            labelEn: e.label.en,
            legalBasis: e.legalBasis,
            active: false,
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
  return (
    <Tr>
      <Td>
        {name}
        <br />
        <span className="duiden-muted">{e.code}</span>
      </Td>
      <Td>{e.legalBasis ?? t('common.none')}</Td>
      <Td>{e.own ? t('casus.catalogue.own') : t('casus.catalogue.shared')}</Td>
      <Td>
        <StatusBadge status={e.active ? 'success' : 'inactive'}>
          {e.active ? t('casus.catalogue.on') : t('casus.catalogue.off')}
        </StatusBadge>
      </Td>
      <Td>
        <Button
          appearance="subtle"
          busy={toggle.isPending}
          onClick={() => !toggle.isPending && toggle.mutate()}
        >
          {e.active ? t('casus.catalogue.switchOff', { name }) : t('casus.catalogue.switchOn', { name })}
        </Button>
        {toggle.error ? (
          <span role="alert" className="utrecht-form-field-error-message">
            {message(toggle.error)}
          </span>
        ) : null}
      </Td>
    </Tr>
  );
}

const EMPTY = { code: '', track: '', labelNl: '', labelEn: '', legalBasis: '' };

function AddEntry() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const set = (change: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...change }));
  const add = useMutation({
    mutationFn: () =>
      apiSend('POST', '/api/casussen/maatregelcatalogus', {
        code: draft.code,
        track: draft.track || undefined,
        labelNl: draft.labelNl,
        labelEn: draft.labelEn,
        legalBasis: draft.legalBasis || null,
      }),
    onSuccess: async () => {
      setAdded(draft.labelNl);
      setDraft(EMPTY);
      await queryClient.invalidateQueries({ queryKey: catalogueKey });
    },
  });
  const fieldError = useFieldErrors(add.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (add.isPending) return;
    setAdded(null);
    add.mutate();
  };
  return (
    <section aria-labelledby="catalogue-add" className="duiden-section">
      <Heading level={2} id="catalogue-add">
        {t('casus.catalogue.addTitle')}
      </Heading>
      {added !== null ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.catalogue.added', { name: added })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={add.error}
        fields={[
          {
            field: 'track',
            id: radioId('catalogue-track', MEASURE_TRACKS[0]),
            label: t('casus.measures.track'),
          },
          { field: 'labelNl', id: 'catalogue-label-nl', label: t('casus.catalogue.labelNl') },
          { field: 'labelEn', id: 'catalogue-label-en', label: t('casus.catalogue.labelEn') },
          { field: 'code', id: 'catalogue-code', label: t('casus.catalogue.code') },
          { field: 'legalBasis', id: 'catalogue-legal-basis', label: t('casus.measures.legalBasis') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="catalogue-add">
        <RadioGroupField
          id="catalogue-track"
          legend={t('casus.measures.track')}
          value={draft.track}
          onValueChange={(track) => set({ track })}
          error={fieldError('track')}
          options={MEASURE_TRACKS.map((tr) => ({ value: tr, label: t(`casus.tracks.${tr}`) }))}
        />
        <TextField
          id="catalogue-label-nl"
          label={t('casus.catalogue.labelNl')}
          value={draft.labelNl}
          onValueChange={(labelNl) => set({ labelNl })}
          error={fieldError('labelNl')}
          maxLength={200}
          required
        />
        <TextField
          id="catalogue-label-en"
          label={t('casus.catalogue.labelEn')}
          value={draft.labelEn}
          onValueChange={(labelEn) => set({ labelEn })}
          error={fieldError('labelEn')}
          maxLength={200}
          required
        />
        <TextField
          id="catalogue-code"
          label={t('casus.catalogue.code')}
          description={t('casus.catalogue.codeDescription')}
          value={draft.code}
          onValueChange={(code) => set({ code })}
          error={fieldError('code')}
          maxLength={60}
          required
        />
        <TextField
          id="catalogue-legal-basis"
          label={t('casus.measures.legalBasis')}
          description={t('casus.catalogue.legalBasisDescription')}
          value={draft.legalBasis}
          onValueChange={(legalBasis) => set({ legalBasis })}
          error={fieldError('legalBasis')}
          maxLength={300}
          optional
        />
        <Button type="submit" appearance="primary-action" busy={add.isPending}>
          {t('casus.catalogue.addSubmit')}
        </Button>
      </form>
    </section>
  );
}
