/**
 * The texts of the enumerator's small-zone page and agenda (search, household cards, adding households and buildings,
 * 建筑物标注, the agenda's pages), in Chinese and English, as ICU MessageFormat like the app's table (i18n.ts). Kept
 * apart from that table because it travels in the entry, which the resident's self-report page loads too (its
 * JavaScript has a ceiling, test/bundle-budget.spec.ts): these travel only with the staff pages that use them.
 */
import { IntlMessageFormat } from 'intl-messageformat';

import { useApp } from '../app-context';
import type { Lang, Params } from '../i18n';

const zh = {
  'small.search': '搜索住户',
  'small.searchHint': '地址、户主姓名或电话',
  'small.searchButton': '搜索',
  'small.found': '“{search}” 找到 {count} 户',
  'small.head': '户主 {name}',
  'small.noHead': '户主未登记',
  'small.persons': '{count} 人',
  'add.household': '新增住户',
  'add.householdHint': '户编号自动取本小区的下一个编号。',
  'add.noBuilding': '不关联建筑物',
  'add.createHousehold': '新增并打开',
  'add.saving': '正在保存…',
  'add.cancel': '取消',
  'add.building': '新增建筑物',
  'add.address': '建筑物地址',
  'add.buildingNumber': '建筑物编号',
  'add.buildingNumberHint': '不填则自动取下一个编号。',
  'add.createBuilding': '保存建筑物',
  'add.buildingDone': '已新增建筑物 {number}（{address}）。',
  'locate.title': '建筑物标注（{count} 栋）',
  'locate.none': '本小区还没有建筑物。',
  'locate.mark': '标注位置',
  'locate.again': '重新标注',
  'locate.unmarked': '尚未标注位置',
  'locate.point': '位置：纬度 {latitude}，经度 {longitude}',
  'locate.busy': '正在定位…',
  'locate.done': '位置已保存。',
  'locate.denied': '未获准使用定位：请在浏览器或手机设置中允许本网站获取位置信息后再试。',
  'locate.unavailable': '无法获得位置（没有定位信号），请到室外开阔处再试。',
  'locate.timeout': '定位超时，请稍后再试。',
  'locate.unsupported': '此浏览器无法定位（需要 HTTPS 连接和定位功能）。',
  'agenda.more': '加载更多',
  'agenda.noAddress': '未关联建筑物',
};

const en: Record<FieldKey, string> = {
  'small.search': 'Search households',
  'small.searchHint': 'Address, head’s name or phone',
  'small.searchButton': 'Search',
  'small.found': '“{search}”: {count} found',
  'small.head': 'Head: {name}',
  'small.noHead': 'No head recorded',
  'small.persons': 'Persons: {count}',
  'add.household': 'Add household',
  'add.householdHint': 'The household number is the next free one of the small zone.',
  'add.noBuilding': 'No building',
  'add.createHousehold': 'Add and open',
  'add.saving': 'Saving…',
  'add.cancel': 'Cancel',
  'add.building': 'Add building',
  'add.address': 'Building address',
  'add.buildingNumber': 'Building number',
  'add.buildingNumberHint': 'Left empty: the next free number.',
  'add.createBuilding': 'Save building',
  'add.buildingDone': 'Building {number} ({address}) added.',
  'locate.title': 'Building locations ({count})',
  'locate.none': 'No buildings in this small zone yet.',
  'locate.mark': 'Mark location',
  'locate.again': 'Mark again',
  'locate.unmarked': 'Location not marked',
  'locate.point': 'Location: latitude {latitude}, longitude {longitude}',
  'locate.busy': 'Finding the position…',
  'locate.done': 'Location saved.',
  'locate.denied':
    'Location permission was refused: allow this site to use your location in the browser or phone settings, then try again.',
  'locate.unavailable': 'No position could be found (no location signal); try again outdoors.',
  'locate.timeout': 'Finding the position took too long; try again.',
  'locate.unsupported':
    'This browser cannot find its position (it needs an HTTPS connection and location support).',
  'agenda.more': 'Load more',
  'agenda.noAddress': 'No building',
};

export type FieldKey = keyof typeof zh;
export const FIELD_MESSAGES: Record<Lang, Record<FieldKey, string>> = { zh, en };

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const compiled = new Map<string, IntlMessageFormat>();

/** The field text of `key` in `lang` with its parameters filled in. */
export function fieldText(lang: Lang, key: FieldKey, params: Params = {}): string {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(FIELD_MESSAGES[lang][key], LOCALES[lang]);
    compiled.set(id, format);
  }
  const text = format.format<string>(params);
  return Array.isArray(text) ? text.join('') : String(text);
}

/** `fieldText` in the user's language. */
export function useFieldText(): (key: FieldKey, params?: Params) => string {
  const { lang } = useApp();
  return (key, params) => fieldText(lang, key, params);
}
