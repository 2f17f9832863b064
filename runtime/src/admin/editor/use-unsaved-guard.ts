import { useEffect } from 'react';
import { Modal } from 'antd';
import { history } from 'umi';

/**
 * Asks before leaving with unsaved edits: in-app navigation (menu, links, back) gets a dialog;
 * closing or reloading the tab gets the browser's own prompt (history's block registers it).
 */
export function useUnsavedGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return undefined;
    // One menu click can reach the blocker more than once; ask once.
    let asking = false;
    const unblock = history.block((transition) => {
      if (asking) return;
      asking = true;
      Modal.confirm({
        title: question,
        onOk: () => {
          unblock();
          transition.retry();
        },
        afterClose: () => {
          asking = false;
        },
      });
    });
    return unblock;
  }, [dirty, question]);
}
