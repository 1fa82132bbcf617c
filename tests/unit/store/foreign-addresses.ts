// Addresses that must never be stored for publication kst-1-1: those the issue names (another
// site, javascript:, data:, file:) and look-alikes of the site's own address.

/** Each of them refused by the store and by an import, whatever record carries it. */
export const FOREIGN_ADDRESSES: readonly string[] = [
  'https://evil.example/kst-1-1.html',
  'javascript:alert(document.cookie)//kst-1-1.html',
  'javascript://zoek.officielebekendmakingen.nl/kst-1-1.html',
  'data:text/html,<script>alert(1)</script>//kst-1-1.html',
  'file:///etc/kst-1-1.html',
  'https://zoek.officielebekendmakingen.nl.evil.example/kst-1-1.html',
  'https://user@evil.example/zoek.officielebekendmakingen.nl/kst-1-1.html',
  'https://zoek.officielebekendmakingen.nl:8443/kst-1-1.html',
  '//zoek.officielebekendmakingen.nl/kst-1-1.html',
  '',
];
