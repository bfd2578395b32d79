/**
 * @census/rules: pure census rules shared by the API server, the web app and the admin scripts.
 * No Node or DOM APIs, so it runs unchanged in Node and in the browser; its one dependency is intl-messageformat
 * (FormatJS), which renders the message catalogue (messages/).
 */
export * from './result';
export * from './enums';
export * from './calendar';
export * from './zone-code';
export * from './citizen-id';
export * from './person-rules';
export * from './household-rules';
export * from './provinces';
export * from './messages';
export * from './long-form-items';
export * from './long-form-rules';
export * from './long-form-sample';
export * from './pace';
