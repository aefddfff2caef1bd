// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureFilters } from './CaptureFilters';
import { CaptureList } from './CaptureList';
import { filterCaptures, type StatusFilter } from './capture-list-model';
import { SAMPLE_RECORDS } from './test-records';

afterEach(cleanup);

/** The page's wiring of filters and list, without the background. */
function Harness() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const { visible, counts } = filterCaptures(SAMPLE_RECORDS, { query, status });
  const noop = async () => {};
  return (
    <>
      <CaptureFilters
        query={query}
        onQuery={setQuery}
        status={status}
        onStatus={setStatus}
        counts={counts}
        total={SAMPLE_RECORDS.length}
        shown={visible.length}
        sort="newest"
        onSort={() => {}}
        layout="list"
        onLayout={() => {}}
      />
      <CaptureList
        records={visible}
        selectedId={null}
        now={Date.now()}
        layout="list"
        checked={new Set()}
        onCheck={() => {}}
        onSelect={() => {}}
        onRetry={noop}
        onRemove={noop}
      />
    </>
  );
}

const shownIds = () => screen.queryAllByTestId('capture-row').map((row) => row.dataset.captureId);

describe('filters and search', () => {
  it('shows every capture with counts per status', () => {
    render(<Harness />);
    expect(shownIds()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(screen.getByRole('radio', { name: 'All 5' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'In progress 2' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Done 1' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Failed 2' })).toBeTruthy();
  });

  it('filters by status with the radio group', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('radio', { name: /Failed/ }));
    expect(shownIds()).toEqual(['c4', 'c5']);
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 5 captures');
    fireEvent.click(screen.getByRole('radio', { name: /In progress/ }));
    expect(shownIds()).toEqual(['c2', 'c3']);
  });

  it('searches by URL and description, and counts what matches', () => {
    render(<Harness />);
    const search = screen.getByRole('searchbox', { name: 'Search captures' });
    fireEvent.input(search, { target: { value: '@gym' } });
    expect(shownIds()).toEqual(['c3', 'c4']);
    expect(screen.getByRole('radio', { name: 'All 2' })).toBeTruthy();
    fireEvent.input(search, { target: { value: 'Instagram Reel' } });
    expect(shownIds()).toEqual(['c2']);
    const row = screen.getByTestId('capture-row');
    expect(within(row).getByText('Instagram Reel')).toBeTruthy();
  });

  it('combines search and status', () => {
    render(<Harness />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'gym' } });
    fireEvent.click(screen.getByRole('radio', { name: /Failed/ }));
    expect(shownIds()).toEqual(['c4']);
  });
});
