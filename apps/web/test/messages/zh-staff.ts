// What the build's virtual:census-messages/zh/staff chunk holds (messages-plugin.mts), for the tests.
import { compileCatalogue } from '../../src/compile-messages';

export default compileCatalogue('zh').staff;
