/**
 * The side panel from the toolbar button's menu and from its shortcut: the panel is asked for at
 * once, in the same task as the click or key (the browser opens it only then), for that window.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';

const opened: number[] = [];
vi.mock('../browser/side-panel', () => ({
  openSidePanel: (windowId: number) => {
    opened.push(windowId);
    return Promise.resolve();
  },
}));
const { COMMAND_SIDE_PANEL, MENU_SIDE_PANEL, handleCommand, handleMenuClick } = await import('./register-menu-and-shortcut');

const tab = { id: 4, windowId: 9, index: 0, pinned: false, highlighted: true, active: true, incognito: false } as Browser.tabs.Tab;

describe('the side panel from the menu and the shortcut', () => {
  beforeEach(() => {
    opened.length = 0;
  });

  it('the toolbar button’s menu item opens it for the window it was clicked in, before anything is awaited', () => {
    void handleMenuClick({ menuItemId: MENU_SIDE_PANEL, editable: false, pageUrl: '' } as Browser.contextMenus.OnClickData, tab);
    expect(opened).toEqual([9]);
  });

  it('the shortcut opens it for the window it was pressed in, at once', () => {
    void handleCommand(COMMAND_SIDE_PANEL, tab);
    expect(opened).toEqual([9]);
  });

  it('without a window to open it in, nothing is opened', async () => {
    await handleCommand(COMMAND_SIDE_PANEL);
    await handleMenuClick({ menuItemId: MENU_SIDE_PANEL, editable: false, pageUrl: '' } as Browser.contextMenus.OnClickData);
    expect(opened).toEqual([]);
  });
});
