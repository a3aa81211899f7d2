/** The playground's words, pt-BR and en side by side. */
export const TEXTS = {
  'pt-BR': {
    heading: 'Simulador',
    load: 'Carga',
    loadNote: 'O que o produtor escreve na tabela.',
    consumer: 'Consumidor',
    consumerNote: 'O mapeamento de origem de eventos (event source mapping) e o custo da função.',
    running: (pct: number) => `Simulando… ${pct}%`,
    done: (ms: string) => `Simulação concluída em ${ms}.`,
    invalid: 'Corrija os valores abaixo para simular:',
    failed: 'A simulação falhou:',
    capacityTitle: 'Estimativa de capacidade',
    capacity: (best: string, duration: string, concurrency: string) =>
      `Cerca de ${best} registros/s enquanto houver fila (lote completo em ${duration}, e o seguinte sai assim que ele termina; invocações simultâneas: ${concurrency}). Sem fila, um registro novo espera até 0,25 s pela próxima leitura do shard.`,
    verdict: {
      below: 'A taxa de escrita fica abaixo da capacidade total: com as chaves bem distribuídas, o IteratorAge se mantém baixo.',
      near: 'A taxa de escrita está a menos de 10% da capacidade: pequenas variações fazem o atraso crescer.',
      above: 'A taxa de escrita passa da capacidade: o atraso cresce enquanto a carga durar.',
    },
    assumption: 'A fórmula supõe lotes cheios, chaves bem distribuídas e nenhum erro; a simulação mostra o resto (por exemplo, uma chave quente).',
    hotKey: (hot: string, lane: string, outruns: boolean) => outruns
      ? `A chave mais quente recebe ${hot} escritas/s, mais do que a única faixa que a processa aguenta (até ${lane} registros/s): o atraso dessa chave cresce, qualquer que seja o fator de paralelização.`
      : `A chave mais quente recebe ${hot} escritas/s; a faixa que a processa aguenta até ${lane} registros/s.`,
    alarmTitle: 'Alarme',
    alarmState: (state: string) => `Estado final: ${state}`,
    lostTitle: 'Registros perdidos',
    share: 'Link com estas configurações',
    openFull: 'Abrir no simulador completo',
    presetNote: (lab: string) => `Valores iniciais do laboratório ${lab}; o custo por registro aproxima o handler da solução.`,
  },
  en: {
    heading: 'Playground',
    load: 'Load',
    loadNote: 'What the producer writes to the table.',
    consumer: 'Consumer',
    consumerNote: 'The event source mapping and what the function costs.',
    running: (pct: number) => `Simulating… ${pct}%`,
    done: (ms: string) => `Simulation finished in ${ms}.`,
    invalid: 'Fix the values below to simulate:',
    failed: 'The simulation failed:',
    capacityTitle: 'Capacity estimate',
    capacity: (best: string, duration: string, concurrency: string) =>
      `About ${best} records/s while there is a backlog (a full batch takes ${duration}, and the next one starts as soon as it returns; concurrent invocations: ${concurrency}). Without a backlog, a new record waits up to 0.25 s for the shard's next poll.`,
    verdict: {
      below: 'The write rate is below total capacity: with evenly spread keys, IteratorAge stays low.',
      near: 'The write rate is within 10% of capacity: small variations make the lag grow.',
      above: 'The write rate is above capacity: the lag grows for as long as the load lasts.',
    },
    assumption: 'The formula assumes full batches, evenly spread keys and no errors; the simulation shows the rest (a hot key, for example).',
    hotKey: (hot: string, lane: string, outruns: boolean) => outruns
      ? `The hottest key gets ${hot} writes/s, more than the one lane that processes it can take (up to ${lane} records/s): that key's lag grows, whatever the parallelization factor.`
      : `The hottest key gets ${hot} writes/s; the lane that processes it takes up to ${lane} records/s.`,
    alarmTitle: 'Alarm',
    alarmState: (state: string) => `Final state: ${state}`,
    lostTitle: 'Records lost',
    share: 'Link to these settings',
    openFull: 'Open in the full playground',
    presetNote: (lab: string) => `Starting values from lab ${lab}; the cost per record approximates the solution's handler.`,
  },
} as const;
