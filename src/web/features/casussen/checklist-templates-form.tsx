import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api';
import { SelectField, TextField } from '../../ui/form-field';
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
  const { draft, set, add, added, fieldError, submit } = useAddForm({
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
  return (
    <Section id="template-add" title={t('casus.checklistTemplates.addTitle')}>
      <FormFrame
        labelledBy="template-add"
        done={added !== null ? t('casus.checklistTemplates.added', { name: added }) : null}
        error={add.error}
        fields={[
          { field: 'kind', id: 'template-kind', label: t('casus.checklistTemplates.kind') },
          { field: 'textNl', id: 'template-text-nl', label: t('casus.checklistTemplates.textNl') },
          { field: 'textEn', id: 'template-text-en', label: t('casus.checklistTemplates.textEn') },
          { field: 'code', id: 'template-code', label: t('casus.catalogue.code') },
          { field: 'dueAnchor', id: 'template-due-anchor', label: t('casus.checklistTemplates.dueAnchor') },
          { field: 'dueMonths', id: 'template-due-months', label: t('casus.checklistTemplates.dueMonths') },
          { field: 'dueDays', id: 'template-due-days', label: t('casus.checklistTemplates.dueDays') },
          { field: 'sort', id: 'template-sort', label: t('casus.checklistTemplates.sort') },
        ]}
        submitLabel={t('casus.checklistTemplates.addSubmit')}
        busy={add.isPending}
        submitAppearance="primary-action"
        onSubmit={submit}
      >
        <SelectField
          id="template-kind"
          label={t('casus.checklistTemplates.kind')}
          value={draft.kind}
          onValueChange={(kind) => set({ kind })}
          error={fieldError('kind')}
          placeholder={t('casus.checklistTemplates.choose')}
          options={CHECKLIST_KINDS.map((k) => ({
            value: k,
            label: t(`casus.checklistTemplates.kinds.${k}`),
          }))}
          required
        />
        <TextField
          id="template-text-nl"
          label={t('casus.checklistTemplates.textNl')}
          value={draft.textNl}
          onValueChange={(textNl) => set({ textNl })}
          error={fieldError('textNl')}
          maxLength={500}
          required
        />
        <TextField
          id="template-text-en"
          label={t('casus.checklistTemplates.textEn')}
          value={draft.textEn}
          onValueChange={(textEn) => set({ textEn })}
          error={fieldError('textEn')}
          maxLength={500}
          required
        />
        <TextField
          id="template-code"
          label={t('casus.catalogue.code')}
          description={t('casus.checklistTemplates.codeDescription')}
          value={draft.code}
          onValueChange={(code) => set({ code })}
          error={fieldError('code')}
          maxLength={60}
          required
        />
        <SelectField
          id="template-due-anchor"
          label={t('casus.checklistTemplates.dueAnchor')}
          description={t('casus.checklistTemplates.dueDescription')}
          value={draft.dueAnchor}
          onValueChange={(dueAnchor) => set({ dueAnchor })}
          error={fieldError('dueAnchor')}
          placeholder={t('casus.checklists.noDue')}
          options={DATE_ANCHORS.map((a) => ({ value: a, label: t(`casus.checklistTemplates.anchors.${a}`) }))}
          optional
        />
        <TextField
          id="template-due-months"
          label={t('casus.checklistTemplates.dueMonths')}
          value={draft.dueMonths}
          onValueChange={(dueMonths) => set({ dueMonths })}
          error={fieldError('dueMonths')}
          inputMode="numeric"
          maxLength={4}
          optional
        />
        <TextField
          id="template-due-days"
          label={t('casus.checklistTemplates.dueDays')}
          value={draft.dueDays}
          onValueChange={(dueDays) => set({ dueDays })}
          error={fieldError('dueDays')}
          inputMode="numeric"
          maxLength={5}
          optional
        />
        <TextField
          id="template-sort"
          label={t('casus.checklistTemplates.sort')}
          description={t('casus.checklistTemplates.sortDescription')}
          value={draft.sort}
          onValueChange={(sort) => set({ sort })}
          error={fieldError('sort')}
          inputMode="numeric"
          maxLength={5}
          optional
        />
      </FormFrame>
    </Section>
  );
}
