import { Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';

/**
 * The guide (办事指南) as plain paragraphs: administrators type it as text, and it is never
 * parsed as HTML, so nothing in it can run in the reader's browser.
 */
export function ServiceGuide({ text }: { text: string | null }) {
  const { t } = useLocale();
  if (!text?.trim()) return <Typography.Text type="secondary">{t('noGuide')}</Typography.Text>;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <div data-testid="service-guide">
      {paragraphs.map((block, index) => (
        <Typography.Paragraph key={index} style={{ whiteSpace: 'pre-line' }}>
          {block}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
