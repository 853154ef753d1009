import { useEffect, useRef } from 'react';
import { settingsText } from '../../../lib/settings-text.ts';
import { DIGIT_STYLES, LINE_WIDTHS, TEXT_SIZES, THEMES, type ReaderSettings } from '../lib/settings.ts';
import type { ReaderSettingsControl } from '../use-reader-settings.ts';
import styles from './settings-panel.module.css';

type Props = { readonly control: ReaderSettingsControl; readonly onClose: () => void };

type ChoiceProps<K extends keyof ReaderSettings> = {
  readonly name: K;
  readonly legend: string;
  readonly options: readonly ReaderSettings[K][];
  readonly labels: Readonly<Record<string, string>>;
  readonly control: ReaderSettingsControl;
};

function Choice<K extends keyof ReaderSettings>({ name, legend, options, labels, control }: ChoiceProps<K>) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={String(option)} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={String(option)}
              checked={control.settings[name] === option}
              onChange={() => control.update({ [name]: option })}
            />
            <span>{labels[String(option)]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The reading settings, in a modal dialog: focus moves in, stays in, and returns on close. */
export function SettingsPanel({ control, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="settings-title" onClose={onClose}>
      <div className={styles.head}>
        <h2 id="settings-title" className={styles.title}>
          {settingsText.title}
        </h2>
        <button type="button" className="text-button" onClick={() => dialogRef.current?.close()}>
          {settingsText.close}
        </button>
      </div>
      <Choice name="textSize" legend={settingsText.textSize} options={TEXT_SIZES} labels={settingsText.textSizes} control={control} />
      <Choice name="lineWidth" legend={settingsText.lineWidth} options={LINE_WIDTHS} labels={settingsText.lineWidths} control={control} />
      <Choice name="theme" legend={settingsText.theme} options={THEMES} labels={settingsText.themes} control={control} />
      <Choice name="digits" legend={settingsText.digits} options={DIGIT_STYLES} labels={settingsText.digitStyles} control={control} />
      <p className={styles.note} role="status">
        {control.saved ? settingsText.saved : settingsText.notSaved}
      </p>
      <button type="button" className="text-button" onClick={control.reset}>
        {settingsText.reset}
      </button>
    </dialog>
  );
}
