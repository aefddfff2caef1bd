/**
 * Opening the side panel (entrypoints/sidepanel): Chrome's `sidePanel` (MV3), Firefox's sidebar
 * (`sidebarAction`, MV2). Both open it only while handling a person's own gesture — a click, a menu
 * item, a shortcut — so call this in that task, before anything is awaited.
 */
import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

export function openSidePanel(windowId: number): Promise<void> {
  if (import.meta.env.FIREFOX) return (browser as unknown as FirefoxSidebar).sidebarAction.open();
  return browser.sidePanel.open({ windowId });
}
