import { describe, expect, it } from 'vitest';
import type { ConsumerMetrics } from './metric-reader.js';
import { renderWatchFrame } from './watch-frame.js';

const idle: ConsumerMetrics = {
  functionName: 'consumer',
  startMs: Date.UTC(2026, 10, 20, 12, 0, 0),
  minutes: 3,
  iteratorAgeMs: [null, null, null],
  invocations: [null, null, null],
  errors: [null, null, null],
  throttles: [null, null, null],
};

describe('renderWatchFrame', () => {
  it('GIVEN an idle stream (no data points) WHEN drawn THEN it explains "no data" instead of showing zero lag', () => {
    const frame = renderWatchFrame(idle, { language: 'en' });
    expect(frame).toContain('No IteratorAge data in this window: the stream did not invoke the function. It may be an idle stream or no load yet — or a stuck or throttled consumer: look at Throttles.');
    expect(frame).not.toContain('Latest IteratorAge');
    expect(renderWatchFrame(idle, { language: 'pt-BR' })).toContain('Sem dados de IteratorAge nesta janela: o stream não invocou a função. Pode ser um stream ocioso ou ainda sem carga — ou um consumidor travado ou sob limitação (throttling): confira os Throttles.');
  });

  it('GIVEN throttles after the last invocation WHEN drawn THEN a throttling line is added', () => {
    const throttled = { ...idle, iteratorAgeMs: [1_000, 90_000, null], invocations: [5, null, null], throttles: [0, 0, 7] };
    const frame = renderWatchFrame(throttled, { language: 'en' });
    expect(frame).toContain('Latest IteratorAge: 1.5 min (12:01 UTC) · peak: 1.5 min (12:01 UTC)');
    expect(frame).toContain('Throttles at 12:02 UTC: 7 — the function is being throttled (reserved concurrency?).');
  });
});
