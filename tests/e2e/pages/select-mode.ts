import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { attribute, ClosedShadowReader, textOf, walk, type DomNode } from './closed-shadow';

const TILE = 'SUME-CAPTURE-SELECT';
const BAR = 'SUME-CAPTURE-SELECT-BAR';

export interface TileReading {
  /** The checkbox's accessible name: "Select TikTok video by @luna.bakes". */
  name: string;
  checked: boolean;
  /** The tile link it sits in (the page's own href). */
  href: string;
}

export interface BarReading {
  count: string;
  note: string;
  buttons: { name: string; disabled: boolean; backendNodeId: number }[];
}

/**
 * Select mode on a grid, as a person uses it and as assistive technology reads it: its checkboxes
 * and its bar are in closed shadow roots (the page must not read what is ticked), so they are read
 * through the DevTools protocol (which sees closed roots) and clicked with real input at their place.
 */
export class SelectMode {
  private readonly reader: ClosedShadowReader;

  constructor(readonly page: Page) {
    this.reader = new ClosedShadowReader(page);
  }

  private cdp(): Promise<CDPSession> {
    return this.reader.cdp();
  }

  private tree(): Promise<DomNode> {
    return this.reader.tree();
  }

  /** Every checkbox on the page now, in document order, with the link of the tile it is in. */
  async tiles(): Promise<TileReading[]> {
    const out: TileReading[] = [];
    const visit = (node: DomNode, href: string) => {
      const here = node.nodeName === 'A' ? (attribute(node, 'href') ?? href) : href;
      if (node.nodeName === TILE) {
        const box = [...walk(node.shadowRoots?.[0] ?? ({ nodeType: 0 } as DomNode))].find((n) => n.nodeName === 'BUTTON');
        if (box) out.push({ name: attribute(box, 'aria-label') ?? '', checked: attribute(box, 'aria-checked') === 'true', href: here });
        return;
      }
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child, here);
    };
    visit(await this.tree(), '');
    return out;
  }

  async bar(): Promise<BarReading | null> {
    const host = [...walk(await this.tree())].find((node) => node.nodeName === BAR);
    if (!host) return null;
    const inside = [...walk(host.shadowRoots?.[0] ?? ({ nodeType: 0 } as DomNode))];
    const byClass = (name: string) => inside.find((n) => (attribute(n, 'class') ?? '').split(/\s+/).includes(name));
    return {
      count: textOf(byClass('count')),
      note: textOf(byClass('note')),
      buttons: inside
        .filter((n) => n.nodeName === 'BUTTON')
        .map((n) => ({ name: textOf(n), disabled: attribute(n, 'disabled') !== undefined, backendNodeId: n.backendNodeId })),
    };
  }

  async expectOn(): Promise<void> {
    await expect.poll(async () => (await this.bar()) !== null, { message: 'select mode is on' }).toBe(true);
  }

  async checkedHrefs(): Promise<string[]> {
    return (await this.tiles()).filter((tile) => tile.checked).map((tile) => tile.href);
  }

  /** Clicks a button of the bar by its text, with real input at its place. */
  async clickBarButton(name: string | RegExp): Promise<void> {
    const reading = await this.bar();
    const button = reading?.buttons.find((b) => (typeof name === 'string' ? b.name === name : name.test(b.name)));
    if (!button) throw new Error(`No bar button ${name} in ${JSON.stringify(reading?.buttons.map((b) => b.name))}`);
    const cdp = await this.cdp();
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** A person clicks a tile (anywhere on it); `shift` for a range. */
  async clickTile(href: string, { shift = false } = {}): Promise<void> {
    const tile = this.page.locator(`a[href="${href}"]`).first();
    await tile.scrollIntoViewIfNeeded();
    await tile.click({ modifiers: shift ? ['Shift'] : [], position: { x: 60, y: 60 } });
  }

  /** "Analyze N" on the bar (`name`: its words in another language): the question opens in the extension's own window. */
  async analyze(context: BrowserContext, name: RegExp = /^Analyze \d+ videos?$/): Promise<Page> {
    const opened = context.waitForEvent('page', (page) => page.url().includes('/batch.html'));
    await this.clickBarButton(name);
    const window = await opened;
    await window.waitForLoadState();
    return window;
  }

  detach(): Promise<void> {
    return this.reader.detach();
  }
}
