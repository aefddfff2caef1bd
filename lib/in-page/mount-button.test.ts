// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { accessibleMountPoint, createButtonMounter, type ButtonActions } from './mount-button';
import { createCaptureStateClient } from './state-client';

function setup() {
  const actions: ButtonActions = { activate: vi.fn(async () => ({ kind: 'sent' as const })), open: vi.fn(), dismiss: vi.fn() };
  const states = createCaptureStateClient(async () => ({}));
  const { mount } = createButtonMounter({
    states,
    actions,
    adapter: { buttonInset: { top: 8, left: 8 }, describe: () => ({}) },
    visibility: { watch() {}, unwatch() {}, seen: () => null },
    signal: new AbortController().signal,
  });
  document.body.innerHTML = '<article id="item"><div id="point"><video></video></div></article>';
  const container = document.getElementById('item')!;
  let host: Element | undefined;
  mount({ container, mountPoint: document.getElementById('point')!, url: 'https://www.tiktok.com/@a/video/1', creator: 'a' }, (h) => (host = h));
  return { actions, host: () => host! };
}

describe('the in-page button', () => {
  it('is a host with only the two attributes the page knows anyway, around a closed root', async () => {
    const { host } = setup();
    await Promise.resolve();
    expect(host().getAttributeNames().sort()).toEqual(['data-sume-capture', 'data-sume-url', 'style']);
    expect((host() as HTMLElement).shadowRoot).toBeNull();
    expect(host().textContent).toBe('');
  });

  it('a script’s click, from anywhere, starts nothing', async () => {
    const { actions, host } = setup();
    await Promise.resolve();
    (host() as HTMLElement).click();
    host().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await Promise.resolve();
    expect(actions.activate).not.toHaveBeenCalled();
  });
});

describe('where the button is mounted', () => {
  it('outside a wrapper hidden from screen readers (Instagram’s home feed), still inside the item', () => {
    document.body.innerHTML = '<article id="item"><div id="outer"><div aria-hidden="true"><div id="point"><video></video></div></div></div></article>';
    const point = accessibleMountPoint(document.getElementById('point')!, document.getElementById('item')!);
    expect(point.id).toBe('outer');
  });

  it('where the adapter said when nothing is hidden', () => {
    document.body.innerHTML = '<article id="item"><div id="point"><video></video></div></article>';
    expect(accessibleMountPoint(document.getElementById('point')!, document.getElementById('item')!).id).toBe('point');
  });
});
