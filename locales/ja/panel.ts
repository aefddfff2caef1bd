import type { Translation } from '../../lib/i18n/catalog';
import type { panel as english } from '../en/panel';

export const panel: Translation<typeof english> = {
  title: 'Sume サイドパネル',
  nowWatching: '視聴中',
  notPlatform: 'このタブで TikTok または Instagram を開いてください。このパネルは視聴中の動画を追いかけ、その分析をここに表示します。',
  noVideo: '画面に動画がありません。動画までスクロールすると、このパネルが追いかけます。',
  looking: 'このタブを確認しています…',
  fromPage: 'ページ上の説明',
  unverified: 'これが画面上の動画であることを Sume Capture は確認できません。分析する前にリンクを確認してください。',
  notAnalyzed: 'まだ分析されていません。',
  openInCaptures: 'キャプチャで開く',
  open: 'サイドパネル',
  openTitle: 'サイドパネルを開く：視聴中の動画を追いかけます',
  analysis: '画面上の動画の分析',
  searchTitle: 'アセットライブラリ',
  searchLabel: 'アセットライブラリを検索',
  searchPlaceholder: 'シーン、フック、商品…',
  searching: '検索しています…',
  searchResults: {
    other: '「{query}」の検索結果 {count} 件',
  },
  searchEmpty: 'アセットライブラリに「{query}」に一致するものはありません。',
  searchMore: 'さらに表示',
  searchScore: '一致度 {score}',
  searchWholeAsset: 'アセット全体',
  openInSume: 'Sume で開く',
  findSimilar: '似たシーンを探す',
};
