import { useTranslation } from 'react-i18next';
import type { KeyFigure } from '../../../../contract/netwerk-key-figures';
import { FREQUENCY_UNITS } from '../../../../domain/netwerk/contact-upkeep';
import {
  KEY_FIGURE_ROLES,
  KEY_FIGURE_STATUSES,
  type KeyFigureRole,
} from '../../../../domain/netwerk/key-figure';
import type { SummaryField } from '../../../ui/error-summary';
import {
  CheckboxField,
  Fieldset,
  RadioGroupField,
  SelectField,
  TextField,
  WholeNumberField,
} from '../../../ui/form-field';
import type { VersionedSave } from '../../../ui/use-versioned-save';
import { useKeyFigureLookups } from './sleutelfiguren-api';

/** A key figure as typed: every field text, the roles a list; sent as the server expects it. */
export interface KeyFigureDraft {
  readonly name: string;
  readonly community: string;
  readonly reach: string;
  readonly roles: readonly KeyFigureRole[];
  readonly status: string;
  readonly agreementOn: string;
  readonly agreementEndedOn: string;
  readonly reviewOn: string;
  readonly contactOwnerId: string;
  readonly frequencyEvery: string;
  readonly frequencyUnit: string;
}

export const EMPTY_DRAFT: KeyFigureDraft = {
  name: '',
  community: '',
  reach: '',
  roles: [],
  status: 'actief',
  agreementOn: '',
  agreementEndedOn: '',
  reviewOn: '',
  contactOwnerId: '',
  frequencyEvery: '6',
  frequencyUnit: 'weken',
};

export function draftOf(k: KeyFigure): KeyFigureDraft {
  return {
    name: k.name,
    community: k.community,
    reach: k.reach,
    roles: k.roles,
    status: k.status,
    agreementOn: k.agreementOn,
    agreementEndedOn: k.agreementEndedOn ?? '',
    reviewOn: k.reviewOn,
    contactOwnerId: k.contactOwner.id,
    frequencyEvery: String(k.frequency.every),
    frequencyUnit: k.frequency.unit,
  };
}

const orUndefined = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The body the server expects; what was left empty is left out, so the server names the missing field. */
export function bodyOf(d: KeyFigureDraft): Record<string, unknown> {
  const every = d.frequencyEvery.trim();
  return {
    name: d.name,
    community: d.community,
    reach: d.reach,
    roles: d.roles,
    status: orUndefined(d.status),
    agreementOn: orUndefined(d.agreementOn),
    agreementEndedOn: orUndefined(d.agreementEndedOn) ?? null,
    reviewOn: orUndefined(d.reviewOn),
    contactOwnerId: orUndefined(d.contactOwnerId),
    frequencyEvery: every === '' ? undefined : /^\d+$/.test(every) ? Number(every) : every,
    frequencyUnit: orUndefined(d.frequencyUnit),
  };
}

const FIELD_KEYS = [
  'name',
  'community',
  'reach',
  'roles',
  'status',
  'agreementOn',
  'agreementEndedOn',
  'reviewOn',
  'contactOwnerId',
  'frequencyEvery',
  'frequencyUnit',
] as const;

/** The fields in the order of the form, for the error summary. */
export function useSummaryFields(prefix: string): SummaryField[] {
  const { t } = useTranslation();
  return FIELD_KEYS.map((field) => ({
    field,
    id:
      field === 'roles'
        ? `${prefix}-roles-${KEY_FIGURE_ROLES[0]}`
        : field === 'status'
          ? `${prefix}-status`
          : `${prefix}-${field}`,
    label: t(`sleutelfiguren.fields.${field}`),
  }));
}

/** The fields of a key figure, the same when adding and when changing one. */
export function KeyFigureFields({
  save,
  prefix,
}: {
  readonly save: VersionedSave<KeyFigureDraft, unknown, { version: number }>;
  readonly prefix: string;
}) {
  const { t } = useTranslation();
  const lookups = useKeyFigureLookups();
  const label = (f: (typeof FIELD_KEYS)[number]) => t(`sleutelfiguren.fields.${f}`);
  const { bind, draft, set } = save;
  return (
    <>
      <TextField id={`${prefix}-name`} label={label('name')} {...bind('name')} autoComplete="off" required />
      <TextField
        id={`${prefix}-community`}
        label={label('community')}
        description={t('sleutelfiguren.fields.communityDescription')}
        {...bind('community')}
        autoComplete="off"
        required
      />
      <TextField
        id={`${prefix}-reach`}
        label={label('reach')}
        description={t('sleutelfiguren.fields.reachDescription')}
        optional
        {...bind('reach')}
        autoComplete="off"
      />
      <Fieldset legend={label('roles')} id={`${prefix}-roles`}>
        {KEY_FIGURE_ROLES.map((role, i) => (
          <CheckboxField
            key={role}
            id={`${prefix}-roles-${role}`}
            label={t(`sleutelfiguren.roles.${role}`)}
            error={i === 0 ? save.fieldError('roles') : undefined}
            checked={draft.roles.includes(role)}
            onCheckedChange={(on) =>
              set({
                roles: on
                  ? KEY_FIGURE_ROLES.filter((r) => r === role || draft.roles.includes(r))
                  : draft.roles.filter((r) => r !== role),
              })
            }
          />
        ))}
      </Fieldset>
      <RadioGroupField
        id={`${prefix}-status`}
        legend={label('status')}
        {...bind('status')}
        options={KEY_FIGURE_STATUSES.map((s) => ({ value: s, label: t(`sleutelfiguren.statuses.${s}`) }))}
      />
      <TextField
        id={`${prefix}-agreementOn`}
        type="date"
        label={label('agreementOn')}
        {...bind('agreementOn')}
        required
      />
      <TextField
        id={`${prefix}-agreementEndedOn`}
        type="date"
        label={label('agreementEndedOn')}
        description={t('sleutelfiguren.fields.agreementEndedOnDescription')}
        optional
        {...bind('agreementEndedOn')}
      />
      <TextField
        id={`${prefix}-reviewOn`}
        type="date"
        label={label('reviewOn')}
        {...bind('reviewOn')}
        required
      />
      <SelectField
        id={`${prefix}-contactOwnerId`}
        label={label('contactOwnerId')}
        {...bind('contactOwnerId')}
        placeholder={t('sleutelfiguren.choose')}
        options={(lookups.data?.contactOwners ?? []).map((o) => ({ value: o.id, label: o.name }))}
        required
      />
      <WholeNumberField
        id={`${prefix}-frequencyEvery`}
        label={label('frequencyEvery')}
        {...bind('frequencyEvery')}
      />
      <SelectField
        id={`${prefix}-frequencyUnit`}
        label={label('frequencyUnit')}
        {...bind('frequencyUnit')}
        options={FREQUENCY_UNITS.map((u) => ({ value: u, label: t(`sleutelfiguren.units.${u}`) }))}
        required
      />
    </>
  );
}
