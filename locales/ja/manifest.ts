import type { Translation } from '../../lib/i18n/catalog';
import type { manifest as english } from '../en/manifest';

export const manifest: Translation<typeof english> = {
  name: 'Sume Capture',
  description: 'TikTok の動画や Instagram のリールを、ワンクリックで Sume のリファレンス分析に送信します。',
  analyzeCommand: '視聴中の動画を Sume で分析',
  openSidePanelCommand: 'Sume のサイドパネルを開く',
  selectVideosCommand: 'このグリッドの動画を選んでまとめて分析',
};
