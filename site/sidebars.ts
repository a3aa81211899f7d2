import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import labs from './src/generated/labs.json';

// One sidebar, in the order a learner meets things. Labels of categories are translated in
// i18n/en/docusaurus-plugin-content-docs/current.json; page titles come from each page.
const sidebars: SidebarsConfig = {
  workshop: [
    'index',
    'incident',
    'iteratorage',
    {
      type: 'category',
      label: 'Laboratórios',
      key: 'labs',
      collapsed: false,
      // One page per lab, in the order of the lab definitions (written by scripts/lab-pages.ts).
      items: labs.sidebar,
    },
    'capacity',
    'playground',
    {
      type: 'category',
      label: 'Referência',
      key: 'reference',
      items: ['glossary', 'limits-and-sources', 'trainer-guide'],
    },
  ],
};

export default sidebars;
