// `npm start`: builds the site when it is missing or older than its sources, then serves both
// languages on 127.0.0.1 (port 3000 or the next free one) until Ctrl-C.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveLanguage } from '../i18n/language.js';
import { say } from './cli-context.js';
import { findFreePort } from './site/free-port.js';
import { buildSite } from './site/site-build.js';
import { siteBuildState } from './site/site-freshness.js';
import { startSiteServer } from './site/site-server.js';
import type { Bilingual } from '../i18n/bilingual.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ctx = { language: resolveLanguage({ env: process.env }) };
const print = (text: Bilingual): void => {
  process.stdout.write(`${say(ctx, text)}\n`);
};

const state = siteBuildState(repoRoot);
if (state.fresh) {
  print({ en: 'The site is already built and up to date (site/build).', 'pt-BR': 'O site já está gerado e atualizado (site/build).' });
} else {
  const why = state.reason?.kind === 'changed'
    ? { en: `${state.reason.file} changed since the last build`, 'pt-BR': `${state.reason.file} mudou desde a última geração` }
    : { en: 'there is no build yet', 'pt-BR': 'o site ainda não foi gerado' };
  print({
    en: `Building the site in Portuguese and English (${why.en}) — this takes about a minute…`,
    'pt-BR': `Gerando o site em português e inglês (${why['pt-BR']}) — leva cerca de um minuto…`,
  });
  try {
    const ms = await buildSite(repoRoot);
    const seconds = (ms / 1000).toFixed(0);
    print({ en: `Site built in ${seconds} s.`, 'pt-BR': `Site gerado em ${seconds} s.` });
  } catch (error) {
    print({ en: 'The site build failed; the messages above say why.', 'pt-BR': 'A geração do site falhou; as mensagens acima dizem o motivo.' });
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const port = await findFreePort(3000);
const server = await startSiteServer(repoRoot, port);
print({
  en: [
    '',
    'IteratorAge Workshop is running:',
    `  Português: ${server.url}/`,
    `  English:   ${server.url}/en/`,
    '',
    'First lab, in another terminal:  npx workshop run 01',
    'Press Ctrl-C to stop the site.',
  ].join('\n'),
  'pt-BR': [
    '',
    'A Oficina IteratorAge está no ar:',
    `  Português: ${server.url}/`,
    `  English:   ${server.url}/en/`,
    '',
    'Primeiro laboratório, em outro terminal:  npx workshop run 01',
    'Tecle Ctrl-C para parar o site.',
  ].join('\n'),
});

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  print({ en: '\nStopping the site…', 'pt-BR': '\nParando o site…' });
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.process.once('exit', (code) => {
  if (!stopping) {
    print({ en: `The site server stopped (exit code ${code}).`, 'pt-BR': `O servidor do site parou (código de saída ${code}).` });
    process.exit(code ?? 1);
  }
});
