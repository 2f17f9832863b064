import {
  App as AntApp,
  Button,
  ConfigProvider,
  Dropdown,
  Layout,
  Result,
  Space,
  Spin,
  Typography,
} from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'umi';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { SessionProvider, useSession } from '../session/session-context';
import styles from './index.less';

function Shell() {
  const { state, signOut } = useSession();
  const { t, locale, setLocale } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const onLoginPage = location.pathname === '/login';

  useEffect(() => {
    if (state.status === 'anonymous' && !onLoginPage) navigate('/login', { replace: true });
    if (state.status === 'signed-in' && onLoginPage) navigate('/', { replace: true });
  }, [state.status, onLoginPage, navigate]);

  if (state.status === 'loading') {
    return (
      <div className={styles.loading}>
        <Spin size="large" />
      </div>
    );
  }
  if (state.status === 'unavailable') {
    return (
      <div className={styles.loading}>
        <Result
          status="warning"
          title={t('serverUnavailable')}
          subTitle={state.message}
          extra={
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('retry')}
            </Button>
          }
        />
      </div>
    );
  }
  const languageSwitch = (
    <Button
      type="text"
      className={styles.headerButton}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {t('language')}
    </Button>
  );
  if (onLoginPage || state.status !== 'signed-in') {
    return (
      <div className={styles.bare}>
        <div className={styles.bareTop}>{languageSwitch}</div>
        <Outlet />
      </div>
    );
  }
  const user = state.user;
  return (
    <Layout className={styles.shell}>
      <Layout.Header className={styles.header}>
        <a className={styles.brand} href="/">
          <span className={styles.logo}>F</span>
          <span className={styles.brandText}>{t('appName')}</span>
        </a>
        <Space size={4}>
          {languageSwitch}
          <Dropdown
            menu={{
              items: [{ key: 'logout', label: t('logout') }],
              onClick: ({ key }) => {
                if (key === 'logout') void signOut();
              },
            }}
          >
            <Button type="text" className={styles.headerButton} data-testid="current-user">
              {user.displayName}
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout.Content className={styles.content}>
        <Typography.Text type="secondary" className={styles.welcome}>
          {t('welcome', { name: user.displayName })} · {user.department?.name ?? ''}
        </Typography.Text>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}

function Themed() {
  const { locale } = useLocale();
  return (
    <ConfigProvider
      locale={locale === 'en-US' ? enUSAntd : zhCNAntd}
      theme={{ token: { colorPrimary: '#1c5aa8', borderRadius: 6 } }}
    >
      <AntApp>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export default function RootLayout() {
  return (
    <LocaleProvider>
      <Themed />
    </LocaleProvider>
  );
}
