// What the build's virtual:census-messages/zh/form chunk holds (messages-plugin.mts), for the tests.
import { compileCatalogue } from '../../src/compile-messages';

export default compileCatalogue('zh').form;
