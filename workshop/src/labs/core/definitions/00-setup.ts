// Lab 00 — setup: a reading and doing step with no code to check here (`check 00` names the command that checks it).
import type { LabDefinition } from '../lab-definition.js';

export const lab: LabDefinition = {
  id: '00',
  slug: '00-setup',
  minutes: 15,
  files: ['README.md'],
  charts: [],
  title: { 'pt-BR': 'Preparação: ferramentas, alvo local ou AWS, custos', en: 'Setup: tools, local or AWS target, costs' },
  shortTitle: { 'pt-BR': 'preparação', en: 'setup' },
  summary: { 'pt-BR': 'instala, roda o `doctor`, escolhe local ou AWS', en: 'install, run `doctor`, pick local or AWS' },
  hints: {
    'pt-BR': ['Rode `npx workshop doctor`: cada linha diz o que falta e como resolver.', 'Sem conta AWS? Tudo funciona com o alvo local, que é o padrão.'],
    en: ['Run `npx workshop doctor`: each line says what is missing and how to fix it.', 'No AWS account? Everything works on the local target, the default.'],
  },
};
