import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api';
import { CheckboxField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useAddForm } from '../../ui/form-send';
import { Section } from '../../ui/section';
import { API, netwerkKey } from './netwerk-api';

/**
 * The municipality's own lists of the register: its districts (for the partners' reach and the coverage
 * view) and its own kinds of partner beside the built-in ones of seed 001.
 */
export function ListsForms() {
  const { t } = useTranslation();
  return (
    <Section id="netwerk-lists" title={t('netwerk.lists.title')}>
      <AddDistrictForm />
      <AddKindForm />
    </Section>
  );
}

function AddDistrictForm() {
  const { t } = useTranslation();
  const form = useAddForm({
    empty: { name: '' },
    send: (d: { name: string }) => apiSend<{ id: string }>('POST', `${API}/wijken`, d),
    confirm: (_r, d) => d.name,
    queryKey: netwerkKey,
  });
  return (
    <FormFrame
      title={t('netwerk.lists.districtTitle')}
      labelledBy="netwerk-add-district"
      done={form.added ? t('netwerk.lists.districtAdded', { name: form.added }) : null}
      error={form.add.error}
      busy={form.add.isPending}
      onSubmit={form.submit}
      fields={[{ field: 'name', id: 'district-name', label: t('netwerk.lists.districtName') }]}
      submitLabel={t('netwerk.lists.districtAdd')}
    >
      <TextField
        id="district-name"
        label={t('netwerk.lists.districtName')}
        value={form.draft.name}
        onValueChange={(name) => form.set({ name })}
        error={form.fieldError('name')}
        maxLength={100}
        autoComplete="off"
      />
    </FormFrame>
  );
}

function AddKindForm() {
  const { t } = useTranslation();
  const form = useAddForm({
    empty: { nl: '', en: '', internal: false },
    send: (d: { nl: string; en: string; internal: boolean }) =>
      apiSend<{ code: string }>('POST', `${API}/soorten`, d),
    confirm: (_r, d) => d.nl,
    queryKey: netwerkKey,
  });
  return (
    <FormFrame
      title={t('netwerk.lists.kindTitle')}
      labelledBy="netwerk-add-kind"
      done={form.added ? t('netwerk.lists.kindAdded', { name: form.added }) : null}
      error={form.add.error}
      busy={form.add.isPending}
      onSubmit={form.submit}
      fields={[
        { field: 'nl', id: 'kind-nl', label: t('netwerk.lists.kindNl') },
        { field: 'en', id: 'kind-en', label: t('netwerk.lists.kindEn') },
      ]}
      submitLabel={t('netwerk.lists.kindAdd')}
    >
      <TextField
        id="kind-nl"
        label={t('netwerk.lists.kindNl')}
        value={form.draft.nl}
        onValueChange={(nl) => form.set({ nl })}
        error={form.fieldError('nl')}
        maxLength={100}
        autoComplete="off"
      />
      <TextField
        id="kind-en"
        label={t('netwerk.lists.kindEn')}
        value={form.draft.en}
        onValueChange={(en) => form.set({ en })}
        error={form.fieldError('en')}
        maxLength={100}
        autoComplete="off"
      />
      <CheckboxField
        id="kind-internal"
        label={t('netwerk.lists.kindInternal')}
        checked={form.draft.internal}
        onCheckedChange={(internal) => form.set({ internal })}
      />
    </FormFrame>
  );
}
