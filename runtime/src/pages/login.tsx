import { ApiError } from '@flowhall/client';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../i18n/locale-context';
import { useSession } from '../session/session-context';
import styles from './login.less';

interface LoginValues {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { signIn } = useSession();
  const { t } = useLocale();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await signIn(values.username.trim(), values.password);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className={styles.page}>
      <Typography.Title level={2} className={styles.appName}>
        {t('appName')}
      </Typography.Title>
      <Card className={styles.card}>
        <Typography.Title level={4}>{t('loginTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('loginSubtitle')}</Typography.Paragraph>
        {error && (
          <Alert type="error" showIcon message={error} className={styles.error} data-testid="login-error" />
        )}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item
            name="username"
            label={t('username')}
            rules={[{ required: true, message: t('usernameRequired') }]}
          >
            <Input autoComplete="username" autoCapitalize="off" id="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" id="password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
