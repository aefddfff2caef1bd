/**
 * The one check behind every capture-button story: the fixture marks what must carry a button
 * (`data-fixture-expect="<canonical URL>"`) and what must not (`data-fixture-decoy`), see
 * tests/fixtures/README.md. Runs inside the page in one go, so it sees a single instant; it is
 * passed to `page.evaluate` by Playwright and by puppeteer alike, so it must stay self-contained.
 */
export interface ButtonAudit {
  /** URLs of the elements marked `data-fixture-expect`, in document order. */
  expected: string[];
  /** `data-sume-url` of every capture button host on the page, in document order. */
  buttons: string[];
  /** Everything that is wrong, one sentence each; empty when the page is right. */
  problems: string[];
}

export function auditCaptureButtons(hostSelector: string): ButtonAudit {
  const problems: string[] = [];
  const describe = (el: Element) => {
    const index = el.getAttribute('data-scroll-index');
    return `<${el.tagName.toLowerCase()}${index === null ? '' : ` data-scroll-index=${index}`}>`;
  };
  const items = [...document.querySelectorAll('[data-fixture-expect]')];
  for (const item of items) {
    const url = item.getAttribute('data-fixture-expect');
    const hosts = [...item.querySelectorAll(hostSelector)];
    if (hosts.length !== 1) problems.push(`${describe(item)} for ${url} has ${hosts.length} buttons`);
    for (const host of hosts) {
      const shown = host.getAttribute('data-sume-url');
      if (shown !== url) problems.push(`${describe(item)} for ${url} has a button for ${shown}`);
      // A screen reader would never find it there.
      if (host.closest('[aria-hidden="true"]')) problems.push(`${describe(item)} for ${url} has its button inside an aria-hidden element`);
    }
  }
  for (const decoy of document.querySelectorAll('[data-fixture-decoy]')) {
    // Should a decoy ever wrap a real item, the item's own button is not the decoy's.
    const stray = [...decoy.querySelectorAll(hostSelector)].filter((host) => {
      const item = host.closest('[data-fixture-expect]');
      return !item || item === decoy || !decoy.contains(item);
    });
    if (stray.length > 0) {
      problems.push(`decoy "${decoy.getAttribute('data-fixture-decoy')}" has a button: ${stray.map((h) => h.getAttribute('data-sume-url')).join(', ')}`);
    }
  }
  const buttons = [...document.querySelectorAll(hostSelector)].map((host) => host.getAttribute('data-sume-url') ?? '');
  if (buttons.length !== items.length) problems.push(`${buttons.length} buttons on the page for ${items.length} expected videos`);
  const expected = items.map((item) => item.getAttribute('data-fixture-expect') ?? '');
  // The marks and the fixture's own list must agree, or the check above proves nothing.
  const fixture = (window as unknown as { __fixture: { expected(): { url: string }[] } }).__fixture;
  const declared = fixture.expected().map((e) => e.url);
  if (JSON.stringify([...declared].sort()) !== JSON.stringify([...expected].sort())) {
    problems.push(`fixture inconsistent: expected() lists ${declared.join(', ')} but the marks say ${expected.join(', ')}`);
  }
  return { expected, buttons, problems };
}
