import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from './data-list';
import { Paragraph } from './paragraph';

/** What the version now saved holds, one line per field. */
export type ConflictItems = ReadonlyArray<{ key: string; label: string; value: ReactNode }>;

/** An area's own words for the conflict panel, for a form that knows the version only once it is shown. */
export interface ConflictWords {
  readonly title: string;
  readonly intro: (version: number) => string;
}

/**
 * The version someone else saved (the answer to a 409), shown next to the form that still holds the user's
 * input (the page itself shows that version too, and the next save is based on it). The heading and the
 * sentence under it are the general ones unless the area words them itself.
 */
export function OtherVersion({
  version,
  items,
  title,
  intro,
  id,
}: {
  readonly version: number;
  readonly items: ConflictItems;
  readonly title?: string | undefined;
  readonly intro?: string | undefined;
  /** The id of the panel's heading, when the screen names it; otherwise one of its own. */
  readonly id?: string;
}) {
  const { t } = useTranslation();
  const ownId = useId();
  const headingId = id ?? ownId;
  return (
    <section className="utrecht-alert utrecht-alert--warning" aria-labelledby={headingId}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h3 className="utrecht-heading-3" id={headingId}>
            {title ?? t('overleg.conflict.title')}
          </h3>
          <Paragraph>{intro ?? t('overleg.conflict.intro', { version })}</Paragraph>
          {items.length > 0 ? <DataList items={items} /> : null}
        </div>
      </div>
    </section>
  );
}
