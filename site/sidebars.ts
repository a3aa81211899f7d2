import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

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
      items: [
        'labs/00-setup',
        'labs/01-deploy-consumer',
        'labs/02-generate-load',
        'labs/03-observe-iteratorage',
        'labs/04-batch-size',
        'labs/05-parallelization',
        'labs/06-alarm',
        'labs/07-clean-up',
      ],
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
