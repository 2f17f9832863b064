import { useLocale } from '../i18n/locale-context';
import type { Messages } from '../i18n/messages';
import type { HallFigures as Figures } from '@flowhall/client';
import { fetchFigures, useLoad } from './hall-data';
import styles from './hall.less';

const FIGURES: Array<[keyof Figures, keyof Messages]> = [
  ['services', 'figureServices'],
  ['onlineServices', 'figureOnline'],
  ['running', 'figureRunning'],
  ['completed', 'figureCompleted'],
  ['total', 'figureTotal'],
];

/** The hall-wide figures of R4; absent (not an error box) while the server cannot give them. */
export function HallFigures() {
  const { t } = useLocale();
  const [load] = useLoad(fetchFigures, []);
  if (load.status !== 'ready') return null;
  return (
    <div className={styles.figures} data-testid="hall-figures">
      {FIGURES.map(([key, label]) => (
        <div key={key} className={styles.figure}>
          <span className={styles.figureValue}>{load.data[key].toLocaleString()}</span>
          <span className={styles.figureLabel}>{t(label)}</span>
        </div>
      ))}
    </div>
  );
}
