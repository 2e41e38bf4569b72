import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../contract/users';
import { COVENANT_MEETING_KINDS, DATA_CATEGORIES, NETWORK_TASKS } from '../../../../domain/netwerk/covenant';
import { apiGet } from '../../../api';
import { Button } from '../../../ui/button';
import type { SummaryField } from '../../../ui/error-summary';
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from '../../../ui/form-field';
import type { VersionedSave } from '../../../ui/use-versioned-save';
import type { CovenantDraft } from './covenant-api';

interface LegalBasisOption {
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
}

/** The choices of the form: the municipality's organisations and the maintained list of legal bases. */
export function useCovenantChoices() {
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: () => apiGet<Organisation[]>('/api/organisations'),
  });
  const bases = useQuery({
    queryKey: ['privacy', 'grondslagen'],
    queryFn: () => apiGet<LegalBasisOption[]>('/api/privacy/grondslagen'),
  });
  return { organisations, bases };
}

/** The fields in the order of the form, for the error summary (a group links to its first box). */
export function covenantSummaryFields(
  t: TFunction,
  d: CovenantDraft,
  firstOrg: string | undefined,
  firstBasis: string | undefined,
): SummaryField[] {
  return [
    { field: 'title', id: 'covenant-title', label: t('covenant.fields.title') },
    { field: 'purpose', id: 'covenant-purpose', label: t('covenant.fields.purpose') },
    { field: 'article', id: 'covenant-article', label: t('covenant.fields.article') },
    { field: 'partyIds', id: `covenant-party-${firstOrg ?? ''}`, label: t('covenant.fields.parties') },
    {
      field: 'legalBasisIds',
      id: `covenant-basis-${firstBasis ?? ''}`,
      label: t('covenant.fields.legalBases'),
    },
    {
      field: 'dataCategories',
      id: `covenant-category-${DATA_CATEGORIES[0]}`,
      label: t('covenant.fields.dataCategories'),
    },
    { field: 'startsOn', id: 'covenant-startsOn', label: t('covenant.fields.startsOn') },
    { field: 'endsOn', id: 'covenant-endsOn', label: t('covenant.fields.endsOn') },
    { field: 'evaluationOn', id: 'covenant-evaluationOn', label: t('covenant.fields.evaluationOn') },
    ...d.signatories.flatMap((_, i) => [
      {
        field: `signatories.${i}.name`,
        id: `covenant-signatory-${i}-name`,
        label: t('covenant.fields.signatoryName'),
      },
      {
        field: `signatories.${i}.function`,
        id: `covenant-signatory-${i}-function`,
        label: t('covenant.fields.signatoryFunction'),
      },
      {
        field: `signatories.${i}.organisationId`,
        id: `covenant-signatory-${i}-organisation`,
        label: t('covenant.fields.signatoryOrganisation'),
      },
    ]),
  ];
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((x) => x !== value);
}

/** A group of checkboxes with the server's message for the group under the first box. */
function CheckGroup({
  legend,
  idPrefix,
  options,
  value,
  onChange,
  error,
}: {
  readonly legend: string;
  readonly idPrefix: string;
  readonly options: ReadonlyArray<{ value: string; label: string }>;
  readonly value: readonly string[];
  readonly onChange: (next: string[]) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Fieldset legend={legend}>
      {options.map((o, i) => (
        <CheckboxField
          key={o.value}
          id={`${idPrefix}-${o.value}`}
          label={o.label}
          checked={value.includes(o.value)}
          onCheckedChange={(on) => onChange(toggle(value, o.value, on))}
          error={i === 0 ? error : undefined}
        />
      ))}
    </Fieldset>
  );
}

/** The covenant's fields: what it is, who the parties and signatories are, its scope and its term. */
export function CovenantFields({
  save,
  organisations,
  bases,
}: {
  readonly save: VersionedSave<CovenantDraft, unknown, { version: number }>;
  readonly organisations: readonly Organisation[];
  readonly bases: readonly LegalBasisOption[];
}) {
  const { t, i18n } = useTranslation();
  const d = save.draft;
  const en = i18n.language === 'en';
  const setSignatory = (i: number, change: Partial<CovenantDraft['signatories'][number]>) =>
    save.set({ signatories: d.signatories.map((s, j) => (j === i ? { ...s, ...change } : s)) });
  const parties = organisations.filter((o) => d.partyIds.includes(o.id));
  return (
    <>
      <TextField
        id="covenant-title"
        label={t('covenant.fields.title')}
        maxLength={200}
        {...save.bind('title')}
      />
      <TextAreaField
        id="covenant-purpose"
        label={t('covenant.fields.purpose')}
        maxLength={4000}
        {...save.bind('purpose')}
      />
      <TextField
        id="covenant-article"
        label={t('covenant.fields.article')}
        description={t('covenant.fields.articleDescription')}
        maxLength={200}
        {...save.bind('article')}
      />
      <CheckGroup
        legend={t('covenant.fields.parties')}
        idPrefix="covenant-party"
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={d.partyIds}
        onChange={(partyIds) => save.set({ partyIds })}
        error={save.fieldError('partyIds')}
      />
      <CheckGroup
        legend={t('covenant.fields.legalBases')}
        idPrefix="covenant-basis"
        options={bases.map((b) => ({ value: b.id, label: en ? b.labelEn : b.labelNl }))}
        value={d.legalBasisIds}
        onChange={(legalBasisIds) => save.set({ legalBasisIds })}
        error={save.fieldError('legalBasisIds')}
      />
      <CheckGroup
        legend={t('covenant.fields.dataCategories')}
        idPrefix="covenant-category"
        options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`covenant.categories.${c}`) }))}
        value={d.dataCategories}
        onChange={(dataCategories) => save.set({ dataCategories })}
        error={save.fieldError('dataCategories')}
      />
      <CheckGroup
        legend={t('covenant.fields.meetingKinds')}
        idPrefix="covenant-meeting"
        options={COVENANT_MEETING_KINDS.map((k) => ({ value: k, label: t(`covenant.meetingKinds.${k}`) }))}
        value={d.meetingKinds}
        onChange={(meetingKinds) => save.set({ meetingKinds })}
        error={save.fieldError('meetingKinds')}
      />
      <CheckGroup
        legend={t('covenant.fields.tasks')}
        idPrefix="covenant-task"
        options={NETWORK_TASKS.map((k) => ({ value: k, label: t(`covenant.tasks.${k}`) }))}
        value={d.tasks}
        onChange={(tasks) => save.set({ tasks })}
        error={save.fieldError('tasks')}
      />
      <TextField
        id="covenant-startsOn"
        type="date"
        label={t('covenant.fields.startsOn')}
        {...save.bind('startsOn')}
      />
      <TextField
        id="covenant-endsOn"
        type="date"
        label={t('covenant.fields.endsOn')}
        optional
        {...save.bind('endsOn')}
      />
      <TextField
        id="covenant-evaluationOn"
        type="date"
        label={t('covenant.fields.evaluationOn')}
        optional
        {...save.bind('evaluationOn')}
      />
      <Fieldset legend={t('covenant.fields.signatories')}>
        {d.signatories.map((s, i) => (
          // The rows have no id of their own until saved; their place is their identity while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Fieldset key={i} legend={t('covenant.fields.signatory', { number: i + 1 })}>
            <TextField
              id={`covenant-signatory-${i}-name`}
              label={t('covenant.fields.signatoryName')}
              value={s.name}
              onValueChange={(name) => setSignatory(i, { name })}
              error={save.fieldError(`signatories.${i}.name`)}
              maxLength={200}
              autoComplete="off"
            />
            <TextField
              id={`covenant-signatory-${i}-function`}
              label={t('covenant.fields.signatoryFunction')}
              value={s.function}
              onValueChange={(fn) => setSignatory(i, { function: fn })}
              error={save.fieldError(`signatories.${i}.function`)}
              maxLength={200}
              autoComplete="off"
            />
            <SelectField
              id={`covenant-signatory-${i}-organisation`}
              label={t('covenant.fields.signatoryOrganisation')}
              value={s.organisationId}
              onValueChange={(organisationId) => setSignatory(i, { organisationId })}
              error={save.fieldError(`signatories.${i}.organisationId`)}
              options={[
                { value: '', label: t('covenant.fields.choose') },
                ...(parties.length > 0 ? parties : organisations).map((o) => ({
                  value: o.id,
                  label: o.name,
                })),
              ]}
            />
            <Button
              appearance="subtle"
              onClick={() => save.set({ signatories: d.signatories.filter((_, j) => j !== i) })}
            >
              {t('covenant.fields.removeSignatory', { number: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Button
          onClick={() =>
            save.set({ signatories: [...d.signatories, { name: '', function: '', organisationId: '' }] })
          }
        >
          {t('covenant.fields.addSignatory')}
        </Button>
      </Fieldset>
    </>
  );
}
