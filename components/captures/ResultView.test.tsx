// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceResultFor } from '@/tests/sandbox/results';
import { ResultView } from './ResultView';
import { formatRange } from './timestamps';

declare global {
  interface Window {
    __pwned?: number;
  }
}

afterEach(cleanup);

describe('ResultView with a hostile result', () => {
  const hostile = {
    summary: '<img src=x onerror="window.__pwned=1">',
    hook: { text: '<script>window.__pwned=1</script>' },
    extra: { html: '<b>x</b>' },
    link: 'javascript:alert(1)',
  };

  it('shows every value as harmless text', async () => {
    const { container } = render(<ResultView result={hostile} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelectorAll('img, script, b, iframe, object, embed')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.getAttribute('href') ?? ''))).toHaveLength(0);
    expect(window.__pwned).toBeUndefined();
    expect(screen.getByText(hostile.summary)).toBeTruthy();
    expect(screen.getByText(hostile.hook.text)).toBeTruthy();
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
  });

  it('does not load media URLs: they are links that open elsewhere', () => {
    const { container } = render(<ResultView result={{ thumbnail_url: 'https://cdn.example.com/t.jpg', poster: 'data:image/png;base64,AAAA' }} />);
    const link = screen.getByRole('link', { name: 'https://cdn.example.com/t.jpg' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByText('data:image/png;base64,AAAA').closest('a')).toBeNull();
  });
});

describe('ResultView with a real result', () => {
  const url = 'https://www.instagram.com/reel/Cabc123/';
  const raw = referenceResultFor(url);

  it('lays out the known sections with m:ss timestamps', () => {
    render(<ResultView result={raw} />);
    for (const title of ['Summary', 'Hook', 'Scenes', 'Transcript', 'On-screen text', 'Call to action', 'Format, pacing and audio', 'Other details']) {
      expect(screen.getByRole('heading', { name: new RegExp(`^${title}`) })).toBeTruthy();
    }
    const scenes = screen.getByRole('list', { name: 'Scenes' });
    expect(
      within(scenes)
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('cap-timed')),
    ).toHaveLength(raw.scenes.length);
    const first = raw.scenes[0]!;
    expect(within(scenes).getByText(formatRange(first.start_seconds, first.end_seconds))).toBeTruthy();
    expect(formatRange(first.start_seconds, first.end_seconds)).toMatch(/^0:00–0:\d\d$/);
    expect(screen.getByText('Cuts per minute')).toBeTruthy();
    expect(screen.getByText('Duration seconds')).toBeTruthy();
    expect(screen.getByRole('link', { name: url }).getAttribute('rel')).toBe('noreferrer noopener');
  });
});

describe('ResultView with a huge result', () => {
  it('folds long lists behind "Show more"', () => {
    const transcript = Array.from({ length: 60 }, (_, i) => ({ start_seconds: i, text: `Line ${i}` }));
    render(<ResultView result={{ transcript }} />);
    expect(screen.queryByText('Line 30')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Show 25 more/ }));
    expect(screen.getByText('Line 30')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Show 10 more/ })).toBeTruthy();
  });

  it('stops at a safe depth', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { level: deep };
    render(<ResultView result={{ deep }} />);
    expect(screen.queryByText('bottom')).toBeNull();
    expect(screen.getByText(/Nested too deep/)).toBeTruthy();
  });

  it('folds very long text behind "Show all"', () => {
    render(<ResultView result={{ summary: `${'a'.repeat(3000)}END` }} />);
    expect(screen.queryByText(/END/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Show all/ }));
    expect(screen.getByText(/END$/)).toBeTruthy();
  });
});
