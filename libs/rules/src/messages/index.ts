export * from './catalogue';
export * from './catalogue-format';
export * from './format';
export * from './items';
export * from './param-kinds';
