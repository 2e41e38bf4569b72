import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from './data-list';
import { Paragraph } from './paragraph';

/**
 * The version someone else saved (the answer to a 409), shown next to the form that still holds the user's
 * input (the page itself shows that version too, and the next save is based on it).
 */
export function OtherVersion({
  version,
  items,
}: {
  readonly version: number;
  readonly items: ReadonlyArray<{ key: string; label: string; value: ReactNode }>;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={id}>
            {t('overleg.conflict.title')}
          </h3>
          <Paragraph>{t('overleg.conflict.intro', { version })}</Paragraph>
          {items.length > 0 ? <DataList items={items} /> : null}
        </div>
      </div>
    </section>
  );
}
