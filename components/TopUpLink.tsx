import { sumeAppUrl } from '@/lib/api/app-links';
import { t } from '@/lib/i18n/t';
import { useSettings } from '@/lib/ui/use-settings';

/** "Top up in Sume": Sume's page for buying credits, on the Sume this extension is connected to. */
export function TopUpLink() {
  const { settings } = useSettings();
  return (
    <a class="field__link" href={sumeAppUrl('billing', settings?.baseUrl)} target="_blank" rel="noopener noreferrer" data-testid="top-up">
      {t('popup_topUp')}
    </a>
  );
}
