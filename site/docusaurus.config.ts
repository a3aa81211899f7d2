import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import kitSourcesPlugin from './plugins/kit-sources';
import lambdaInBrowserPlugin from './plugins/lambda-in-browser';

// The workshop's site: pt-BR first (the default locale, served at /), English at /en/.
// Everything is served from this machine — no fonts, analytics or images from elsewhere —
// so it works offline and the browser test can fail on any failed request.
// Docusaurus builds one locale at a time and says which in this variable; the site's title and
// tagline are not part of the translation files, so they are chosen here.
const english = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en';

const config: Config = {
  title: english ? 'IteratorAge Workshop' : 'Oficina IteratorAge',
  tagline: english
    ? 'DynamoDB Streams → Lambda: understand, measure and remove consumer lag'
    : 'DynamoDB Streams → Lambda: entenda, meça e elimine o atraso do consumidor',
  favicon: 'img/favicon.svg',
  url: 'http://127.0.0.1:3000',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  future: { v4: true },
  i18n: {
    defaultLocale: 'pt-BR',
    locales: ['pt-BR', 'en'],
    localeConfigs: {
      'pt-BR': { label: 'Português (Brasil)', htmlLang: 'pt-BR' },
      en: { label: 'English', htmlLang: 'en' },
    },
  },
  markdown: {
    mermaid: true,
    // Explicit heading ids written `## Title {#id}`, identical in both languages (v4 mode turns this off by default).
    mdx1Compat: { headingIds: true },
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  themes: ['@docusaurus/theme-mermaid'],
  plugins: [kitSourcesPlugin, lambdaInBrowserPlugin],
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // Keep "00-setup" in ids and URLs: the lab folders and the CLI use the same names.
          numberPrefixParser: false,
        },
        blog: false,
        pages: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
    navbar: {
      title: 'Oficina IteratorAge',
      logo: { alt: 'Logo da Oficina IteratorAge: um relógio sobre uma fila de registros', src: 'img/logo.svg' },
      items: [
        { type: 'doc', docId: 'incident', label: 'O incidente', position: 'left' },
        { type: 'doc', docId: 'labs/00-setup', label: 'Laboratórios', position: 'left' },
        { type: 'doc', docId: 'playground', label: 'Simulador', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Oficina',
          items: [
            { label: 'Começar', to: '/' },
            { label: 'Guia do instrutor', to: '/trainer-guide' },
          ],
        },
        {
          title: 'Referência',
          items: [
            { label: 'Glossário', to: '/glossary' },
            { label: 'Limites e fontes', to: '/limits-and-sources' },
          ],
        },
      ],
      copyright: 'Oficina IteratorAge — código aberto sob a licença MIT.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'json', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
