import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';

describe('launching the browser for the site test', () => {
  it('GIVEN no chromium at the expected path WHEN launched THEN it fails with how to install Debian\'s chromium (never a silent skip)', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/not installed at \/nonexistent\/chromium.*apt-get install -y chromium/s);
  });
});
