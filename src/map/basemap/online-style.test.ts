import { describe, expect, it } from 'vitest';
import { probeOnlineStyle } from './online-style';

describe('online basemap probe', () => {
  it('returns the style when it arrives', async () => {
    const fake = (async () => new Response(JSON.stringify({ version: 8, layers: [] }))) as typeof fetch;
    await expect(probeOnlineStyle(fake, 100)).resolves.toMatchObject({ version: 8 });
  });

  it('gives up after the timeout when the network hangs', async () => {
    const hang = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as typeof fetch;
    await expect(probeOnlineStyle(hang, 50)).rejects.toThrow('aborted');
  });

  it('rejects a captive-portal page that is not a style', async () => {
    const portal = (async () => new Response('<html>Log in to Wi-Fi</html>')) as typeof fetch;
    await expect(probeOnlineStyle(portal, 100)).rejects.toThrow();
  });
});
