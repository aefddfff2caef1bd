/**
 * Inputs built to make a URL parser backtrack or loop: each pattern at 100 000 characters (past the
 * length cap) and at 2 000 (just under it, so the parser really reads it). Shared by the parser's
 * unit tests (it answers, and well) and `npm run bench` (how long the worst of them takes).
 */
const PATTERNS: [string, (size: number) => string][] = [
  ['/@ repeated', (n) => '/@'.repeat(n / 2)],
  ['a repeated', (n) => 'a'.repeat(n)],
  ['@a/ after a TikTok origin', (n) => `https://www.tiktok.com/${'@a/'.repeat(n / 3)}`],
  ['video/ segments', (n) => `https://www.tiktok.com/@a/${'video/'.repeat(n / 6)}`],
  ['digits', (n) => `https://www.tiktok.com/@a/video/${'7'.repeat(n)}`],
  ['dots in the host', (n) => `https://${'a.'.repeat(n / 2)}tiktok.com/`],
  ['slashes after the scheme', (n) => `https:${'/'.repeat(n)}www.tiktok.com/`],
  ['scheme-like prefix', (n) => `${'a'.repeat(n)}:`],
  ['ampersands', (n) => `https://www.instagram.com/reel/${'&'.repeat(n)}`],
  ['percent escapes', (n) => `https://www.instagram.com/reel/${'%2'.repeat(n / 2)}`],
  ['leading whitespace', (n) => `${' '.repeat(n)}https://www.tiktok.com/@a/video/7301234567890123456`],
  ['share paths', (n) => `https://www.instagram.com/${'share/'.repeat(n / 6)}`],
  // The link forms issue 11 accepts: TikTok's share path, Instagram's embed and comment permalinks,
  // and a valid link followed by a tracking query of any length (dropped, never a reason to refuse).
  ['TikTok share/video segments', (n) => `https://www.tiktok.com/share/${'video/'.repeat(n / 6)}`],
  ['Instagram embed suffixes', (n) => `https://www.instagram.com/p/CodeAbc123_/${'embed/'.repeat(n / 6)}`],
  ['Instagram comment ids', (n) => `https://www.instagram.com/p/CodeAbc123_/c/${'1'.repeat(n)}`],
  ['a tracking query', (n) => `https://www.tiktok.com/@a/video/7301234567890123456?${'utm_source=x&'.repeat(n / 13)}`],
];

export const ADVERSARIAL_URLS: { name: string; input: string }[] = PATTERNS.flatMap(([name, build]) => [
  { name: `${name}, 100 KB`, input: build(100_000) },
  { name: `${name}, 2 000 characters`, input: build(2_000).slice(0, 2_000) },
]);
