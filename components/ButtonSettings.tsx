import { PLATFORMS, type PlatformId } from '@/lib/platforms/registry';
import { t } from '@/lib/i18n/t';

interface Props {
  buttons: Record<PlatformId, boolean>;
  onChange: (platform: PlatformId, enabled: boolean) => void;
}

/** The in-page button on/off per platform; open tabs follow at once. */
export function ButtonSettings({ buttons, onChange }: Props) {
  return (
    <fieldset class="switches">
      <legend class="sc-visually-hidden">{t('settings_buttonsLegend')}</legend>
      {PLATFORMS.map((platform) => (
        <label class="switch" key={platform.id}>
          <input
            type="checkbox"
            role="switch"
            name={`button-${platform.id}`}
            checked={buttons[platform.id]}
            aria-checked={buttons[platform.id]}
            onChange={(event) => onChange(platform.id, event.currentTarget.checked)}
          />
          <span class="switch__track" aria-hidden="true" />
          <span>
            <strong>{platform.name}</strong>
            <span class="sc-muted switch__hint">{platform.buttonPlaces}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
