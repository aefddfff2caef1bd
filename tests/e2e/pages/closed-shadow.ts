/**
 * Reads our in-page buttons the way assistive technology and DevTools do, not the way a page
 * script could: their shadow roots are closed, so `element.shadowRoot` is null for the page (and
 * for Playwright's own selectors). The Chrome DevTools Protocol's DOM domain sees closed roots.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** What our button shows and says, read from inside its closed shadow root. */
export interface ButtonReading {
  /** ready, sending, queued, analyzing, done or failed. */
  state: string;
  /** Its accessible name: the action and whose video it is. */
  name: string;
  /** The polite live region's last announcement. */
  announced: string;
  /** The failure reason shown under the button, if any. */
  note: string;
  busy: boolean;
  /** The video it is for (`data-sume-url` on its host). */
  url: string;
}

export const attribute = (node: DomNode, name: string): string | undefined => {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
};

export function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

export const textOf = (node: DomNode | undefined): string =>
  node
    ? [...walk(node)]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.nodeValue)
        .join('')
    : '';
const hasClass = (node: DomNode, name: string) => (attribute(node, 'class') ?? '').split(/\s+/).includes(name);

export class ClosedShadowReader {
  private session: Promise<CDPSession> | undefined;

  constructor(private readonly page: Page) {}

  /** One DevTools session with the page, made on first use. */
  cdp(): Promise<CDPSession> {
    this.session ??= this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** The document with every shadow root, open and closed. */
  async tree(): Promise<DomNode> {
    const { root } = (await (await this.cdp()).send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return root;
  }

  /** Every button of ours on the page, in document order. */
  async buttons(): Promise<ButtonReading[]> {
    const out: ButtonReading[] = [];
    for (const node of walk(await this.tree())) {
      const url = attribute(node, 'data-sume-url');
      if (url === undefined) continue;
      const inside = [...walk(node.shadowRoots?.[0] ?? ({ nodeType: 0 } as DomNode))];
      const button = inside.find((n) => n.nodeName === 'BUTTON');
      if (!button) continue;
      out.push({
        url,
        state: attribute(button, 'data-state') ?? '',
        name: attribute(button, 'aria-label') ?? '',
        busy: attribute(button, 'aria-busy') === 'true',
        announced: textOf(inside.find((n) => hasClass(n, 'live'))),
        note: textOf(inside.find((n) => hasClass(n, 'note'))),
      });
    }
    return out;
  }

  /** Our button for the video with this canonical URL, or null when there is none. */
  async button(url: string): Promise<ButtonReading | null> {
    return (await this.buttons()).find((reading) => reading.url === url) ?? null;
  }

  /** Every attribute value and text inside our shadow roots, for checks that nothing secret is there. */
  async everythingInside(): Promise<string> {
    const out: string[] = [];
    for (const node of walk(await this.tree())) {
      if (!node.nodeName.startsWith('SUME-CAPTURE')) continue;
      for (const inner of walk(node.shadowRoots?.[0] ?? ({ nodeType: 0 } as DomNode))) out.push(...(inner.attributes ?? []), inner.nodeValue ?? '');
    }
    return out.join('\n');
  }

  /** Whether a shadow root of ours is open (it must not be). */
  async shadowRootModes(): Promise<string[]> {
    const modes: string[] = [];
    for (const node of walk(await this.tree())) {
      if (!node.nodeName.startsWith('SUME-CAPTURE')) continue;
      for (const root of node.shadowRoots ?? []) modes.push((root as DomNode & { shadowRootType?: string }).shadowRootType ?? 'unknown');
    }
    return modes;
  }

  async detach(): Promise<void> {
    if (this.session) await (await this.session).detach().catch(() => undefined);
    this.session = undefined;
  }
}
