// Lab 10 — clean-up: a reading and doing step with no code to check here (`check 10` names the command that checks it).
import type { LabDefinition } from '../lab-definition.js';

export const lab: LabDefinition = {
  id: '10',
  slug: '10-clean-up',
  minutes: 10,
  files: ['README.md'],
  charts: [],
  title: { 'pt-BR': 'Limpeza: destroy e reset', en: 'Clean up: destroy and reset' },
  shortTitle: { 'pt-BR': 'limpeza', en: 'clean up' },
  summary: { 'pt-BR': 'remove tudo e prova que nada ficou para trás', en: 'remove everything and prove nothing is left' },
  trainer: {
    note: { 'pt-BR': 'Na AWS, a busca por tag voltando vazia.', en: 'On AWS, the tag search coming back empty.' },
  },
  hints: {
    'pt-BR': ['Na AWS: `npx workshop destroy labs/NN-slug` para cada lab implantado.', 'Localmente: `npx workshop reset NN` volta um lab ao ponto de partida.'],
    en: ['On AWS: `npx workshop destroy labs/NN-slug` for each lab you deployed.', 'Locally: `npx workshop reset NN` brings a lab back to its starting point.'],
  },
};
