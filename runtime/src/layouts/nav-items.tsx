import {
  AppstoreOutlined,
  BarChartOutlined,
  BellOutlined,
  CheckCircleOutlined,
  EditOutlined,
  EyeOutlined,
  FileTextOutlined,
  HomeOutlined,
  InboxOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Counts, UserProfile } from '@flowhall/client';
import type { ReactNode } from 'react';
import type { Messages } from '../i18n/messages';
import { canSeeStatistics, canUseSealOffice, isAdminUser } from '../session/roles';

export type NavGroup = 'main' | 'tasks' | 'seal' | 'admin';

export interface NavItem {
  key: string;
  path: string;
  label: keyof Messages;
  icon: ReactNode;
  group: NavGroup;
  /** Which figure of /api/lists/counts shows as the entry's badge. */
  badge?: keyof Counts;
}

const ALL: Array<NavItem & { visible?: (user: UserProfile) => boolean }> = [
  { key: 'hall', path: '/', label: 'navHall', icon: <HomeOutlined />, group: 'main' },
  {
    key: 'todo',
    path: '/tasks/todo',
    label: 'navTodo',
    icon: <ScheduleOutlined />,
    group: 'tasks',
    badge: 'todo',
  },
  {
    key: 'mine',
    path: '/tasks/mine',
    label: 'navMine',
    icon: <FileTextOutlined />,
    group: 'tasks',
    badge: 'returned',
  },
  { key: 'done', path: '/tasks/done', label: 'navDone', icon: <CheckCircleOutlined />, group: 'tasks' },
  {
    key: 'cc',
    path: '/tasks/cc',
    label: 'navCc',
    icon: <NotificationOutlined />,
    group: 'tasks',
    badge: 'ccUnread',
  },
  {
    key: 'drafts',
    path: '/tasks/drafts',
    label: 'navDrafts',
    icon: <EditOutlined />,
    group: 'tasks',
    badge: 'drafts',
  },
  {
    key: 'supervised',
    path: '/tasks/supervised',
    label: 'navSupervised',
    icon: <EyeOutlined />,
    group: 'tasks',
    visible: isAdminUser,
  },
  {
    key: 'notifications',
    path: '/notifications',
    label: 'navNotifications',
    icon: <BellOutlined />,
    group: 'main',
  },
  { key: 'profile', path: '/profile', label: 'navProfile', icon: <UserOutlined />, group: 'main' },
  {
    key: 'seal-registry',
    path: '/seal/registry',
    label: 'navSealRegistry',
    icon: <SafetyCertificateOutlined />,
    group: 'seal',
    visible: canUseSealOffice,
  },
  {
    key: 'seal-ledgers',
    path: '/seal/ledgers',
    label: 'navSealLedgers',
    icon: <InboxOutlined />,
    group: 'seal',
    visible: canUseSealOffice,
  },
  {
    key: 'definitions',
    path: '/admin/definitions',
    label: 'navDefinitions',
    icon: <AppstoreOutlined />,
    group: 'admin',
    visible: isAdminUser,
  },
  {
    key: 'statistics',
    path: '/admin/statistics',
    label: 'navStatistics',
    icon: <BarChartOutlined />,
    group: 'admin',
    visible: canSeeStatistics,
  },
];

/** The entries this user may open (R6 for pages: no entry that would only answer 403). */
export function navItemsFor(user: UserProfile): NavItem[] {
  return ALL.filter((item) => !item.visible || item.visible(user)).map(
    ({ visible: _visible, ...item }) => item,
  );
}

/** The phone's bottom bar: hall, to-do, my applications, me; everything else is in the drawer. */
export const BOTTOM_BAR_KEYS = ['hall', 'todo', 'mine', 'profile'] as const;

/** The entry a path belongs to: the longest entry path that prefixes it. */
export function activeNavKey(items: NavItem[], pathname: string): string | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    const hit =
      item.path === '/'
        ? pathname === '/' || pathname.startsWith('/services/')
        : pathname.startsWith(item.path);
    if (hit && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.key;
}

export const GROUP_TITLES: Record<NavGroup, keyof Messages> = {
  main: 'navGroupMain',
  tasks: 'navGroupTasks',
  seal: 'navGroupSeal',
  admin: 'navGroupAdmin',
};
