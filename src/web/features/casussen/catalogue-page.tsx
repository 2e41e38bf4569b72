import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../contract/casussen';
import { MEASURE_TRACKS } from '../../../domain/casus/types';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { RadioGroupField, TextField } from '../../ui/form-field';
import { useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { Heading } from '../../ui/heading';
import { BackLink, Page } from '../../ui/list-page';
import { useProblemMessage } from '../../ui/problem';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { Table, Td, Th, Tr } from '../../ui/table';
import { catalogueKey, useCatalogue } from './casus-api';
import { useLabel } from './casus-ui';

/**
 * /beheer/maatregelen: the measure catalogue of the municipality as the functioneel beheerder keeps it:
 * the shared list plus the municipality's own entries, each switched on or off. Switching a shared entry
 * off stores an own copy that replaces it (the shared list itself is the same for every municipality).
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  return (
    <Page title={t('casus.catalogue.title')} intro={t('casus.catalogue.intro')}>
      <BackLink to="/beheer/gebruikers">{t('casus.catalogue.back')}</BackLink>
      <QueryState query={catalogue}>
        {(entries) =>
          MEASURE_TRACKS.map((track) => (
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
                {entries
                  .filter((e) => e.track === track)
                  .map((e) => (
                    <EntryRow key={e.id} entry={e} />
                  ))}
              </Table>
            </div>
          ))
        }
      </QueryState>
      <AddEntry />
    </Page>
  );
}

function EntryRow({ entry: e }: { readonly entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const label = useLabel();
  const queryClient = useQueryClient();
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
      <SwitchCells active={e.active} name={name} toggle={toggle} />
    </Tr>
  );
}

/**
 * The status of a catalogue or checklist entry ("Aan", "Uit") and the button that switches it, with the
 * reason when switching failed.
 */
export function SwitchCells({
  active,
  name,
  toggle,
}: {
  readonly active: boolean;
  readonly name: string;
  readonly toggle: { readonly isPending: boolean; readonly error: unknown; mutate(): void };
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  return (
    <>
      <Td>
        <StatusBadge status={active ? 'success' : 'inactive'}>
          {active ? t('casus.catalogue.on') : t('casus.catalogue.off')}
        </StatusBadge>
      </Td>
      <Td>
        <Button
          appearance="subtle"
          busy={toggle.isPending}
          onClick={() => !toggle.isPending && toggle.mutate()}
        >
          {active ? t('casus.catalogue.switchOff', { name }) : t('casus.catalogue.switchOn', { name })}
        </Button>
        {toggle.error ? (
          <span role="alert" className="utrecht-form-field-error-message">
            {message(toggle.error)}
          </span>
        ) : null}
      </Td>
    </>
  );
}

const EMPTY = { code: '', track: '', labelNl: '', labelEn: '', legalBasis: '' };

function AddEntry() {
  const { t } = useTranslation();
  const { draft, set, add, added, submit } = useAddForm({
    empty: EMPTY,
    send: (draft: typeof EMPTY) =>
      apiSend('POST', '/api/casussen/maatregelcatalogus', {
        code: draft.code,
        track: draft.track || undefined,
        labelNl: draft.labelNl,
        labelEn: draft.labelEn,
        legalBasis: draft.legalBasis || null,
      }),
    confirm: (_, draft) => draft.labelNl,
    queryKey: catalogueKey,
  });
  const { summary, bind, bindGroup } = useFormFields(
    add.error,
    {
      track: { id: 'catalogue-track', firstOption: MEASURE_TRACKS[0], label: t('casus.measures.track') },
      labelNl: { id: 'catalogue-label-nl', label: t('casus.catalogue.labelNl') },
      labelEn: { id: 'catalogue-label-en', label: t('casus.catalogue.labelEn') },
      code: { id: 'catalogue-code', label: t('casus.catalogue.code') },
      legalBasis: { id: 'catalogue-legal-basis', label: t('casus.measures.legalBasis') },
    },
    { draft, set },
  );
  return (
    <Section id="catalogue-add" title={t('casus.catalogue.addTitle')}>
      <FormFrame
        labelledBy="catalogue-add"
        done={added !== null ? t('casus.catalogue.added', { name: added }) : null}
        error={add.error}
        fields={summary}
        submitLabel={t('casus.catalogue.addSubmit')}
        busy={add.isPending}
        submitAppearance="primary-action"
        onSubmit={submit}
      >
        <RadioGroupField
          {...bindGroup('track')}
          options={MEASURE_TRACKS.map((tr) => ({ value: tr, label: t(`casus.tracks.${tr}`) }))}
        />
        <TextField {...bind('labelNl')} maxLength={200} required />
        <TextField {...bind('labelEn')} maxLength={200} required />
        <TextField
          {...bind('code')}
          description={t('casus.catalogue.codeDescription')}
          maxLength={60}
          required
        />
        <TextField
          {...bind('legalBasis')}
          description={t('casus.catalogue.legalBasisDescription')}
          maxLength={300}
          optional
        />
      </FormFrame>
    </Section>
  );
}
