// Messages of the administration pages: definitions and the form and flow designers. Chinese first; enUS must have every key of zhCN (the type checks it).
export const zhCN = {};

export const enUS: typeof zhCN = {};
