/**
 * One MutationObserver per page that reports only what was added and removed. Work is proportional
 * to the mutated nodes, never to the document: no rescans, no attribute watching, no polling.
 */
export interface ElementObserverCallbacks {
  added(element: Element): void;
  removed(element: Element): void;
  /** After each batch, once. */
  flushed(): void;
}

export function observeElements(root: Node, callbacks: ElementObserverCallbacks, signal: AbortSignal): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) if (node.nodeType === Node.ELEMENT_NODE) callbacks.removed(node as Element);
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) callbacks.added(node as Element);
    }
    callbacks.flushed();
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
