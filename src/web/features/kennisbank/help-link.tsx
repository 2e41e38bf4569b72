import { useTranslation } from 'react-i18next';
import { articlePage, HELP_TOPICS, type HelpTopic } from '../../../domain/kennisbank/help-topics';
import { Paragraph } from '../../ui/paragraph';

/**
 * Help in context: a line linking to the kennisbank article that explains this part of the work. It opens in a
 * new tab, so a form being filled in keeps what was typed. Its words are in `core` (every screen has them).
 */
export function HelpLink({ topic }: { readonly topic: HelpTopic }) {
  const { t } = useTranslation();
  return (
    <Paragraph small>
      <a className="utrecht-link" href={articlePage(HELP_TOPICS[topic])} target="_blank" rel="noopener">
        {t(`kennisbankHelp.${topic}`)}
      </a>{' '}
      {t('kennisbankHelp.newTab')}
    </Paragraph>
  );
}
