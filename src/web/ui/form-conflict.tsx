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
  title,
  intro,
}: {
  readonly version: number;
  readonly items: ReadonlyArray<{ key: string; label: string; value: ReactNode }>;
  /** The area's own wording of the heading and the sentence under it, when it has one. */
  readonly title?: string;
  readonly intro?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={id}>
            {title ?? t('overleg.conflict.title')}
          </h3>
          <Paragraph>{intro ?? t('overleg.conflict.intro', { version })}</Paragraph>
          {items.length > 0 ? <DataList items={items} /> : null}
        </div>
      </div>
    </section>
  );
}
