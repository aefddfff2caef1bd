import { useEffect, useState } from 'preact/hooks';
import { formatCredits } from '@/lib/ui/format';
import { t } from '@/lib/i18n/t';

interface Props {
  limitPerHour: number;
  /** Credits spent in the last hour (all analyses, asked or not); undefined while loading. */
  spentInWindow: number | undefined;
  confirmBeforeAnalyzing: boolean;
  onChange: (limitPerHour: number) => void;
}

const MAX_LIMIT = 100_000;

/**
 * With confirmation off, the credits that may go in an hour without asking; past it, Sume Capture
 * asks again in its own window. Whatever a page might trick a click into is capped by it.
 */
export function SpendingLimit({ limitPerHour, spentInWindow, confirmBeforeAnalyzing, onChange }: Props) {
  const [value, setValue] = useState(String(limitPerHour));
  useEffect(() => setValue(String(limitPerHour)), [limitPerHour]);
  const parsed = Number(value);
  const valid = value.trim() !== '' && Number.isInteger(parsed) && parsed >= 0 && parsed <= MAX_LIMIT;
  const commit = () => valid && parsed !== limitPerHour && onChange(parsed);
  return (
    <div class="field spending">
      <label class="field__label" for="spending-limit">
        {t('settings_limitLabel')}
      </label>
      <div class="spending__row">
        <input
          id="spending-limit"
          name="spendingLimitPerHour"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_LIMIT}
          step={1}
          value={value}
          aria-invalid={valid ? 'false' : 'true'}
          aria-describedby="spending-hint"
          onInput={(event) => setValue(event.currentTarget.value)}
          onChange={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
        <span>{t('settings_limitUnit')}</span>
      </div>
      <span id="spending-hint" class="field__hint sc-muted" data-testid="spending-hint">
        {valid ? '' : `${t('settings_limitInvalid', { max: MAX_LIMIT })} `}
        {spentInWindow !== undefined && `${t('settings_limitSpent', { credits: formatCredits(spentInWindow) })} `}
        {confirmBeforeAnalyzing ? t('settings_limitAppliesWhenAsking') : t('settings_limitPastIt')}
      </span>
    </div>
  );
}
