import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isBackground, isConfirmationFrame, isExtensionPage, isOwnContentScript, isUploadDocument, type MessageSenderLike } from './sender';

const ID = 'test-extension-id';
const ORIGIN = `chrome-extension://${ID}`;
const TAB = { id: 3 };

const senders: Record<string, MessageSenderLike> = {
  popup: { id: ID, origin: ORIGIN, url: `${ORIGIN}/popup.html` },
  'captures page in a tab': { id: ID, origin: ORIGIN, url: `${ORIGIN}/captures.html#c1`, tab: TAB, frameId: 0 },
  'upload document': { id: ID, origin: ORIGIN, url: `${ORIGIN}/uploader.html` },
  background: { id: ID, origin: ORIGIN, url: `${ORIGIN}/background.js` },
  'confirmation framed in a page': { id: ID, origin: ORIGIN, url: `${ORIGIN}/confirm.html`, tab: TAB, frameId: 5 },
  'confirmation opened as a tab': { id: ID, origin: ORIGIN, url: `${ORIGIN}/confirm.html`, tab: TAB, frameId: 0 },
  'captures page framed in a page': { id: ID, origin: ORIGIN, url: `${ORIGIN}/captures.html`, tab: TAB, frameId: 5 },
  'content script': { id: ID, origin: 'https://www.tiktok.com', url: 'https://www.tiktok.com/foryou', tab: TAB, frameId: 0 },
  'content script (Firefox: no origin)': { id: ID, url: 'https://www.tiktok.com/foryou', tab: TAB, frameId: 0 },
  'another extension': { id: 'other', origin: 'chrome-extension://other', url: 'chrome-extension://other/popup.html' },
  'a page claiming our id': { id: 'other', origin: ORIGIN, url: `${ORIGIN}/popup.html`, tab: TAB },
};

describe('who sent a message', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.runtime.id = ID;
  });

  it.each([
    ['popup', ['page']],
    ['captures page in a tab', ['page']],
    ['upload document', ['page', 'uploader']],
    ['background', ['page', 'background']],
    ['confirmation framed in a page', ['confirmation']],
    ['confirmation opened as a tab', ['confirmation']],
    ['captures page framed in a page', []],
    ['content script', ['content script']],
    ['content script (Firefox: no origin)', ['content script']],
    ['another extension', []],
    ['a page claiming our id', []],
  ])('%s is trusted as %j', (name, kinds) => {
    const sender = senders[name]!;
    const trusted = [
      isExtensionPage(sender) && 'page',
      isConfirmationFrame(sender) && 'confirmation',
      isOwnContentScript(sender) && 'content script',
      isUploadDocument(sender) && 'uploader',
      isBackground(sender) && 'background',
    ].filter(Boolean);
    expect(trusted).toEqual(kinds);
  });
});
