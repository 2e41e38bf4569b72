import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorkingElement } from '../../../contract/evaluatie-results';
import { apiGet, apiSend } from '../../api';
import { CheckboxField, TextField } from '../../ui/form-field';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';

const elementsKey = ['evaluatie', 'werkzame-elementen'] as const;

/** /evaluatie/werkzame-elementen: the working elements the municipality offers for measure results. */
export function WorkingElementsPage() {
  const { t } = useTranslation();
  const elements = useQuery({
    queryKey: elementsKey,
    queryFn: () => apiGet<WorkingElement[]>('/api/evaluatie/werkzame-elementen'),
  });
  return (
    <Page
      title={t('evaluatieResultaten.elements.title')}
      intro={t('evaluatieResultaten.elements.intro')}
      before={<BackLink to="/evaluatie/resultaten">{t('evaluatieResultaten.results.back')}</BackLink>}
    >
      <QueryState query={elements}>
        {(list) => (
          <>
            {list.map((e) => (
              <ElementForm key={`${e.id}-${e.version}`} element={e} />
            ))}
            <AddElement />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function ElementForm({ element: e }: { readonly element: WorkingElement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = (n: string) => `element-${e.id}-${n}`;
  const save = useVersionedSave({
    initial: { label: e.label, active: e.active },
    version: e.version,
    send: (d, version) =>
      apiSend('PUT', `/api/evaluatie/werkzame-elementen/${e.id}`, {
        label: d.label,
        active: d.active,
        version,
      }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: elementsKey }),
  });
  return (
    <Section id={id('title')} title={e.label}>
      <VersionedForm
        save={save}
        labelledBy={id('title')}
        fields={[
          { field: 'label', id: id('label'), label: t('evaluatieResultaten.elements.label') },
          { field: 'active', id: id('active'), label: t('evaluatieResultaten.elements.active') },
        ]}
        savedMessage={t('evaluatieResultaten.elements.saved')}
        submitLabel={t('evaluatieResultaten.elements.save', { label: e.label })}
        submitAppearance="secondary-action"
      >
        <TextField
          id={id('label')}
          label={t('evaluatieResultaten.elements.label')}
          {...save.bind('label')}
          maxLength={120}
          required
        />
        <CheckboxField
          id={id('active')}
          label={t('evaluatieResultaten.elements.active')}
          checked={save.draft.active}
          onCheckedChange={(active) => save.set({ active })}
        />
      </VersionedForm>
    </Section>
  );
}

function AddElement() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useVersionedSave({
    initial: { label: '' },
    resetTo: { label: '' },
    send: (d) => apiSend('POST', '/api/evaluatie/werkzame-elementen', { label: d.label }),
    onSaved: () => queryClient.invalidateQueries({ queryKey: elementsKey }),
  });
  return (
    <Section id="element-add" title={t('evaluatieResultaten.elements.addTitle')}>
      <VersionedForm
        save={save}
        labelledBy="element-add"
        fields={[{ field: 'label', id: 'element-new-label', label: t('evaluatieResultaten.elements.label') }]}
        savedMessage={({ sent }) => t('evaluatieResultaten.elements.added', { label: sent.label })}
        submitLabel={t('evaluatieResultaten.elements.add')}
      >
        <TextField
          id="element-new-label"
          label={t('evaluatieResultaten.elements.label')}
          {...save.bind('label')}
          maxLength={120}
          required
        />
      </VersionedForm>
    </Section>
  );
}
