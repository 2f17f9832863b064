import type { UserProfile } from '@flowhall/client';
import { Badge, Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useLocation, useNavigate } from 'umi';
import { useLocale } from '../i18n/locale-context';
import { useCounts } from '../lists/counts-context';
import { activeNavKey, GROUP_TITLES, NavGroup, navItemsFor } from './nav-items';
import styles from './index.less';

const GROUP_ORDER: NavGroup[] = ['main', 'tasks', 'seal', 'admin'];

/** Every entry the user may open, grouped; the desktop side bar and the phone drawer both use it. */
export function NavMenu({ user, onNavigate }: { user: UserProfile; onNavigate?: () => void }) {
  const { t } = useLocale();
  const { counts } = useCounts();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const items = navItemsFor(user);

  const menuItems: MenuProps['items'] = GROUP_ORDER.flatMap((group) => {
    const inGroup = items.filter((item) => item.group === group);
    if (!inGroup.length) return [];
    return [
      {
        type: 'group' as const,
        key: `group-${group}`,
        label: t(GROUP_TITLES[group]),
        children: inGroup.map((item) => ({
          key: item.key,
          icon: item.icon,
          label: (
            <span className={styles.menuLabel} data-testid={`nav-${item.key}`}>
              <span>{t(item.label)}</span>
              {item.badge && counts ? <Badge count={counts[item.badge]} size="small" /> : null}
            </span>
          ),
        })),
      },
    ];
  });

  const selected = activeNavKey(items, pathname);
  return (
    <Menu
      mode="inline"
      className={styles.menu}
      selectedKeys={selected ? [selected] : []}
      items={menuItems}
      onClick={({ key }) => {
        const item = items.find((entry) => entry.key === key);
        if (item) navigate(item.path);
        onNavigate?.();
      }}
    />
  );
}
