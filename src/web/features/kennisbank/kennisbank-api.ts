import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Article, PublicArticle } from '../../../contract/kennisbank';
import { POLICY } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/roles';
import { apiGet } from '../../api';
import { currentLanguage } from '../../i18n/i18n';
import { conflictCurrent, versionedWith } from '../../ui/form-send';

/** The kennisbank screens' calls, query keys and addresses. */

export const ARTICLES_PATH = '/api/kennisbank/artikelen';
export const articlePath = (id: string) => `${ARTICLES_PATH}/${id}`;
export const PUBLIC_ARTICLES_PATH = '/api/public/kennisbank/artikelen';

export const kennisbankKey = ['kennisbank'] as const;
export const articlesKey = (query: string) => ['kennisbank', 'artikelen', query] as const;
export const articleKey = (id: string) => ['kennisbank', 'artikel', id] as const;

export const KENNISBANK_PAGE = '/kennisbank';
export const NEW_ARTICLE_PAGE = '/kennisbank/nieuw';
export const articlePage = (id: string) => `/kennisbank/${id}`;
export const HELP_PAGE = '/hulp';
export const publicArticlePage = (id: string, municipality: string) =>
  `/hulp/${id}${municipality ? `?gemeente=${encodeURIComponent(municipality)}` : ''}`;

export const mayManage = (role: Role): boolean =>
  (POLICY['kennisbank.manage'] as readonly Role[]).includes(role);

export function useArticle(id: string) {
  return useQuery({ queryKey: articleKey(id), queryFn: () => apiGet<Article>(articlePath(id)) });
}

export function usePublicArticle(id: string, municipality: string) {
  const q = municipality ? `?gemeente=${encodeURIComponent(municipality)}` : '';
  return useQuery({
    queryKey: ['kennisbank', 'publiek', id, municipality],
    queryFn: () => apiGet<PublicArticle>(`${PUBLIC_ARTICLES_PATH}/${id}${q}`),
  });
}

/** The language shown; an English text left empty shows the Dutch one. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage ?? i18n.language);
  return {
    language,
    text: (label: { readonly nl: string; readonly en: string }) =>
      language === 'en' && label.en ? label.en : label.nl,
  };
}

const isArticle = versionedWith<Article>((v) => typeof v.viewVersion === 'number');
export const conflictArticle = (error: unknown) => conflictCurrent(error, isArticle);
