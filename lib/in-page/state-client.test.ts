import { describe, expect, it, vi } from 'vitest';
import { parseCaptureStates, parseContentSettings } from './capture-state';
import { createCaptureStateClient } from './state-client';

const analyzing = { status: 'analyzing' as const, updatedAt: 1 };

describe('capture state client', () => {
  it('asks the background once per burst of new buttons', async () => {
    const fetchStates = vi.fn(async (urls: string[]) => Object.fromEntries(urls.map((u) => [u, analyzing])));
    const client = createCaptureStateClient(fetchStates);
    const seen: string[] = [];
    for (const url of ['a', 'b', 'c']) client.subscribe(url, () => seen.push(url));
    await new Promise((r) => setTimeout(r, 0));
    expect(fetchStates).toHaveBeenCalledTimes(1);
    expect(fetchStates).toHaveBeenCalledWith(['a', 'b', 'c']);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(client.get('b')).toEqual(analyzing);
  });

  it('pushed changes reach only the buttons of that URL; null forgets', () => {
    const client = createCaptureStateClient(async () => ({}));
    const a = vi.fn();
    const b = vi.fn();
    client.subscribe('a', a);
    client.subscribe('b', b);
    client.apply({ a: analyzing });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    client.apply({ a: null });
    expect(client.get('a')).toBeUndefined();
  });

  it('a push about another handle form of the same video reaches this video’s button', () => {
    const client = createCaptureStateClient(async () => ({}));
    const button = vi.fn();
    const page = 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600';
    client.subscribe(page, button);
    client.apply({ 'https://www.tiktok.com/@_/video/7398201746531097600': analyzing });
    expect(button).toHaveBeenCalledTimes(1);
    expect(client.get(page)).toEqual(analyzing);
  });

  it('a failed lookup leaves buttons ready instead of throwing into the page', async () => {
    const client = createCaptureStateClient(async () => {
      throw new Error('extension reloaded');
    });
    client.subscribe('a', () => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(client.get('a')).toBeUndefined();
  });
});

describe('what content scripts accept from the background', () => {
  it.each([
    [{ u: { status: 'done', updatedAt: 1 } }, { u: { status: 'done', updatedAt: 1 } }],
    [{ u: null }, { u: null }],
    [{ u: { status: 'pwned', updatedAt: 1 } }, {}],
    [{ u: { status: 'done' } }, {}],
    [{ u: { status: 'failed', updatedAt: 1, message: 'x'.repeat(501) } }, {}],
    [{ ['x'.repeat(301)]: { status: 'done', updatedAt: 1 } }, {}],
    ['nope', {}],
    [null, {}],
  ])('parseCaptureStates(%j)', (input, output) => {
    expect(parseCaptureStates(input)).toEqual(output);
  });

  it.each([
    [{ buttons: { tiktok: true, instagram: false } }, { buttons: { tiktok: true, instagram: false } }],
    [{ buttons: { tiktok: 'yes', instagram: false } }, null],
    [{}, null],
    [undefined, null],
  ])('parseContentSettings(%j)', (input, output) => {
    expect(parseContentSettings(input)).toEqual(output);
  });
});
