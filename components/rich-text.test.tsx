// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { richText, slot } from './rich-text';

const html = (children: ReturnType<typeof richText>) => {
  const root = document.createElement('p');
  render(<>{children}</>, root);
  return root.innerHTML;
};

describe('richText', () => {
  it('puts each element where the translation placed its slot, in any order', () => {
    expect(html(richText(`Signed in as ${slot(0)} in ${slot(1)}.`, [<b>Ana</b>, <i>Demo</i>]))).toBe('Signed in as <b>Ana</b> in <i>Demo</i>.');
    expect(html(richText(`${slot(1)}: ${slot(0)}`, [<b>Ana</b>, <i>Demo</i>]))).toBe('<i>Demo</i>: <b>Ana</b>');
  });

  it('leaves a sentence without slots as it is', () => {
    expect(html(richText('Nothing to fill.', []))).toBe('Nothing to fill.');
  });
});
