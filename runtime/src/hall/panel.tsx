import type { ReactNode } from 'react';
import styles from './hall.less';

/**
 * A titled white box, like antd's Card but without what Card carries along (tabs, dropdowns,
 * skeletons): the hall home's first load stays small (`npm run size`).
 */
export function Panel({
  title,
  extra,
  small = false,
  className,
  children,
  testId,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  small?: boolean;
  className?: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section
      className={[styles.panel, small ? styles.panelSmall : '', className ?? ''].join(' ')}
      data-testid={testId}
    >
      {(title || extra) && (
        <header className={styles.panelHead}>
          <h2 className={styles.panelTitle}>{title}</h2>
          {extra}
        </header>
      )}
      <div className={styles.panelBody}>{children}</div>
    </section>
  );
}
