/**
 * Every message the server sends a person, keyed by a stable code, in Chinese (zh-CN) and English, as ICU
 * MessageFormat texts with named parameters. The API renders `message` from it in the request's language; the web
 * app and census-admin render a userError or GraphQL error from its `messageCode` and `params` with the same texts,
 * so a code never changes meaning and a client never parses an English sentence. A test parses every text and
 * checks that both languages use the same parameters.
 *
 * Parameters whose names are listed in `PARAM_LABELS` (format.ts) hold machine values (an item key, a sex, a stage)
 * that are shown by their label in the chosen language. No text shows a global ID or an internal field name.
 *
 * Codes are `area.what`; add codes, never change the meaning of one (clients and docs depend on them).
 */
import type { EnumLabel } from '../enums';

export const MESSAGE_CATALOGUE = {
  // A message from a part of the server that has no coded message yet: `detail` is the server's own text.
  'general.detail': { zh: '{detail}', en: '{detail}' },

  // Rules of the short form (libs/rules): the API's and the web form's checks.
  'rule.required': { zh: '{item}为必填项。', en: '{item} is required.' },
  'rule.cannotClear': { zh: '{item}不能清空。', en: '{item} cannot be cleared.' },
  'rule.cannotClearUseZero': { zh: '{item}不能清空；没有请填 0。', en: '{item} cannot be cleared; use 0.' },
  'rule.wholeNumber': {
    zh: '{item}须为整数，收到 {value}。',
    en: '{item} must be a whole number; got {value}.',
  },
  'rule.outOfRange': {
    zh: '{item}填的是 {value}，允许范围为 {min}–{max}。',
    en: '{item} {value} is outside {min}-{max}.',
  },
  'rule.householdNumberFormat': {
    zh: '户编号“{value}”须为 3 位数字，001 至 999。',
    en: "Household number ‘{value}’ must be exactly 3 digits, '001' to '999'.",
  },
  'rule.householdNumberZero': {
    zh: '户编号不能为 000，从 001 开始编。',
    en: "Household number '000' is not allowed; numbers start at '001'.",
  },
  'rule.buildingNumberLength': {
    zh: '建筑物编号“{value}”有 {length} 个字符，最多 {max} 个。',
    en: 'Building number ‘{value}’ has {length} characters; at most {max} are allowed.',
  },
  'rule.buildingNumberFormat': {
    zh: '建筑物编号“{value}”须为数字，可用“-”连接，末尾可加一个大写字母（如 001、12A、3-2）。',
    en: "Building number ‘{value}’ must be digits, optionally joined by '-' and ending in one upper-case letter (e.g. '001', '12A', '3-2').",
  },
  'rule.floorAreaNumber': {
    zh: 'H6 建筑面积须为数字，收到 {value}。',
    en: 'H6 floor area must be a number; got {value}.',
  },
  'rule.floorAreaRange': {
    zh: 'H6 建筑面积 {value} 平方米超出允许范围：须大于 0，最多 {max} 平方米。',
    en: 'H6 floor area {value} m² is outside the allowed range: more than 0 and at most {max} m².',
  },
  'rule.floorAreaDecimals': {
    zh: 'H6 建筑面积 {value} 平方米的小数超过两位。',
    en: 'H6 floor area {value} m² has more than 2 decimal places.',
  },
  'rule.nameTooLong': {
    zh: 'D1 姓名有 {length} 个字，最多 {max} 个。',
    en: 'D1 name has {length} characters; at most {max} are allowed.',
  },
  'rule.nameDigit': {
    zh: 'D1 姓名中有数字“{character}”，姓名不能含数字。',
    en: 'D1 name contains the digit ‘{character}’; names may not contain digits.',
  },
  'rule.nameInvisible': {
    zh: '姓名第 {position} 个字符是看不见的 {character}，请删去。',
    en: 'Name character {position} is the invisible {character}; remove it.',
  },
  'rule.nameReplacementCharacter': {
    zh: '姓名第 {position} 个字符是 U+FFFD 替换字符（乱码）：文件按错误的编码读取，或导出时丢了字，请按原始资料核对。',
    en: 'Name character {position} is U+FFFD REPLACEMENT CHARACTER: the text was decoded in the wrong encoding or a character was lost on export; check against the original.',
  },
  'rule.nameQuestionMark': {
    zh: '姓名第 {position} 个字符是问号“{character}”：导出时无法表示的字（如“𠮷”）常被换成问号，请按户口簿等原始资料核对。',
    en: "Name character {position} is a question mark ‘{character}’: an export that cannot represent a character (such as 𠮷) writes '?' in its place; check the original.",
  },
  'rule.namePunctuation': {
    zh: '姓名第 {position} 个字符“{character}”不能用在姓名中。',
    en: 'Name character {position} ‘{character}’ is not allowed in a name.',
  },
  'rule.birthAfterReference': {
    zh: 'D5 出生年月 {given} 在{limit}之后。',
    en: 'D5 birth year-month {given} is after {limit}.',
  },
  'rule.phoneFormat': {
    zh: '联系电话“{value}”既不是 11 位手机号码（13x–19x），也不是带区号的固定电话（如 010-12345678）。',
    en: 'Phone ‘{value}’ is neither an 11-digit mainland mobile number (13x-19x) nor a landline with area code (e.g. 010-12345678).',
  },
  'rule.citizenIdSexMismatch': {
    zh: 'D4 性别填的是{sex}，但公民身份号码显示为{idSex}。',
    en: 'D4 sex is {sex} but the citizen ID says {idSex}.',
  },
  'rule.citizenIdBirthMismatch': {
    zh: 'D5 出生年月填的是 {given}，但公民身份号码显示为 {fromId}。',
    en: 'D5 birth year-month is {given} but the citizen ID says {fromId}.',
  },

  // Objects, versions and scope.
  'record.versionConflict': {
    zh: '{object, select, household {此住户} person {此人员} building {此建筑物} zone {此区划} problem {此问题} account {此账号} appointment {此预约} other {此记录}}已被他人修改（当前第{current}版，您编辑的是第{expected}版），请重新打开后再修改。',
    en: '{object, select, household {This household} person {This person} building {This building} zone {This zone} problem {This problem} account {This account} appointment {This appointment} other {This record}} was changed by someone else (it is now at version {current}; you edited version {expected}). Reopen it and make your change again.',
  },
  'record.notFound': {
    zh: '{object, select, household {住户} person {人员} building {建筑物} zone {区划} problem {问题} account {账号} enumerator {普查员账号} supervisor {普查指导员账号} integration {系统对接账号} appointment {预约} other {记录}}不存在，或不在您负责的区划内。',
    en: '{object, select, household {The household} person {The person} building {The building} zone {The zone} problem {The problem} account {The account} enumerator {The enumerator account} supervisor {The supervisor account} integration {The integration account} appointment {The appointment} other {The record}} does not exist or is outside your zones.',
  },
  'record.notAnId': {
    zh: '所给的标识不是{object, select, household {住户} person {人员} building {建筑物} zone {区划} problem {问题} account {账号} appointment {预约} other {此类对象}}的标识。',
    en: 'The identifier given is not one of {object, select, household {a household} person {a person} building {a building} zone {a zone} problem {a problem} account {an account} appointment {an appointment} other {this kind of object}}.',
  },
  'household.locked': {
    zh: '此住户处于“{stage}”阶段：短表已交普查指导员，退回前不能修改。',
    en: 'This household is at stage “{stage}”: its short form is with the supervisor and cannot be changed until it is returned.',
  },
  'household.countsMismatch': {
    zh: '{item}填的是 {given}，但所列人员合计为 {expected}。',
    en: '{item} is {given} but the persons listed give {expected}.',
  },
  'household.personItemMissing': {
    zh: '第{line}人 {name}：{item}未填写{reason, select, age {（{minAge} 岁及以上须填）} notResident {（不住本户的人须填）} notRegistered {（户口不在本户的人须填）} other {}}。',
    en: 'Person {line} {name}: {item} is missing{reason, select, age { (required from age {minAge})} notResident { (required for a person not living here)} notRegistered { (required for a person registered elsewhere)} other {}}.',
  },
  'household.noPersons': {
    zh: '普通住户至少要登记一人；否则请标为空户、全户外出或全户死亡。',
    en: 'An ordinary household needs at least one person; otherwise mark it vacant, away or deceased.',
  },
  'household.familyItemMissing': {
    zh: '家庭户须填写{item}。',
    en: '{item} is required for a family household.',
  },
  'household.headCount': {
    zh: '家庭户须有且只有一位户主，现有 {heads} 位。',
    en: 'A family household has exactly one head; found {heads}.',
  },
  'household.vacantHasPersons': {
    zh: '空户不应登记人员，现列有 {count} 人。',
    en: 'A vacant household has no persons; {count} are listed.',
  },
  'household.noteRequired': {
    zh: '{status}须填写说明，写明是如何确认的。',
    en: '{status}: a note saying how this was established is required.',
  },
  'household.visitRequired': {
    zh: '{status}须至少记录一次走访。',
    en: '{status}: at least one recorded visit is required.',
  },
  'household.nobodyResident': {
    zh: '{status}的住户中不应有人普查时点住在本户。',
    en: '{status}: nobody in the household lives here at the reference moment.',
  },
  'household.deathsRequired': {
    zh: '全户死亡户须填写 H4 死亡人数。',
    en: 'A whole-household-deceased household records its deaths (H4).',
  },
  'household.wrongStage': {
    zh: '此住户处于“{stage}”阶段，不能{step, select, start {开始登记} submit {上报} approve {审核通过} return {退回} other {这样处理}}；须为{allowed}。',
    en: 'A household at stage {stage} cannot be {step, select, start {started} submit {submitted} approve {approved} return {returned} other {changed so}}; it must be {allowed}.',
  },
  'household.returnReason': {
    zh: '退回须写明原因，1 至 500 字。',
    en: 'A return needs a reason of 1 to 500 characters.',
  },
  'household.selfReportStage': {
    zh: '此住户处于“{stage}”阶段，不能再自主填报。',
    en: 'A household at stage {stage} can no longer self-report.',
  },
  'household.enumeratorItem': {
    zh: '{item}由普查员登记，自主填报不能修改。',
    en: '{item} is recorded by the enumerator; a self-report cannot change it.',
  },
  'household.unitFormat': {
    zh: '单元“{value}”须为 1 至 10 个字母、数字或“-”。',
    en: "Unit ‘{value}’ must be 1 to 10 letters, digits or '-'.",
  },
  'household.noteTooLong': {
    zh: '说明有 {length} 个字，最多 {max} 个。',
    en: 'The note has {length} characters; at most {max}.',
  },
  'household.numbersExhausted': {
    zh: '普查小区 {zone} 的户编号已用到 999。',
    en: 'Small zone {zone} already uses household number 999.',
  },
  'household.buildingInOtherZone': {
    zh: '所选建筑物在普查小区 {buildingZone}，不在此住户的普查小区 {zone}。',
    en: "The building is in small zone {buildingZone}, not in the household's small zone {zone}.",
  },
  'person.householdInOtherZone': {
    zh: '所选住户在普查小区 {householdZone}，不是 {zone}。',
    en: 'The household is in small zone {householdZone}, not {zone}.',
  },
  'person.moveOutsideZone': {
    zh: '所选住户在普查小区 {householdZone}；人员只能在普查小区 {zone} 内调整住户。',
    en: 'The household is in small zone {householdZone}; a person can only move within small zone {zone}.',
  },
  'record.otherCounty': {
    zh:
      '{target, select, household {目标住户} building {建筑物} other {目标}}属于另一个县（{targetCounty}），' +
      '{row, select, person {人口} household {住户} other {此记录}}只能在本县（{rowCounty}）内变更，不能跨县。',
    en:
      'The {target, select, household {household} building {building} other {target}} is in another county ' +
      '({targetCounty}); {row, select, person {a person} household {a household} other {a record}} stays in its ' +
      'county ({rowCounty}) and cannot move across counties.',
  },
  'visit.slotMismatch': {
    zh: '入户时段填的是{slot, select, MORNING {上午} NOON {中午} EVENING {傍晚} NIGHT {晚上} other {{slot}}}，但入户时间（北京时间 {hour} 点）属于{expected, select, MORNING {上午} NOON {中午} EVENING {傍晚} NIGHT {晚上} other {{expected}}}。',
    en: 'The visit slot given is {slot, select, MORNING {morning} NOON {noon} EVENING {evening} NIGHT {night} other {{slot}}}, but the time of the visit ({hour} h Beijing time) is in the {expected, select, MORNING {morning} NOON {noon} EVENING {evening} NIGHT {night} other {{expected}}}.',
  },
  'person.notOfHousehold': {
    zh: '此人员不属于这一户，不能在这一户的表中修改或删除。',
    en: 'This person is not a person of this household: it cannot be changed or deleted on its form.',
  },
  'person.lineNumberRange': {
    zh: '人员序号 {value} 超出 1–999。',
    en: 'Line number {value} is outside 1..999.',
  },
  'person.lineNumberTaken': {
    zh: '此住户已有第 {value} 人。',
    en: 'Line {value} is already used in this household.',
  },
  'person.registrationPlaceLevel': {
    zh: '户口登记地“{value}”须为县、乡镇街道或普查区代码（6、9 或 12 位）。',
    en: 'Registration place ‘{value}’ must be a county, township or census-zone code (6, 9 or 12 digits).',
  },
  'problem.alreadyEscalated': {
    zh: '此问题已经上报过。',
    en: 'This problem is already escalated.',
  },
  'problem.resolvedIsFinal': {
    zh: '此问题{again, select, yes {已经解决} other {已解决}}，解决后不能再改。',
    en: 'This problem is {again, select, yes {already } other {}}resolved, which is final.',
  },
  'problem.notAnId': {
    zh: '所给的标识不是区划、建筑物、住户或人员的标识。',
    en: 'The identifier given is not one of a zone, building, household or person.',
  },
  'building.notEmpty': {
    zh: '此建筑物还有 {count} 户，请先移走或删除这些住户。',
    en: 'This building still holds {count, plural, one {# household} other {# households}}; move or delete them first.',
  },
  'household.notEmpty': {
    zh: '此住户还有{persons, plural, =0 {} other { # 名人员}}{visits, plural, =0 {} other { # 次走访}}{appointments, plural, =0 {} other { # 个预约}}{problems, plural, =0 {} other { # 个问题}}记录，不能删除。',
    en: 'This household still has{persons, plural, =0 {} one { # person} other { # persons}}{visits, plural, =0 {} one { # visit} other { # visits}}{appointments, plural, =0 {} one { # appointment} other { # appointments}}{problems, plural, =0 {} one { # problem} other { # problems}} on record; it cannot be deleted.',
  },
  'building.locationPair': {
    zh: '纬度和经度须同时填写。',
    en: 'Latitude and longitude must be given together.',
  },
  'building.latitudeRange': {
    zh: '纬度 {value} 超出 -90 至 90。',
    en: 'Latitude {value} is outside -90..90.',
  },
  'building.longitudeRange': {
    zh: '经度 {value} 超出 -180 至 180。',
    en: 'Longitude {value} is outside -180..180.',
  },
  'building.addressLength': { zh: '地址须为 1 至 200 个字。', en: 'Address must have 1 to 200 characters.' },
  'building.kindRequired': { zh: '建筑物类型不能清空。', en: 'Building kind cannot be cleared.' },
  'zone.nameLength': { zh: '区划名称须为 1 至 100 个字。', en: 'Zone name must have 1 to 100 characters.' },
  'zone.parentMissing': {
    zh: '区划 {zone} 的上级区划 {parent} 不存在，请先创建上级区划。',
    en: 'Parent zone {parent} of zone {zone} does not exist; create it first.',
  },
  'zone.exists': { zh: '区划 {zone} 已存在。', en: 'Zone {zone} already exists.' },
  'zone.notEmpty': {
    zh: '区划 {zone} 还有 {children} 个下级区划、{buildings} 栋建筑物和 {households} 户，请先删除或移走。',
    en: 'Zone {zone} still has {children} child zone(s), {buildings} building(s) and {households} household(s); delete or move them first.',
  },
  'account.usernameFormat': {
    zh: '用户名“{value}”须为 3 至 50 个字母、数字、点、连字符或下划线。',
    en: 'Username ‘{value}’ must be 3-50 letters, digits, dots, dashes or underscores.',
  },
  'account.nameLength': { zh: '姓名须为 1 至 50 个字。', en: 'Name must have 1 to 50 characters.' },
  'account.roleNotManaged': {
    zh: '您的角色不能创建“{role}”账号。',
    en: 'Your role may not create {role} accounts.',
  },
  'account.passwordRequired': { zh: '须设置密码。', en: 'A password is required.' },
  'account.integrationNoPassword': {
    zh: '系统对接账号使用 API 令牌，不设密码。',
    en: 'INTEGRATION accounts use API tokens, not passwords.',
  },
  'account.passwordTooShort': {
    zh: '密码至少 {min} 个字符。',
    en: 'Passwords need at least {min} characters.',
  },
  'account.usernameTaken': { zh: '用户名“{value}”已被使用。', en: 'Username ‘{value}’ is taken.' },
  'worklist.noteTooLong': {
    zh: '说明有 {length} 个字，最多 {max} 个。',
    en: 'The note has {length} characters; at most {max}.',
  },
  'zone.outOfScope': {
    zh: '区划 {zone} 不在您负责的区划内。',
    en: 'Zone {zone} is outside the zones you hold.',
  },
  'zone.notSmallZone': {
    zh: '区划 {zone} 是{level}，这里需要 15 位的普查小区代码。',
    en: 'Zone {zone} is a {level}; a 15-digit small zone code is required.',
  },
  'zone.smallZoneNotFound': { zh: '普查小区 {zone} 不存在。', en: 'Small zone {zone} does not exist.' },
  'zone.numberTaken': {
    zh: '{object, select, building {建筑物编号} other {户编号}}“{number}”在普查小区 {zone} 中已被使用。',
    en: '{object, select, building {Building number} other {Household number}} {number} is already used in small zone {zone}.',
  },
  'person.citizenIdTaken': {
    zh: '公民身份号码 {masked} 已登记在另一人名下。',
    en: 'Citizen ID {masked} is already recorded for another person.',
  },
  'person.registeredOrResident': {
    zh: '每个人须户口在本户、普查时点住在本户，或两者兼有。',
    en: 'A person must be registered here, living here at the reference moment, or both.',
  },

  // Self-report (residents).
  'selfReport.phoneFirst': {
    zh: '请先登记此住户的联系电话：住户凭填报码和这个电话号码登录。',
    en: "Record the household's phone first: residents sign in with the code and that phone number.",
  },
  'selfReport.wrongCode': {
    zh: '填报码或电话号码不正确。',
    en: 'The code or the phone number is wrong.',
  },
  'selfReport.alreadySubmitted': {
    zh: '此住户的短表已经提交。',
    en: "This household's form has already been submitted.",
  },

  // GraphQL errors: sign-in, access and limits.
  'auth.missing': {
    zh: '请先登录：此项需要访问令牌。',
    en: 'Log in first: this field needs an access token.',
  },
  'auth.expired': { zh: '登录已过期，请重新登录。', en: 'Your session has expired; log in again.' },
  'auth.invalid': { zh: '访问令牌无效，请重新登录。', en: 'The access token is not valid; log in again.' },
  'auth.inactive': { zh: '此账号已停用。', en: 'This account is disabled.' },
  'auth.closed': {
    zh: '本次自主填报已结束：短表已提交，谢谢。',
    en: 'This self-report session has ended: the form was submitted. Thank you.',
  },
  'auth.revoked': {
    zh: '会话已结束：账号的密码、权限或状态已更改，请重新登录。',
    en: "The session has ended: the account's password, zones or state changed; log in again.",
  },
  'auth.forbidden': {
    zh: '您的账号角色无权进行此操作。',
    en: 'Your role may not do this.',
  },
  'auth.throttledLogin': {
    zh: '登录失败次数过多，请 {minutes} 分钟后再试。',
    en: 'Too many failed logins; try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'auth.throttledSelfReport': {
    zh: '错误次数过多，请 {minutes} 分钟后再试。',
    en: 'Too many wrong attempts; try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'auth.sessionTooOld': {
    zh: '登录已超过 {hours} 小时，请重新登录。',
    en: 'The session is older than {hours} hours; log in again.',
  },
  'auth.unmaskForbidden': {
    zh: '您的角色只能看到遮蔽后的{item}，不能查看完整内容。',
    en: 'Your role sees {item} masked and may not read it in full.',
  },
  'auth.residentOnly': {
    zh: '此项仅供住户自主填报使用。',
    en: 'This is for self-report sessions only.',
  },
  'auth.householdGone': {
    zh: '此住户已不存在，请联系普查员。',
    en: 'The household no longer exists; contact your enumerator.',
  },
  'changes.restored': {
    zh: '数据库已从备份恢复，此游标之后的变更已不可靠：请从一次批量导出及其 changesCursor 重新开始。',
    en: 'The database was restored from a backup and the changes after this cursor are no longer reliable: start again from a bulk export and its changesCursor.',
  },
  'changes.retention': {
    zh: '变更日志只保留 {days} 天，此游标之后的变更已不在：请从一次批量导出及其 changesCursor 重新开始。',
    en: 'The changes after this cursor are no longer kept (the change log keeps {days} days): start again from a bulk export and its changesCursor.',
  },
  'input.badCursor': {
    zh: "参数 {argument} 不是此列表的游标：''{value}''。",
    en: "Argument \"{argument}\" is not a cursor of this list: ''{value}''.",
  },
  'input.invalidDate': {
    zh: '日期须为真实存在的日期，写作 YYYY-MM-DD，收到 {value}。',
    en: 'A Date is a real calendar day written YYYY-MM-DD, not {value}.',
  },
} as const satisfies Record<string, EnumLabel>;

export type MessageCode = keyof typeof MESSAGE_CATALOGUE;
