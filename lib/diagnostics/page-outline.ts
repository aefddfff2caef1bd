/**
 * For "Copy a problem report": the shape of the markup around the video a person is watching, so
 * support can see how a site changed without seeing anything of the person's. Runs inside the page
 * (injected with scripting.executeScript when the person asks, so the always-on content script
 * carries none of it) and must stay self-contained: executeScript serialises this one function.
 *
 * What it keeps: tag names, `role` values, attribute names (sorted, each cut to 40 characters).
 * What it never keeps: text, attribute values (so no addresses, ids, handles or class names' words),
 * anything inside our own buttons. Bounded: a few levels above the video, at most `MAX_LINES` lines.
 */
export interface PageOutline {
  /** One element per line, indented by depth; the watched video's line ends with `← video`. */
  lines: string[];
  /** More elements were there than the outline shows. */
  truncated: boolean;
}

export function outlineWatchedVideo(hostAttribute: string): PageOutline | null {
  const LEVELS_UP = 6;
  const DEPTH = LEVELS_UP + 3;
  const MAX_LINES = 160;
  const MAX_ATTRIBUTES = 12;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
  };
  const videos = Array.from(document.getElementsByTagName('video'));
  const inDialog = videos.filter((v) => v.closest('[role="dialog"]'));
  const watched = (inDialog.length ? inDialog : videos).map((v) => ({ v, area: visible(v) })).sort((a, b) => b.area - a.area)[0];
  if (!watched || watched.area === 0) return null;

  let top: Element = watched.v;
  for (let level = 0; level < LEVELS_UP && top.parentElement && top.parentElement !== document.body; level++) top = top.parentElement;

  const outlineOf = (el: Element): string => {
    const role = el.getAttribute('role');
    const names = el
      .getAttributeNames()
      .filter((name) => name !== 'role')
      .map((name) => name.slice(0, 40))
      .sort();
    const shown = names.slice(0, MAX_ATTRIBUTES).join(' ') + (names.length > MAX_ATTRIBUTES ? ' …' : '');
    const roleText = role && /^[a-z ]{1,30}$/.test(role) ? `[role=${role}]` : role ? '[role=?]' : '';
    return `${el.tagName.toLowerCase()}${roleText}${shown ? ` {${shown}}` : ''}`;
  };

  const lines: string[] = [];
  let truncated = false;
  const walk = (el: Element, depth: number) => {
    if (lines.length >= MAX_LINES) {
      truncated = true;
      return;
    }
    const indent = '  '.repeat(depth);
    if (el.hasAttribute(hostAttribute)) {
      // ui-literal: not user-facing (the outline is for support, in English)
      lines.push(`${indent}[Sume button]`);
      return;
    }
    lines.push(`${indent}${outlineOf(el)}${el === watched.v ? ' ← video' : ''}`);
    // Inside an icon or a script there is nothing about the page's structure.
    if (depth >= DEPTH || /^(svg|script|style|template|noscript)$/i.test(el.tagName)) {
      if (el.children.length > 0) lines.push(`${indent}  … ${el.children.length}`);
      return;
    }
    for (const child of Array.from(el.children)) walk(child, depth + 1);
  };
  walk(top, 0);
  return { lines, truncated };
}
