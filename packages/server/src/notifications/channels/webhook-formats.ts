import { createHmac } from 'crypto';
import { hostname } from 'os';
import type { WebhookKind } from '@flowhall/schema';
import type { Message } from '../message-builder';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookTarget {
  id: number;
  kind: WebhookKind;
  url: string;
  secret: string | null;
}

const mentionLine = (message: Message): string =>
  message.recipients.length ? `\n接收人：${message.recipients.map((r) => r.name).join('、')}` : '';

/** Markdown for the robots that render it: title, details, "查看详情" link (R27). */
function markdown(message: Message): string {
  const lines = message.text
    .split('\n')
    .filter((line) => !line.startsWith('查看详情'))
    .map((line) => `> ${line}`);
  return `**${message.subject}**\n${lines.join('\n')}${mentionLine(message)}\n[查看详情](${message.link})`;
}

/**
 * The request each group robot expects. WeCom: markdown message. DingTalk: markdown, signed with
 * `timestamp` and `sign` in the query when a secret is set. Feishu: text message with `timestamp`
 * and `sign` in the body when a secret is set. Generic: our JSON, signed with HMAC-SHA256 over
 * `<timestamp>.<body>` in `X-Flowhall-Signature`.
 */
export function webhookRequest(
  target: WebhookTarget,
  message: Message,
  deliveryKey: string,
  nowMs: number,
): WebhookRequest {
  const json = { 'content-type': 'application/json' };
  switch (target.kind) {
    case 'wecom':
      return {
        url: target.url,
        headers: json,
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content: markdown(message) } }),
      };
    case 'dingtalk': {
      let url = target.url;
      if (target.secret) {
        const sign = createHmac('sha256', target.secret)
          .update(`${nowMs}\n${target.secret}`)
          .digest('base64');
        url += `${url.includes('?') ? '&' : '?'}timestamp=${nowMs}&sign=${encodeURIComponent(sign)}`;
      }
      return {
        url,
        headers: json,
        body: JSON.stringify({
          msgtype: 'markdown',
          markdown: { title: message.subject, text: markdown(message) },
        }),
      };
    }
    case 'feishu': {
      const text = `${message.subject}\n${message.text}${mentionLine(message)}`;
      const body: Record<string, unknown> = { msg_type: 'text', content: { text } };
      if (target.secret) {
        const timestamp = String(Math.floor(nowMs / 1000));
        body.timestamp = timestamp;
        body.sign = createHmac('sha256', `${timestamp}\n${target.secret}`).update('').digest('base64');
      }
      return { url: target.url, headers: json, body: JSON.stringify(body) };
    }
    case 'generic': {
      const timestamp = String(Math.floor(nowMs / 1000));
      const body = JSON.stringify({
        id: deliveryKey,
        event: message.event,
        subject: message.subject,
        text: message.text,
        link: message.link,
        caseId: message.caseId,
        taskId: message.taskId,
        variables: message.variables,
        recipients: message.recipients.map((r) => ({ id: r.id, name: r.name })),
        occurredAt: message.occurredAt.toISOString(),
      });
      const headers: Record<string, string> = {
        ...json,
        'x-flowhall-delivery': deliveryKey,
        'x-flowhall-timestamp': timestamp,
        // Which process sent it: for operators following a delivery across several servers.
        'x-flowhall-sender': `${hostname()}/${process.pid}`,
      };
      if (target.secret) {
        headers['x-flowhall-signature'] =
          `sha256=${createHmac('sha256', target.secret).update(`${timestamp}.${body}`).digest('hex')}`;
      }
      return { url: target.url, headers, body };
    }
  }
}

/** The robots answer 200 with an error code in the body; anything but success is a failure. */
export function robotError(kind: WebhookKind, status: number, text: string): string | undefined {
  if (status < 200 || status >= 300) return `HTTP ${status}: ${text.slice(0, 300)}`;
  if (kind === 'generic') return undefined;
  try {
    const body = JSON.parse(text) as { errcode?: number; errmsg?: string; code?: number; msg?: string };
    const code = body.errcode ?? body.code ?? 0;
    return code === 0 ? undefined : `robot error ${code}: ${body.errmsg ?? body.msg ?? ''}`;
  } catch {
    return undefined;
  }
}

/** Sends one webhook request; throws with the reason on failure so the dispatcher retries. */
export async function postWebhook(kind: WebhookKind, request: WebhookRequest): Promise<void> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(10_000),
  });
  const problem = robotError(kind, response.status, await response.text());
  if (problem) throw new Error(problem);
}
