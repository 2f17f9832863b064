// Messages of the apply page, the case view, the action panel and the print view. Chinese first; enUS must have every key of zhCN (the type checks it).
export const zhCN = {};

export const enUS: typeof zhCN = {};
