import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api';
import { SelectField, TextField } from '../../ui/form-field';
import { useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { Section } from '../../ui/section';
import { CHECKLIST_KINDS, DATE_ANCHORS, templatesKey } from './checklist-templates-page';

const EMPTY = {
  kind: '',
  code: '',
  textNl: '',
  textEn: '',
  dueAnchor: '',
  dueMonths: '',
  dueDays: '',
  sort: '',
};

/** A whole number typed in a text field; anything else goes to the API as is, which names the field. */
const count = (s: string): number | string | undefined => {
  if (s.trim() === '') return undefined;
  return /^-?\d+$/.test(s.trim()) ? Number(s.trim()) : s;
};

/** Adds an own item to one of the situation checklists (or replaces a factsheet item by its code). */
export function AddTemplateItem() {
  const { t } = useTranslation();
  const { draft, set, add, added, submit } = useAddForm({
    empty: EMPTY,
    send: (draft: typeof EMPTY) =>
      apiSend('POST', '/api/casussen/checklistsjablonen', {
        kind: draft.kind || undefined,
        code: draft.code,
        textNl: draft.textNl,
        textEn: draft.textEn,
        dueAnchor: draft.dueAnchor || null,
        dueMonths: count(draft.dueMonths),
        dueDays: count(draft.dueDays),
        sort: count(draft.sort) ?? null,
      }),
    confirm: (_, draft) => draft.textNl,
    queryKey: templatesKey,
  });
  const label = (name: 'kind' | 'textNl' | 'textEn' | 'dueAnchor' | 'dueMonths' | 'dueDays' | 'sort') =>
    t(`casus.checklistTemplates.${name}`);
  const { summary, bind } = useFormFields(
    add.error,
    {
      kind: { id: 'template-kind', label: label('kind') },
      textNl: { id: 'template-text-nl', label: label('textNl') },
      textEn: { id: 'template-text-en', label: label('textEn') },
      code: { id: 'template-code', label: t('casus.catalogue.code') },
      dueAnchor: { id: 'template-due-anchor', label: label('dueAnchor') },
      dueMonths: { id: 'template-due-months', label: label('dueMonths') },
      dueDays: { id: 'template-due-days', label: label('dueDays') },
      sort: { id: 'template-sort', label: label('sort') },
    },
    { draft, set },
  );
  return (
    <Section id="template-add" title={t('casus.checklistTemplates.addTitle')}>
      <FormFrame
        labelledBy="template-add"
        done={added !== null ? t('casus.checklistTemplates.added', { name: added }) : null}
        error={add.error}
        fields={summary}
        submitLabel={t('casus.checklistTemplates.addSubmit')}
        busy={add.isPending}
        submitAppearance="primary-action"
        onSubmit={submit}
      >
        <SelectField
          {...bind('kind')}
          placeholder={t('casus.checklistTemplates.choose')}
          options={CHECKLIST_KINDS.map((k) => ({
            value: k,
            label: t(`casus.checklistTemplates.kinds.${k}`),
          }))}
          required
        />
        <TextField {...bind('textNl')} maxLength={500} required />
        <TextField {...bind('textEn')} maxLength={500} required />
        <TextField
          {...bind('code')}
          description={t('casus.checklistTemplates.codeDescription')}
          maxLength={60}
          required
        />
        <SelectField
          {...bind('dueAnchor')}
          description={t('casus.checklistTemplates.dueDescription')}
          placeholder={t('casus.checklists.noDue')}
          options={DATE_ANCHORS.map((a) => ({ value: a, label: t(`casus.checklistTemplates.anchors.${a}`) }))}
          optional
        />
        <TextField {...bind('dueMonths')} inputMode="numeric" maxLength={4} optional />
        <TextField {...bind('dueDays')} inputMode="numeric" maxLength={5} optional />
        <TextField
          {...bind('sort')}
          description={t('casus.checklistTemplates.sortDescription')}
          inputMode="numeric"
          maxLength={5}
          optional
        />
      </FormFrame>
    </Section>
  );
}
