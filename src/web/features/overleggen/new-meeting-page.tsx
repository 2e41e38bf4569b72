import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { FormSent } from '../../ui/form-sent';
import { toMoment } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { ForbiddenPage } from '../not-found/forbidden-page';
import { typesToOrganise } from './overleggen-api';
import { MeetingTimeFields, PlanPage, planBody, planFieldId, useMeetingTimes } from './plan-fields';

/** /overleggen/nieuw: plans one meeting (signaleringsoverleg, weegploeg or casusoverleg). */
export function NewMeetingPage() {
  const user = useSignedInUser();
  return typesToOrganise(user.role).length > 0 ? <NewMeetingPageForm /> : <ForbiddenPage />;
}

function NewMeetingPageForm() {
  const { t } = useTranslation();
  const times = useMeetingTimes();
  const { day, start, end } = times;
  return (
    <PlanPage
      title={t('overleg.plan.title')}
      intro={t('overleg.plan.intro')}
      submitLabel={t('overleg.plan.submit')}
      send={(plan) =>
        apiSend<Changed>('POST', '/api/overleggen', {
          ...planBody(plan),
          startsAt: toMoment(day, start),
          endsAt: end ? (toMoment(day, end) ?? null) : null,
        })
      }
      dateSummary={[
        { field: 'startsAt', id: planFieldId('day'), label: t('overleg.plan.fields.day') },
        { field: 'endsAt', id: planFieldId('end'), label: t('overleg.plan.fields.end') },
      ]}
      dates={(fieldError) => <MeetingTimeFields idOf={planFieldId} times={times} fieldError={fieldError} />}
      planned={(created) => (
        <FormSent
          headingId="meeting-planned"
          title={t('overleg.plan.planned')}
          actions={<AppLink to={`/overleggen/${created.id}`}>{t('overleg.plan.open')}</AppLink>}
        >
          <Paragraph>{t('overleg.plan.plannedNext')}</Paragraph>
        </FormSent>
      )}
    />
  );
}
