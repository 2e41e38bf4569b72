import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CovenantSaved } from '../../../../contract/netwerk-covenants';
import { apiSend } from '../../../api';
import { BackLink, Page } from '../../../ui/list-page';
import { QueryState } from '../../../ui/query-state';
import { useVersionedSave } from '../../../ui/use-versioned-save';
import { VersionedForm } from '../../../ui/versioned-form';
import { bodyOf, EMPTY_DRAFT } from './covenant-api';
import { CovenantFields, covenantSummaryFields, useCovenantChoices } from './covenant-form';

/** /netwerk/convenanten/nieuw: the officer records a covenant; the signed document follows as a version. */
export function NewCovenantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisations, bases } = useCovenantChoices();
  const save = useVersionedSave({
    initial: EMPTY_DRAFT,
    send: (d) => apiSend<CovenantSaved>('POST', '/api/netwerk/convenanten', bodyOf(d)),
    onSaved: (r) => navigate(`/netwerk/convenanten/${r.id}?nieuw=1`),
  });
  return (
    <Page
      title={t('covenant.new.title')}
      intro={t('covenant.new.intro')}
      before={<BackLink to="/netwerk/convenanten">{t('covenant.back')}</BackLink>}
    >
      <QueryState query={organisations}>
        {(orgs) => (
          <QueryState query={bases}>
            {(list) => (
              <VersionedForm
                save={save}
                label={t('covenant.new.title')}
                fields={covenantSummaryFields(t, save.draft, orgs[0]?.id, list[0]?.id)}
                submitLabel={t('covenant.new.submit')}
              >
                <CovenantFields save={save} organisations={orgs} bases={list} />
              </VersionedForm>
            )}
          </QueryState>
        )}
      </QueryState>
    </Page>
  );
}
