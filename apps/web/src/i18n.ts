/**
 * Every string the web app shows, in Chinese (the default) and English, as ICU MessageFormat texts formatted by
 * intl-messageformat (FormatJS). `en` is typed against the keys of `zh`, so a key missing in one language fails the
 * type check; a test checks the same at run time. Census enum labels (household status, stage, relationship, ...)
 * come from the rules library's label tables through `enumLabel`, and the short form's item names (H2 现住女, D5 出生年)
 * from its ITEM_LABELS, the one place the forms and the API's messages share them. What the server says (userErrors,
 * GraphQL errors) is rendered from its message code and parameters by `serverText`, with the rules library's
 * message catalogue.
 */
import { IntlMessageFormat } from 'intl-messageformat';

import {
  type EnumLabel,
  formatMessage,
  ITEM_LABELS,
  type ItemKey,
  type MessageParams,
  ROLE_LABELS,
} from '@census/rules';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** An item's name as the short form shows it, from the rules library (shared with the server's messages). */
const item = (key: ItemKey, lang: Lang): string => ITEM_LABELS[key][lang];

const zh = {
  'app.title': '人口普查现场工作平台',
  'app.skip': '跳到正文',
  'app.language': '语言',
  'app.logout': '退出登录',
  'app.loading': '正在加载…',
  'app.error': '出错了：{message}',
  'app.retry': '重试',
  'app.notFound': '页面不存在',
  'app.pageUnavailable': '页面未能加载，请检查网络后重试。',
  'app.signedInAs': '{name}（{role}）',

  'nav.zones': '区划进度',
  'nav.agenda': '今日安排',
  'nav.review': '审核',
  'nav.report': '进展报告',
  'nav.audit': '操作日志',
  'nav.main': '主导航',

  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.busy': '正在登录…',
  'login.failed': '用户名或密码不正确',
  'login.unreachable': '无法连接服务器：{message}',
  'login.throttled': '登录尝试次数过多，请 {minutes} 分钟后再试。',
  'login.error': '登录未成功：{message}',
  'expired.title': '登录已过期',
  'expired.text': '为保护普查数据，登录一小时后自动失效。请重新输入密码继续工作，未保存的修改需要重新填写。',

  'role.COUNTY_ADMIN': ROLE_LABELS.COUNTY_ADMIN.zh,
  'role.TOWNSHIP_OFFICER': ROLE_LABELS.TOWNSHIP_OFFICER.zh,
  'role.SUPERVISOR': ROLE_LABELS.SUPERVISOR.zh,
  'role.ENUMERATOR': ROLE_LABELS.ENUMERATOR.zh,
  'role.INTEGRATION': ROLE_LABELS.INTEGRATION.zh,

  'level.PROVINCE': '省',
  'level.CITY': '市',
  'level.COUNTY': '县',
  'level.TOWNSHIP': '乡镇街道',
  'level.CENSUS_ZONE': '普查区',
  'level.SMALL_ZONE': '普查小区',

  'home.title': '我的区划',
  'home.none': '当前账号没有负责的区划。',

  'zone.up': '上一级',
  'zone.households': '住户总数',
  'zone.submitted': '短表上报',
  'zone.submittedShare': '上报进度',
  'zone.approved': '审核通过',
  'zone.selfReportRate': '自主填报率',
  'zone.vacant': '空户',
  'zone.away': '全户外出',
  'zone.deceased': '全户死亡',
  'zone.children': '下级区划',
  'zone.name': '名称',
  'zone.noChildren': '没有下级区划。',
  'zone.noAccess': '没有这个区划的访问权限，或区划不存在。',
  'zone.report': '查看进展报告',
  'zone.pace': '普查员进度',
  'zone.shareOf': '{done} / {total} 户（{percent}）',

  'pace.enumerator': '普查员',
  'pace.smallZones': '小区数',
  'pace.households': '户数',
  'pace.submitted': '已上报',
  'pace.approved': '已通过',
  'pace.returned': '退回',
  'pace.selfReported': '自主填报',
  'pace.share': '上报率',
  'pace.lastActivity': '最近活动',
  'pace.behind': '进度落后',
  'pace.onPace': '正常',
  'pace.empty': '没有普查员。',

  'small.households': '住户',
  'small.filters': '筛选',
  'small.status': '户状态',
  'small.stage': '登记阶段',
  'small.all': '全部',
  'small.building': '建筑物',
  'small.number': '户编号',
  'small.unit': '单元',
  'small.noBuilding': '未关联建筑物',
  'small.count': '共 {count} 户',
  'small.more': '加载更多',
  'small.empty': '没有符合条件的住户。',

  'worklist.title': '摸底比对清单',
  'worklist.kind': '类型',
  'worklist.status': '状态',
  'worklist.evidence': '依据',
  'worklist.household': '住户',
  'worklist.count': '共 {count} 项',
  'worklist.kind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY': '摸底有户、公安无户',
  'worklist.kind.LIVING_AWAY': '人户分离',
  'worklist.kind.METER_NO_USE_BUT_ORDINARY': '电表无用电但为普通住户',
  'worklist.kind.METER_USE_BUT_VACANT': '电表有用电但为空户',
  'worklist.kind.CROSS_COUNTY_DUPLICATE': '跨县重复登记',
  'worklist.kind.REGISTRY_HOUSEHOLD_NOT_LISTED': '公安有户、摸底无户',
  'worklist.status.OPEN': '待处理',
  'worklist.status.CLOSED': '已处理',
  'worklist.actions': '处理',
  'worklist.settle': '处理',
  'worklist.outcome': '处理结果',
  'worklist.outcomeRequired': '请选择处理结果',
  'worklist.note': '说明',
  'worklist.noteRequired': '处理结果为“其他”时请填写说明',
  'worklist.close': '关闭此项',
  'worklist.cancel': '取消',
  'worklist.reopen': '重新打开',
  'worklist.closedBy': '{who} 于 {at} 关闭',
  'worklist.closedDone': '已关闭一项',
  'worklist.reopenedDone': '已重新打开一项',
  'worklist.more': '加载更多',
  'worklist.outcome.ADDED_TO_LISTING': '已补登',
  'worklist.outcome.CONFIRMED_LISTED_ELSEWHERE': '已在别处摸底',
  'worklist.outcome.NOT_LIVING_HERE': '不在此居住',
  'worklist.outcome.REGISTRY_OUTDATED': '户籍信息过时',
  'worklist.outcome.OTHER': '其他',

  'household.title': '住户 {zone}-{number}',
  'household.address': '地址',
  'household.returned': '退回原因：{reason}',
  'household.items': '户项目',
  'household.status': item('household.status', 'zh'),
  'household.kind': item('household.kind', 'zh'),
  'household.phone': item('household.phone', 'zh'),
  'household.phoneHint': '已登记 {masked}；留空则不改',
  'household.note': '备注',
  'household.presentMale': item('household.presentMale', 'zh'),
  'household.presentFemale': item('household.presentFemale', 'zh'),
  'household.absentMale': item('household.absentMale', 'zh'),
  'household.absentFemale': item('household.absentFemale', 'zh'),
  'household.birthsMale': item('household.birthsMale', 'zh'),
  'household.birthsFemale': item('household.birthsFemale', 'zh'),
  'household.deathsMale': item('household.deathsMale', 'zh'),
  'household.deathsFemale': item('household.deathsFemale', 'zh'),
  'household.dwellingType': item('household.dwellingType', 'zh'),
  'household.floorArea': item('household.floorArea', 'zh'),
  'household.rooms': item('household.rooms', 'zh'),
  'household.persons': item('household.persons', 'zh'),
  'household.visits': '入户记录',
  'household.appointments': '预约',
  'household.problems': '疑难问题',
  'household.save': '保存',
  'household.submit': '保存并上报',
  'household.saving': '正在保存…',
  'household.saved': '已保存',
  'household.submitted': '已上报，等待审核',
  'household.fixErrors': '请先改正标出的 {count} 处问题',
  'household.serverErrors': '服务器发现的问题',
  'household.readOnly': '这一户已上报或已审核，不能修改。',
  'household.notFound': '找不到这一户，或没有访问权限。',
  'household.addPerson': '添加人员',
  'household.newPerson': '新人员',
  'household.conflict': '这一户已被他人修改，已重新加载最新数据。',
  'household.blank': '（未填）',
  'household.yes': '是',
  'household.no': '否',

  'selfReport.title': '人口普查自主填报',
  'selfReport.startTitle': '开始填报',
  'selfReport.startText': '请输入普查员发给您的自主填报码，以及普查员登记的本户联系电话。',
  'selfReport.code': '自主填报码',
  'selfReport.codeHint': '10 位字母和数字，例如 7K3QD-M9X2P',
  'selfReport.phone': '本户联系电话',
  'selfReport.phoneHint': '普查员登记时留下的手机号码',
  'selfReport.start': '开始填报',
  'selfReport.starting': '正在核对…',
  'selfReport.wrong': '填报码或电话号码不正确，请核对后重新输入。多次输错后填报码会暂时锁定。',
  'selfReport.alreadySubmitted': '这一户的普查表已经提交，不需要再填报。如需修改请联系普查员。',
  'selfReport.locked': '输错次数过多，这个填报码已暂时锁定。请 {minutes} 分钟后再试。',
  'selfReport.unreachable': '暂时无法连接服务器，请稍后再试（{message}）',
  'selfReport.privacy': '您填报的信息仅用于人口普查，依法严格保密。',
  'selfReport.formTitle': '我家的普查表（户编号 {number}）',
  'selfReport.formText':
    '请核对并填写家中每一位成员的情况，可以先保存，全部填好后点击“保存并上报”。填报在 2 小时内有效。',
  'selfReport.expiredTitle': '填报已超时',
  'selfReport.expiredText':
    '为保护您的信息，填报开始 2 小时后自动结束。已保存的内容不会丢失，请重新输入填报码和电话号码继续。',
  'selfReport.again': '重新开始填报',
  'selfReport.thanksTitle': '提交成功，感谢您的配合！',
  'selfReport.thanksText': '您家的普查表已提交，普查员将进行核对。',
  'selfReport.thanksEnd': '本次填报已结束，您可以关闭此页面。',
  'selfReport.issue': '发放自主填报码',
  'selfReport.issueText':
    '住户可以扫码或打开下面的地址，用填报码和本户联系电话自主填报。填报码只显示这一次，重新发放会使旧码失效。',
  'selfReport.issued': '自主填报码：{code}',
  'selfReport.link': '填报地址',
  'selfReport.issuedAt': '已于 {at} 发放过自主填报码',

  'person.legend': '人员 {line}：{name}',
  'person.name': item('person.name', 'zh'),
  'person.relationship': item('person.relationship', 'zh'),
  'person.citizenId': item('person.citizenId', 'zh'),
  'person.citizenIdHint': '已登记 {masked}；留空则不改',
  'person.citizenIdNone': '尚未登记',
  'person.sex': item('person.sex', 'zh'),
  'person.birthYear': item('person.birthYear', 'zh'),
  'person.birthMonth': item('person.birthMonth', 'zh'),
  'person.ethnicity': item('person.ethnicity', 'zh'),
  'person.whereabouts': item('person.whereabouts', 'zh'),
  'person.registrationPlaceCode': item('person.registrationPlaceCode', 'zh'),
  'person.leftRegistrationDuration': item('person.leftRegistrationDuration', 'zh'),
  'person.leftRegistrationReason': item('person.leftRegistrationReason', 'zh'),
  'person.education': item('person.education', 'zh'),
  'person.literate': item('person.literate', 'zh'),
  'person.resident': item('person.resident', 'zh'),
  'person.registered': item('person.registered', 'zh'),

  'rule.REQUIRED': '必填',
  'rule.INVALID_FORMAT': '格式不正确',
  'rule.INVALID_LENGTH': '长度不正确',
  'rule.INVALID_CHARACTERS': '含有不允许的字符',
  'rule.INVALID_REGION': '身份号码的地区码不正确',
  'rule.INVALID_BIRTH_DATE': '身份号码中的出生日期不存在',
  'rule.INVALID_CHECK_CHARACTER': '身份号码校验码不正确（最后一位）',
  'rule.INVALID_NUMBER': '请输入数字',
  'rule.OUT_OF_RANGE': '超出允许范围',
  'rule.MISMATCH': '与公民身份号码不一致',
  'rule.citizenIdLength': '身份号码应为 18 位，现在是 {count} 位',

  'visit.at': '时间',
  'visit.slot': '时段',
  'visit.method': '方式',
  'visit.outcome': '结果',
  'visit.note': '说明',
  'visit.record': '记录入户',
  'visit.none': '还没有入户记录。',
  'visit.slot.MORNING': '上午',
  'visit.slot.NOON': '中午',
  'visit.slot.EVENING': '傍晚',
  'visit.slot.NIGHT': '晚上',
  'visit.method.IN_PERSON': '上门',
  'visit.method.PHONE': '电话',
  'visit.method.APPOINTMENT': '预约上门',
  'visit.outcome.COMPLETED': '完成登记',
  'visit.outcome.PARTIAL': '部分登记',
  'visit.outcome.NOBODY_HOME': '无人在家',
  'visit.outcome.REFUSED': '拒绝',
  'visit.outcome.MOVED': '已搬走',

  'appointment.plannedAt': '预约时间',
  'appointment.contact': '联系人',
  'appointment.note': '说明',
  'appointment.schedule': '预约',
  'appointment.none': '没有预约。',
  'appointment.status.PLANNED': '已预约',
  'appointment.status.KEPT': '已按约',
  'appointment.status.MISSED': '未按约',
  'appointment.status.CANCELLED': '已取消',

  'problem.category': '类别',
  'problem.text': '情况说明',
  'problem.report': '记录问题',
  'problem.none': '没有疑难问题。',
  'problem.category.REFUSAL': '拒绝登记',
  'problem.category.ITEM_REFUSAL': '拒答部分项目',
  'problem.category.WHEREABOUTS_UNKNOWN': '去向不明',
  'problem.category.ADDRESS_NOT_FOUND': '地址找不到',
  'problem.category.SOURCES_DISAGREE': '数据来源不一致',
  'problem.category.OTHER': '其他',
  'problem.status.OPEN': '待处理',
  'problem.status.ESCALATED': '已上报',
  'problem.status.RESOLVED': '已解决',

  'agenda.title': '{date} 工作安排',
  'agenda.appointments': '预约',
  'agenda.notVisited': '尚未入户',
  'agenda.repeatedFailures': '多次未遇',
  'agenda.none': '无',
  'agenda.total': '共 {count} 项',

  'review.title': '待审核住户',
  'review.count': '共 {count} 户待审核',
  'review.empty': '没有待审核的住户。',
  'review.approve': '通过',
  'review.return': '退回',
  'review.reason': '退回原因',
  'review.reasonRequired': '请填写退回原因',
  'review.approved': '{number} 户已审核通过',
  'review.returnedDone': '{number} 户已退回',

  'report.title': '进展情况汇报',
  'report.zone': '区划代码',
  'report.show': '生成报告',
  'report.copy': '复制',
  'report.copied': '已复制',
  'report.downloadMd': '下载 Markdown',
  'report.downloadCsv': '下载 CSV',

  'audit.title': '操作日志',
  'audit.at': '时间',
  'audit.actor': '操作人',
  'audit.action': '操作',
  'audit.entity': '对象',
  'audit.zone': '小区',
  'audit.item': '项目',
  'audit.change': '变化',
  'audit.filterAction': '操作类型',
  'audit.count': '共 {count} 条',
  'audit.more': '加载更多',
  'audit.action.CREATE': '新建',
  'audit.action.UPDATE': '修改',
  'audit.action.DELETE': '删除',
  'audit.action.STAGE': '流程',
  'audit.action.UNMASK': '查看明文',
  'audit.action.ACCOUNT': '账号',
  // Offline work (offline/): the status in the header, queued changes and conflicts.
  'offline.online': '在线',
  'offline.offline': '离线',
  'offline.pending': '{count} 项待上传',
  'offline.needsChoice': '{count} 项需处理',
  'offline.queued': '没有信号：已保存在手机上，有信号时自动上传。',
  'offline.visitQueued': '没有信号：入户记录已保存在手机上，有信号时自动上传。',
  'offline.conflictTitle': '上传时发现冲突：这一户已被他人修改',
  'offline.conflictHelp': '下面是你的修改和服务器上的现值。请选择保留哪一个。',
  'offline.mine': '我的修改',
  'offline.server': '服务器上的',
  'offline.item': '项目',
  'offline.keepMine': '保留我的，重新上传',
  'offline.takeServer': '采用服务器的',
  'offline.rejectedTitle': '服务器拒绝了手机上保存的修改',
  'offline.discard': '放弃这项修改',
  'offline.draftRestored': '已恢复上次未保存的填写内容。',
  'offline.newPerson': '新增人员',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Census field operations',
  'app.skip': 'Skip to content',
  'app.language': 'Language',
  'app.logout': 'Log out',
  'app.loading': 'Loading…',
  'app.error': 'Something went wrong: {message}',
  'app.retry': 'Retry',
  'app.notFound': 'Page not found',
  'app.pageUnavailable': 'The page could not be loaded; check the connection and retry.',
  'app.signedInAs': '{name} ({role})',

  'nav.zones': 'Zones',
  'nav.agenda': 'Today',
  'nav.review': 'Review',
  'nav.report': 'Report',
  'nav.audit': 'Audit log',
  'nav.main': 'Main navigation',

  'login.title': 'Log in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.busy': 'Logging in…',
  'login.failed': 'Wrong username or password',
  'login.unreachable': 'Cannot reach the server: {message}',
  'login.throttled': 'Too many login attempts: try again in {minutes} minutes.',
  'login.error': 'Login did not succeed: {message}',
  'expired.title': 'Your session has expired',
  'expired.text':
    'To protect census data, a login lasts one hour. Enter your password again to go on; unsaved changes have to be entered again.',

  'role.COUNTY_ADMIN': ROLE_LABELS.COUNTY_ADMIN.en,
  'role.TOWNSHIP_OFFICER': ROLE_LABELS.TOWNSHIP_OFFICER.en,
  'role.SUPERVISOR': ROLE_LABELS.SUPERVISOR.en,
  'role.ENUMERATOR': ROLE_LABELS.ENUMERATOR.en,
  'role.INTEGRATION': ROLE_LABELS.INTEGRATION.en,

  'level.PROVINCE': 'Province',
  'level.CITY': 'City',
  'level.COUNTY': 'County',
  'level.TOWNSHIP': 'Township',
  'level.CENSUS_ZONE': 'Census zone',
  'level.SMALL_ZONE': 'Small zone',

  'home.title': 'My zones',
  'home.none': 'This account holds no zones.',

  'zone.up': 'Up one level',
  'zone.households': 'Households',
  'zone.submitted': 'Short forms submitted',
  'zone.submittedShare': 'Submitted',
  'zone.approved': 'Approved',
  'zone.selfReportRate': 'Self-report rate',
  'zone.vacant': 'Vacant',
  'zone.away': 'Away',
  'zone.deceased': 'Deceased',
  'zone.children': 'Zones below',
  'zone.name': 'Name',
  'zone.noChildren': 'No zones below this one.',
  'zone.noAccess': 'You have no access to this zone, or it does not exist.',
  'zone.report': 'Progress report',
  'zone.pace': 'Enumerators’ pace',
  'zone.shareOf': '{done} / {total} households ({percent})',

  'pace.enumerator': 'Enumerator',
  'pace.smallZones': 'Small zones',
  'pace.households': 'Households',
  'pace.submitted': 'Submitted',
  'pace.approved': 'Approved',
  'pace.returned': 'Returned',
  'pace.selfReported': 'Self-reported',
  'pace.share': 'Share submitted',
  'pace.lastActivity': 'Last activity',
  'pace.behind': 'Behind pace',
  'pace.onPace': 'On pace',
  'pace.empty': 'No enumerators.',

  'small.households': 'Households',
  'small.filters': 'Filters',
  'small.status': 'Status',
  'small.stage': 'Stage',
  'small.all': 'All',
  'small.building': 'Building',
  'small.number': 'Household no.',
  'small.unit': 'Unit',
  'small.noBuilding': 'No building',
  'small.count': '{count} households',
  'small.more': 'Load more',
  'small.empty': 'No household matches.',

  'worklist.title': 'Listing worklist',
  'worklist.kind': 'Kind',
  'worklist.status': 'Status',
  'worklist.evidence': 'Evidence',
  'worklist.household': 'Household',
  'worklist.count': '{count} items',
  'worklist.kind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY': 'Listed, not in the registry',
  'worklist.kind.LIVING_AWAY': 'Living away from registration',
  'worklist.kind.METER_NO_USE_BUT_ORDINARY': 'No electricity use but ordinary',
  'worklist.kind.METER_USE_BUT_VACANT': 'Electricity use but vacant',
  'worklist.kind.CROSS_COUNTY_DUPLICATE': 'Listed in another county too',
  'worklist.kind.REGISTRY_HOUSEHOLD_NOT_LISTED': 'In the registry, not listed',
  'worklist.status.OPEN': 'Open',
  'worklist.status.CLOSED': 'Closed',
  'worklist.actions': 'Action',
  'worklist.settle': 'Settle',
  'worklist.outcome': 'Outcome',
  'worklist.outcomeRequired': 'Choose an outcome',
  'worklist.note': 'Note',
  'worklist.noteRequired': 'Give a note for the outcome "Other"',
  'worklist.close': 'Close item',
  'worklist.cancel': 'Cancel',
  'worklist.reopen': 'Reopen',
  'worklist.closedBy': 'Closed by {who} on {at}',
  'worklist.closedDone': 'Item closed',
  'worklist.reopenedDone': 'Item reopened',
  'worklist.more': 'Load more',
  'worklist.outcome.ADDED_TO_LISTING': 'Added to the listing',
  'worklist.outcome.CONFIRMED_LISTED_ELSEWHERE': 'Listed elsewhere',
  'worklist.outcome.NOT_LIVING_HERE': 'Not living here',
  'worklist.outcome.REGISTRY_OUTDATED': 'Registry entry outdated',
  'worklist.outcome.OTHER': 'Other',

  'household.title': 'Household {zone}-{number}',
  'household.address': 'Address',
  'household.returned': 'Returned: {reason}',
  'household.items': 'Household items',
  'household.status': item('household.status', 'en'),
  'household.kind': item('household.kind', 'en'),
  'household.phone': item('household.phone', 'en'),
  'household.phoneHint': 'On file: {masked}; leave empty to keep it',
  'household.note': 'Note',
  'household.presentMale': item('household.presentMale', 'en'),
  'household.presentFemale': item('household.presentFemale', 'en'),
  'household.absentMale': item('household.absentMale', 'en'),
  'household.absentFemale': item('household.absentFemale', 'en'),
  'household.birthsMale': item('household.birthsMale', 'en'),
  'household.birthsFemale': item('household.birthsFemale', 'en'),
  'household.deathsMale': item('household.deathsMale', 'en'),
  'household.deathsFemale': item('household.deathsFemale', 'en'),
  'household.dwellingType': item('household.dwellingType', 'en'),
  'household.floorArea': item('household.floorArea', 'en'),
  'household.rooms': item('household.rooms', 'en'),
  'household.persons': item('household.persons', 'en'),
  'household.visits': 'Visits',
  'household.appointments': 'Appointments',
  'household.problems': 'Problems',
  'household.save': 'Save',
  'household.submit': 'Save and submit',
  'household.saving': 'Saving…',
  'household.saved': 'Saved',
  'household.submitted': 'Submitted for review',
  'household.fixErrors': 'Fix the marked problems first ({count})',
  'household.serverErrors': 'Problems found by the server',
  'household.readOnly': 'This household is submitted or approved and cannot be changed.',
  'household.notFound': 'Household not found, or no access.',
  'household.addPerson': 'Add person',
  'household.newPerson': 'New person',
  'household.conflict': 'Someone else changed this household; the latest data was loaded.',
  'household.blank': '(not given)',
  'household.yes': 'Yes',
  'household.no': 'No',

  'selfReport.title': 'Census self-report',
  'selfReport.startTitle': 'Start your self-report',
  'selfReport.startText':
    'Enter the self-report code the enumerator gave you and the household phone number the enumerator recorded.',
  'selfReport.code': 'Self-report code',
  'selfReport.codeHint': '10 letters and digits, e.g. 7K3QD-M9X2P',
  'selfReport.phone': 'Household phone number',
  'selfReport.phoneHint': 'The mobile number given to the enumerator',
  'selfReport.start': 'Start',
  'selfReport.starting': 'Checking…',
  'selfReport.wrong':
    'The code or the phone number is wrong. Check them and try again; after several wrong tries the code is locked for a while.',
  'selfReport.alreadySubmitted':
    "This household's form has already been submitted; nothing more to fill in. Contact your enumerator to change it.",
  'selfReport.locked': 'Too many wrong tries: this code is locked for now. Try again in {minutes} minutes.',
  'selfReport.unreachable': 'The server cannot be reached right now; try again later ({message})',
  'selfReport.privacy': 'What you enter is used for the census only and kept confidential by law.',
  'selfReport.formTitle': "My household's form (household {number})",
  'selfReport.formText':
    'Check and fill in every member of your household. You can save and come back; when everything is filled in, choose "Save and submit". The session lasts 2 hours.',
  'selfReport.expiredTitle': 'Your session has ended',
  'selfReport.expiredText':
    'To protect your data, a self-report session ends 2 hours after it starts. What you saved is kept; enter the code and phone number again to go on.',
  'selfReport.again': 'Start again',
  'selfReport.thanksTitle': 'Submitted, thank you!',
  'selfReport.thanksText': "Your household's form has been submitted; the enumerator will check it.",
  'selfReport.thanksEnd': 'Your self-report session is over; you can close this page.',
  'selfReport.issue': 'Issue self-report code',
  'selfReport.issueText':
    'The household scans the code or opens the address below and signs in with the code and the household phone number. The code is shown only now; issuing a new one replaces it.',
  'selfReport.issued': 'Self-report code: {code}',
  'selfReport.link': 'Self-report address',
  'selfReport.issuedAt': 'A self-report code was issued on {at}',

  'person.legend': 'Person {line}: {name}',
  'person.name': item('person.name', 'en'),
  'person.relationship': item('person.relationship', 'en'),
  'person.citizenId': item('person.citizenId', 'en'),
  'person.citizenIdHint': 'On file: {masked}; leave empty to keep it',
  'person.citizenIdNone': 'Not on file yet',
  'person.sex': item('person.sex', 'en'),
  'person.birthYear': item('person.birthYear', 'en'),
  'person.birthMonth': item('person.birthMonth', 'en'),
  'person.ethnicity': item('person.ethnicity', 'en'),
  'person.whereabouts': item('person.whereabouts', 'en'),
  'person.registrationPlaceCode': item('person.registrationPlaceCode', 'en'),
  'person.leftRegistrationDuration': item('person.leftRegistrationDuration', 'en'),
  'person.leftRegistrationReason': item('person.leftRegistrationReason', 'en'),
  'person.education': item('person.education', 'en'),
  'person.literate': item('person.literate', 'en'),
  'person.resident': item('person.resident', 'en'),
  'person.registered': item('person.registered', 'en'),

  'rule.REQUIRED': 'Required',
  'rule.INVALID_FORMAT': 'Wrong format',
  'rule.INVALID_LENGTH': 'Wrong length',
  'rule.INVALID_CHARACTERS': 'Contains characters that are not allowed',
  'rule.INVALID_REGION': 'The region code of the ID number is wrong',
  'rule.INVALID_BIRTH_DATE': 'The birth date in the ID number does not exist',
  'rule.INVALID_CHECK_CHARACTER': 'Wrong check character (the last one) in the ID number',
  'rule.INVALID_NUMBER': 'Enter a number',
  'rule.OUT_OF_RANGE': 'Out of the allowed range',
  'rule.MISMATCH': 'Does not agree with the citizen ID number',
  'rule.citizenIdLength': 'An ID number has 18 characters; this one has {count}',

  'visit.at': 'When',
  'visit.slot': 'Time of day',
  'visit.method': 'How',
  'visit.outcome': 'Outcome',
  'visit.note': 'Note',
  'visit.record': 'Record visit',
  'visit.none': 'No visits yet.',
  'visit.slot.MORNING': 'Morning',
  'visit.slot.NOON': 'Noon',
  'visit.slot.EVENING': 'Evening',
  'visit.slot.NIGHT': 'Night',
  'visit.method.IN_PERSON': 'In person',
  'visit.method.PHONE': 'Phone',
  'visit.method.APPOINTMENT': 'By appointment',
  'visit.outcome.COMPLETED': 'Completed',
  'visit.outcome.PARTIAL': 'Partly done',
  'visit.outcome.NOBODY_HOME': 'Nobody home',
  'visit.outcome.REFUSED': 'Refused',
  'visit.outcome.MOVED': 'Moved away',

  'appointment.plannedAt': 'Planned for',
  'appointment.contact': 'Contact',
  'appointment.note': 'Note',
  'appointment.schedule': 'Schedule',
  'appointment.none': 'No appointments.',
  'appointment.status.PLANNED': 'Planned',
  'appointment.status.KEPT': 'Kept',
  'appointment.status.MISSED': 'Missed',
  'appointment.status.CANCELLED': 'Cancelled',

  'problem.category': 'Category',
  'problem.text': 'What happened',
  'problem.report': 'Record problem',
  'problem.none': 'No problems.',
  'problem.category.REFUSAL': 'Refusal',
  'problem.category.ITEM_REFUSAL': 'Items refused',
  'problem.category.WHEREABOUTS_UNKNOWN': 'Whereabouts unknown',
  'problem.category.ADDRESS_NOT_FOUND': 'Address not found',
  'problem.category.SOURCES_DISAGREE': 'Sources disagree',
  'problem.category.OTHER': 'Other',
  'problem.status.OPEN': 'Open',
  'problem.status.ESCALATED': 'Escalated',
  'problem.status.RESOLVED': 'Resolved',

  'agenda.title': 'Agenda for {date}',
  'agenda.appointments': 'Appointments',
  'agenda.notVisited': 'Not visited yet',
  'agenda.repeatedFailures': 'Repeatedly not met',
  'agenda.none': 'None',
  'agenda.total': '{count} in all',

  'review.title': 'Review queue',
  'review.count': '{count} households waiting for review',
  'review.empty': 'Nothing waiting for review.',
  'review.approve': 'Approve',
  'review.return': 'Return',
  'review.reason': 'Reason for returning',
  'review.reasonRequired': 'Give a reason for returning',
  'review.approved': 'Household {number} approved',
  'review.returnedDone': 'Household {number} returned',

  'report.title': 'Progress report',
  'report.zone': 'Zone code',
  'report.show': 'Show report',
  'report.copy': 'Copy',
  'report.copied': 'Copied',
  'report.downloadMd': 'Download Markdown',
  'report.downloadCsv': 'Download CSV',

  'audit.title': 'Audit log',
  'audit.at': 'When',
  'audit.actor': 'Who',
  'audit.action': 'Action',
  'audit.entity': 'Object',
  'audit.zone': 'Small zone',
  'audit.item': 'Item',
  'audit.change': 'Change',
  'audit.filterAction': 'Action',
  'audit.count': '{count} entries',
  'audit.more': 'Load more',
  'audit.action.CREATE': 'Created',
  'audit.action.UPDATE': 'Changed',
  'audit.action.DELETE': 'Deleted',
  'audit.action.STAGE': 'Workflow',
  'audit.action.UNMASK': 'Unmasked',
  'audit.action.ACCOUNT': 'Account',
  'offline.online': 'Online',
  'offline.offline': 'Offline',
  'offline.pending': '{count} waiting to upload',
  'offline.needsChoice': '{count} need your choice',
  'offline.queued': 'No signal: saved on this phone; it is uploaded when the signal returns.',
  'offline.visitQueued':
    'No signal: the visit is saved on this phone; it is uploaded when the signal returns.',
  'offline.conflictTitle': 'Conflict on upload: someone else changed this household',
  'offline.conflictHelp': 'Your changes and the values on the server are below. Choose which to keep.',
  'offline.mine': 'Mine',
  'offline.server': 'On the server',
  'offline.item': 'Item',
  'offline.keepMine': 'Keep mine and upload again',
  'offline.takeServer': "Take the server's",
  'offline.rejectedTitle': 'The server refused a change saved on this phone',
  'offline.discard': 'Discard this change',
  'offline.draftRestored': 'What you typed last time was restored.',
  'offline.newPerson': 'New person',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Params = Record<string, string | number>;

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const compiled = new Map<string, IntlMessageFormat>();

/** The message of `key` in `lang` (ICU MessageFormat) with its parameters filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[lang][key], LOCALES[lang]);
    compiled.set(id, format);
  }
  try {
    const text = format.format<string>(params);
    return Array.isArray(text) ? text.join('') : String(text);
  } catch {
    // A parameter not given: show the others and leave `{name}` for the missing one.
    return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  }
}

/** What the server says about a rejected input or a failed request, by the error's shape. */
export interface ServerMessage {
  message: string;
  messageCode?: string | null;
  params?: unknown;
}

/**
 * The server's message in `lang`, rendered from its message code and parameters with the rules library's catalogue;
 * the server's own text when the code is unknown here (a newer server) or absent.
 */
export function serverText(lang: Lang, error: ServerMessage): string {
  if (!error.messageCode) return error.message;
  const params = (error.params && typeof error.params === 'object' ? error.params : {}) as MessageParams;
  return formatMessage(lang, error.messageCode, params, error.message);
}

/** A key built from a prefix and an enum value, e.g. `dynamicKey('visit.outcome.', 'REFUSED')`. */
export function dynamicKey(prefix: string, value: string): MessageKey {
  const key = `${prefix}${value}`;
  return (key in zh ? key : 'household.blank') as MessageKey;
}

/** The label of a census enum value from a rules label table. */
export function enumLabel<E extends string>(labels: Record<E, EnumLabel>, value: E, lang: Lang): string {
  return labels[value]?.[lang] ?? value;
}

const LANG_KEY = 'census.lang';

export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  const value = storage?.getItem(LANG_KEY);
  return value === 'en' || value === 'zh' ? value : 'zh';
}

export function storeLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  storage?.setItem(LANG_KEY, lang);
}

/**
 * The text of a failed request in `lang`: its first GraphQL error rendered from `extensions.messageCode` and
 * `extensions.params` where the server coded it, else the error's own message.
 */
export function errorText(
  lang: Lang,
  error: Error & { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] },
): string {
  const [first] = error.errors ?? [];
  if (!first) return error.message;
  const code = first.extensions?.messageCode;
  return serverText(lang, {
    message: first.message,
    messageCode: typeof code === 'string' ? code : undefined,
    params: first.extensions?.params,
  });
}
