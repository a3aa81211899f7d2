import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { SiteLocale } from './human-units';

/** The page's language, as the components' texts know it. */
export function useSiteLocale(): SiteLocale {
  const { i18n } = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'pt-BR';
}
