import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embed-code';
import { atlasHref } from './EmbedChrome';

describe('embedding', () => {
  it('the frame shows the same view with embed=1 and without the panel tab; the way out drops embed again', () => {
    const href = 'https://atlas.example.se/atlas/?lang=sv&zones=zone-hagastaden&within=1000&tab=zones#13/59.35/18.03';
    const url = embedUrl(href);
    expect(url).toBe(
      'https://atlas.example.se/atlas/?lang=sv&zones=zone-hagastaden&within=1000&embed=1#13/59.35/18.03',
    );
    expect(atlasHref(url)).toBe(
      'https://atlas.example.se/atlas/?lang=sv&zones=zone-hagastaden&within=1000#13/59.35/18.03',
    );
  });

  it('writes an iframe with a title, the sandbox it needs, and attributes escaped', () => {
    const code = embedCode('https://a.se/?story=x&scene=2', 'Atlas "map" <1>');
    expect(code).toContain('src="https://a.se/?story=x&amp;scene=2&amp;embed=1"');
    expect(code).toContain('title="Atlas &quot;map&quot; &lt;1>"');
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  });
});
