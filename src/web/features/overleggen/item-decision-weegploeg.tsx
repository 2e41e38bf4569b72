import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../domain/melding/types';
import { WEIGHING_PARTIES, type WeighingParty } from '../../../domain/overleg/types';
import { useSignedInUser } from '../../session';
import { ReasonField } from '../../ui/decision-form';
import type { SummaryField } from '../../ui/error-summary';
import {
  CheckboxField,
  Fieldset,
  RadioGroupField,
  radioId,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/form-field';
import { Paragraph } from '../../ui/paragraph';
import { useOrganisations } from '../beheer/users-api';
import { RegisseurField } from './item-decision-casusoverleg';
import {
  type DecisionDraft,
  type DecisionFieldName,
  type DecisionFieldsProps,
  defaultOrganisation,
  fieldId,
  type PartyDraft,
  partiesSent,
  str,
  text,
} from './item-decision-draft';

// The weegploeg's decision: whether the person is included in the persoonsgerichte aanpak, the criteria
// weighed, and who decided on behalf of the police, the OM and the mayor.

/** How many criteria the error summary links to one by one. */
const CRITERIA_LINKED = 20;

export function weegploegBody(d: DecisionDraft) {
  return {
    included: d.included === 'ja' ? true : d.included === 'nee' ? false : null,
    criteriaWeighed: d.criteria
      .split('\n')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    decidedBy: partiesSent(d).map((p) => ({
      party: p,
      organisationId: d.parties[p].organisationId || null,
      name: text(d.parties[p].name),
    })),
    reasons: text(d.reasons),
    regisseurUserId: d.included === 'ja' ? d.regisseurUserId || null : null,
  };
}

export function weegploegSummaryFields(
  d: DecisionDraft,
  label: (f: DecisionFieldName) => string,
  t: TFunction,
): SummaryField[] {
  const parties = partiesSent(d);
  return [
    { field: 'included', id: radioId(fieldId('included'), 'ja'), label: label('included') },
    { field: 'criteriaWeighed', id: fieldId('criteria'), label: label('criteria') },
    ...Array.from({ length: CRITERIA_LINKED }, (_, i) => ({
      field: `criteriaWeighed.${i}`,
      id: fieldId('criteria'),
      label: label('criteria'),
    })),
    { field: 'decidedBy', id: fieldId('party-politie'), label: label('decidedBy') },
    ...parties.flatMap((p, i) => [
      { field: `decidedBy.${i}.party`, id: fieldId(`party-${p}`), label: t(`overleg.parties.${p}`) },
      {
        field: `decidedBy.${i}.organisationId`,
        id: fieldId(`party-${p}-organisation`),
        label: t('overleg.decision.partyOrganisation', { party: t(`overleg.parties.${p}`) }),
      },
      {
        field: `decidedBy.${i}.name`,
        id: fieldId(`party-${p}-name`),
        label: t('overleg.decision.partyName', { party: t(`overleg.parties.${p}`) }),
      },
    ]),
    { field: 'reasons', id: fieldId('reasons'), label: label('reasons') },
    { field: 'regisseurUserId', id: fieldId('regisseurUserId'), label: label('regisseurUserId') },
  ];
}

export function weegploegEffectBefore(d: DecisionDraft, t: TFunction): string {
  return d.included === 'ja' ? t('overleg.decision.before.pgaYes') : t('overleg.decision.before.pgaNo');
}

/** The saved decision as rows of its facts; `orgName` names an organisation by its id. */
export function weegploegRows(
  f: Record<string, unknown>,
  t: TFunction,
  orgName: (id: string) => string,
): Array<{ key: string; label: string; value: ReactNode }> {
  const none = t('common.none');
  const criteria = Array.isArray(f.criteriaWeighed) ? f.criteriaWeighed.map(str) : [];
  const decidedBy = Array.isArray(f.decidedBy) ? (f.decidedBy as Array<Record<string, unknown>>) : [];
  return [
    {
      key: 'included',
      label: t('overleg.decision.fields.included'),
      value:
        f.included === true
          ? t('overleg.decision.includedYes')
          : f.included === false
            ? t('overleg.decision.includedNo')
            : none,
    },
    {
      key: 'criteria',
      label: t('overleg.decision.fields.criteria'),
      value:
        criteria.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {criteria.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : (
          none
        ),
    },
    {
      key: 'decidedBy',
      label: t('overleg.decision.fields.decidedBy'),
      value:
        decidedBy.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {decidedBy.map((p) => {
              const party = str(p.party);
              const who = [str(p.organisationId) ? orgName(str(p.organisationId)) : '', str(p.name)]
                .filter(Boolean)
                .join(', ');
              return (
                <li key={party}>
                  {isOneOf(WEIGHING_PARTIES, party) ? t(`overleg.parties.${party}`) : party}: {who || none}
                </li>
              );
            })}
          </ul>
        ) : (
          none
        ),
    },
    {
      key: 'reasons',
      label: t('overleg.decision.fields.reasons'),
      value: <span className="duiden-prewrap">{str(f.reasons) || none}</span>,
    },
  ];
}

export function WeegploegFields({
  draft,
  set,
  setParty,
  fieldError,
}: DecisionFieldsProps & { readonly setParty: (p: WeighingParty, change: Partial<PartyDraft>) => void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const parties = partiesSent(draft);
  const criteriaError =
    fieldError('criteriaWeighed') ??
    Array.from({ length: CRITERIA_LINKED }, (_, i) => fieldError(`criteriaWeighed.${i}`)).find(Boolean);
  const partyError = (p: WeighingParty, what: 'party' | 'organisationId' | 'name') => {
    const i = parties.indexOf(p);
    return i < 0 ? undefined : fieldError(`decidedBy.${i}.${what}`);
  };
  return (
    <>
      <RadioGroupField
        id={fieldId('included')}
        legend={t('overleg.decision.fields.included')}
        value={draft.included}
        onValueChange={(included) => set({ included })}
        error={fieldError('included')}
        options={[
          { value: 'ja', label: t('overleg.decision.includedYes') },
          { value: 'nee', label: t('overleg.decision.includedNo') },
        ]}
      />
      <TextAreaField
        id={fieldId('criteria')}
        label={t('overleg.decision.fields.criteria')}
        description={t('overleg.decision.fields.criteriaDescription')}
        rows={4}
        value={draft.criteria}
        onValueChange={(criteria) => set({ criteria })}
        error={criteriaError}
        required
      />
      <Fieldset
        legend={t('overleg.decision.fields.decidedBy')}
        id={fieldId('decidedBy')}
        className="duiden-block"
      >
        <Paragraph small>{t('overleg.decision.fields.decidedByDescription')}</Paragraph>
        {WEIGHING_PARTIES.map((p) => (
          <div key={p}>
            <CheckboxField
              id={fieldId(`party-${p}`)}
              label={t(`overleg.parties.${p}`)}
              checked={draft.parties[p].on}
              onCheckedChange={(on) =>
                setParty(p, {
                  on,
                  organisationId:
                    draft.parties[p].organisationId ||
                    defaultOrganisation(p, organisations.data ?? [], user.tenantId),
                })
              }
              // "Who decided" as a whole is reported at the first party.
              error={
                partyError(p, 'party') ?? (p === WEIGHING_PARTIES[0] ? fieldError('decidedBy') : undefined)
              }
            />
            {draft.parties[p].on ? (
              <>
                <SelectField
                  id={fieldId(`party-${p}-organisation`)}
                  label={t('overleg.decision.partyOrganisation', { party: t(`overleg.parties.${p}`) })}
                  optional
                  value={draft.parties[p].organisationId}
                  onValueChange={(organisationId) => setParty(p, { organisationId })}
                  error={partyError(p, 'organisationId')}
                  placeholder={t('overleg.choose')}
                  options={(organisations.data ?? [])
                    .filter((o) => o.kind !== 'regio')
                    .map((o) => ({ value: o.id, label: o.name }))}
                />
                <TextField
                  id={fieldId(`party-${p}-name`)}
                  label={t('overleg.decision.partyName', { party: t(`overleg.parties.${p}`) })}
                  optional
                  value={draft.parties[p].name}
                  onValueChange={(name) => setParty(p, { name })}
                  error={partyError(p, 'name')}
                  autoComplete="off"
                  maxLength={300}
                />
              </>
            ) : null}
          </div>
        ))}
      </Fieldset>
      {draft.included === 'ja' ? <RegisseurField draft={draft} set={set} fieldError={fieldError} /> : null}
      <ReasonField
        id={fieldId('reasons')}
        label={t('overleg.decision.fields.reasons')}
        description={t('overleg.decision.fields.reasonsDescription')}
        value={draft.reasons}
        onValueChange={(reasons) => set({ reasons })}
        error={fieldError('reasons')}
        maxLength={10_000}
      />
    </>
  );
}
