import type { UserProfile } from '@flowhall/client';
import { Badge } from 'antd';
import { useLocation, useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { useCounts } from '../lists/counts-context';
import { activeNavKey, BOTTOM_BAR_KEYS, navItemsFor } from './nav-items';
import styles from './index.less';

/** The phone's tab bar: hall, to-do (with its badge), my applications and me. */
export function BottomBar({ user }: { user: UserProfile }) {
  const { t } = useLocale();
  const { counts } = useCounts();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const all = navItemsFor(user);
  const active = activeNavKey(all, pathname);
  const items = BOTTOM_BAR_KEYS.flatMap((key) => all.filter((item) => item.key === key));

  return (
    <nav className={styles.bottomBar} data-testid="bottom-bar">
      {items.map((item) => (
        <button
          type="button"
          key={item.key}
          className={item.key === active ? `${styles.tab} ${styles.tabActive}` : styles.tab}
          onClick={() => navigate(item.path)}
          data-testid={`tab-${item.key}`}
        >
          <Badge count={item.badge && counts ? counts[item.badge] : 0} size="small" offset={[6, 0]}>
            <span className={styles.tabIcon}>{item.icon}</span>
          </Badge>
          <span className={styles.tabLabel}>{t(item.key === 'profile' ? 'navMe' : item.label)}</span>
        </button>
      ))}
    </nav>
  );
}
