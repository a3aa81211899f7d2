// The playground's engine runs here, off the page's main thread, so moving a slider never freezes the tab.
import { runScenario } from './run-scenario';
import type { RunReply, RunRequest } from './simulation-protocol';

const post = (message: RunReply): void => (self as unknown as { postMessage(m: RunReply): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  void runScenario(event.data, post);
});
