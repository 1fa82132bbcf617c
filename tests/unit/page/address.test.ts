// Publication ids from addresses: the last path segment decides.
import { describe, expect, it } from 'vitest';
import { readAddress } from '@/lib/page/publication-id';

const SITE = 'https://zoek.officielebekendmakingen.nl';

describe('readAddress', () => {
  it.each([
    ['/kst-21501-02-2553.html', 'kst-21501-02-2553'],
    ['/dossier/kst-31271-14.html', 'kst-31271-14'],
    ['/behandelddossier/kst-36410-V-13.html', 'kst-36410-V-13'],
    ['/kst-32827-124.html/kst-29279-685.html', 'kst-29279-685'],
    ['/h-tk-20232024-4-26.html', 'h-tk-20232024-4-26'],
    ['/kv-tk-2017Z06952.html', 'kv-tk-2017Z06952'],
    ['/kst-1027687.html', 'kst-1027687'],
    ['/kst-35261-B.html?highlight=x#p2', 'kst-35261-B'],
  ])('%s is the text of %s', (path, id) => {
    expect(readAddress(SITE + path)).toEqual({ id, isPublicationText: true });
  });

  it('an address without .html is an information page', () => {
    expect(readAddress(`${SITE}/stcrt-2017-20099`)).toEqual({ id: 'stcrt-2017-20099', isPublicationText: false });
  });

  it.each(['/', '/resultaten?q=azerbeidzjan&pg=10', '/zoeken', '/kst-21501-02-2553/metadata.xml', 'not a url'])(
    '%s is no publication',
    (path) => {
      expect(readAddress(path.startsWith('/') ? SITE + path : path).isPublicationText).toBe(false);
    },
  );
});
