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
 * A quantity (a count, a limit, a length, a position) is written `{max, number}`, grouped as people write numbers
 * (250,000); identifiers, codes, years and values echoed as typed are shown as given, `{value}`. param-kinds.ts
 * declares which parameter is which, and the catalogue's test holds every text to it.
 *
 * Codes are `area.what`; add codes, never change the meaning of one (clients and docs depend on them).
 */
import type { EnumLabel } from '../enums';

export const MESSAGE_CATALOGUE = {
  // Rules of the short form (libs/rules): the API's and the web form's checks.
  'rule.required': { zh: '{item}为必填项。', en: '{item} is required.' },
  'rule.cannotClear': { zh: '{item}不能清空。', en: '{item} cannot be cleared.' },
  'rule.cannotClearUseZero': { zh: '{item}不能清空；没有请填 0。', en: '{item} cannot be cleared; use 0.' },
  'rule.wholeNumber': {
    zh: '{item}须为整数，收到 {value}。',
    en: '{item} must be a whole number; got {value}.',
  },
  'rule.outOfRange': {
    zh: '{item}填的是 {value, number}，允许范围为 {min, number}–{max, number}。',
    en: '{item} {value, number} is outside {min, number}-{max, number}.',
  },
  // A year or a month out of its range (D5 出生年月, a long-form year-month): written as years are, 2020 (not 2,020).
  'rule.calendarOutOfRange': {
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
    zh: '建筑物编号“{value}”有 {length, number} 个字符，最多 {max, number} 个。',
    en: 'Building number ‘{value}’ has {length, number} characters; at most {max, number} are allowed.',
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
    zh: 'H6 建筑面积 {value} 平方米超出允许范围：须大于 0，最多 {max, number} 平方米。',
    en: 'H6 floor area {value} m² is outside the allowed range: more than 0 and at most {max, number} m².',
  },
  'rule.floorAreaDecimals': {
    zh: 'H6 建筑面积 {value} 平方米的小数超过两位。',
    en: 'H6 floor area {value} m² has more than 2 decimal places.',
  },
  'rule.nameTooLong': {
    zh: 'D1 姓名有 {length, number} 个字，最多 {max, number} 个。',
    en: 'D1 name has {length, number} characters; at most {max, number} are allowed.',
  },
  'rule.nameDigit': {
    zh: 'D1 姓名中有数字“{character}”，姓名不能含数字。',
    en: 'D1 name contains the digit ‘{character}’; names may not contain digits.',
  },
  'rule.nameInvisible': {
    zh: '姓名第 {position, number} 个字符是看不见的 {character}，请删去。',
    en: 'Name character {position, number} is the invisible {character}; remove it.',
  },
  'rule.nameReplacementCharacter': {
    zh: '姓名第 {position, number} 个字符是 U+FFFD 替换字符（乱码）：文件按错误的编码读取，或导出时丢了字，请按原始资料核对。',
    en: 'Name character {position, number} is U+FFFD REPLACEMENT CHARACTER: the text was decoded in the wrong encoding or a character was lost on export; check against the original.',
  },
  'rule.nameQuestionMark': {
    zh: '姓名第 {position, number} 个字符是问号“{character}”：导出时无法表示的字（如“𠮷”）常被换成问号，请按户口簿等原始资料核对。',
    en: "Name character {position, number} is a question mark ‘{character}’: an export that cannot represent a character (such as 𠮷) writes '?' in its place; check the original.",
  },
  'rule.namePunctuation': {
    zh: '姓名第 {position, number} 个字符“{character}”不能用在姓名中。',
    en: 'Name character {position, number} ‘{character}’ is not allowed in a name.',
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
  'citizenId.invisible': {
    zh: 'D3 公民身份号码第 {position, number} 个字符是看不见的 {character}，请删去。',
    en: 'D3 citizen ID character {position, number} is the invisible {character}; remove it.',
  },
  'citizenId.length': {
    zh: 'D3 公民身份号码有 {length, number} 个字符，应为 18 个{legacy, select, yes {（15 位的第一代号码已不再有效）} other {}}。',
    en: 'D3 citizen ID has {length, number} characters; expected 18{legacy, select, yes { (15-digit first-generation numbers are no longer valid)} other {}}.',
  },
  'citizenId.characters': {
    zh: 'D3 公民身份号码第 {position, number} 个字符是“{character}”：只能是数字，最后一位可以是 X。',
    en: "D3 citizen ID character {position, number} is ‘{character}’; only digits are allowed, and 'X' as the last character.",
  },
  'citizenId.region': {
    zh: 'D3 公民身份号码的地址码 {region} 不以省级行政区划代码开头（11-15、21-23、31-37、41-46、50-54、61-65、71、81、82）。',
    en: 'D3 citizen ID region code {region} does not start with a province code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82).',
  },
  'citizenId.birthDate': {
    zh: 'D3 公民身份号码中的出生日期 {value} {problem}。',
    en: 'D3 citizen ID birth date {value} {problem}.',
  },
  'citizenId.checkCharacter': {
    zh: 'D3 公民身份号码的校验码是“{given}”，应为“{expected}”，请核对号码。',
    en: 'D3 citizen ID check character is ‘{given}’ but should be ‘{expected}’; check the number.',
  },
  'zone.codeEmpty': { zh: '区划代码为空。', en: 'The zone code is empty.' },
  'zone.codeDigits': {
    zh: '区划代码“{value}”含有 0–9 以外的字符。',
    en: 'Zone code ‘{value}’ contains characters other than the digits 0-9.',
  },
  'zone.codeLength': {
    zh: '区划代码“{value}”有 {length, number} 位，应为 2、4、6、9、12 或 15 位（或补零到 12 位）。',
    en: 'Zone code ‘{value}’ has {length, number} digits; expected 2, 4, 6, 9, 12 or 15 digits (or a 12-digit padded code).',
  },
  'zone.codeProvince': {
    zh: '区划代码“{value}”的省级代码 {province} 不是省级行政区划代码（11-15、21-23、31-37、41-46、50-54、61-65、71、81、82）。',
    en: 'Zone code ‘{value}’ starts with {province}, which is not a province code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82).',
  },
  'zone.codeZeroSegment': {
    zh: '区划代码“{value}”的{segment, select, 0 {省级} 1 {地级} 2 {县级} 3 {乡级} 4 {普查区} other {普查小区}}段“{digits}”全为 0；{smallZone, select, yes {15 位的普查小区代码不补零，每段都不能为 0（普查小区为 001–999）} other {0 只能用于末尾补位}}。',
    en: 'Zone code ‘{value}’ has an all-zero {segment, select, 0 {province} 1 {city} 2 {county} 3 {township} 4 {census-zone} other {small-zone}} segment ‘{digits}’; {smallZone, select, yes {a 15-digit small-zone code is never padded, so every segment must be non-zero (small zones are 001-999)} other {zeros are only allowed as padding at the end}}.',
  },

  // Objects, versions and scope.
  'record.versionConflict': {
    zh: '{object, select, household {此住户} person {此人员} building {此建筑物} zone {此区划} problem {此问题} account {此账号} appointment {此预约} other {此记录}}已被他人修改（当前第{current, number}版，您编辑的是第{expected, number}版），请重新打开后再修改。',
    en: '{object, select, household {This household} person {This person} building {This building} zone {This zone} problem {This problem} account {This account} appointment {This appointment} other {This record}} was changed by someone else (it is now at version {current, number}; you edited version {expected, number}). Reopen it and make your change again.',
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
    zh: '{item}填的是 {given, number}，但所列人员合计为 {expected, number}。',
    en: '{item} is {given, number} but the persons listed give {expected, number}.',
  },
  'household.personItemMissing': {
    zh: '第{line, number}人 {name}：{item}未填写{reason, select, age {（{minAge, number} 岁及以上须填）} notResident {（不住本户的人须填）} notRegistered {（户口不在本户的人须填）} other {}}。',
    en: 'Person {line, number} {name}: {item} is missing{reason, select, age { (required from age {minAge, number})} notResident { (required for a person not living here)} notRegistered { (required for a person registered elsewhere)} other {}}.',
  },
  // The long form (libs/rules long-form-rules.ts): every problem of a sampled household's long form at once.
  'longForm.personItemMissing': {
    zh: '第{line, number}人 {name}：长表{item}未填写，也未记为拒答。',
    en: 'Person {line, number} {name}: long-form item {item} is neither answered nor recorded as refused.',
  },
  'longForm.householdItemMissing': {
    zh: '长表{item}未填写，也未记为拒答。',
    en: 'Long-form item {item} is neither answered nor recorded as refused.',
  },
  'longForm.personItemNotApplicable': {
    zh: '第{line, number}人 {name}：按长表的跳答规则不填{item}（{rule}），请删去这一答案。',
    en: 'Person {line, number} {name}: the long form skips {item} ({rule}); remove the answer.',
  },
  'longForm.householdItemNotApplicable': {
    zh: '按长表的跳答规则本户不填{item}（{rule}），请删去这一答案。',
    en: 'The long form skips {item} for this household ({rule}); remove the answer.',
  },
  'longForm.personOptionInvalid': {
    zh: '第{line, number}人 {name}：{item}的答案“{value}”不是长表上的选项。',
    en: 'Person {line, number} {name}: ‘{value}’ is not an option of {item} on the long form.',
  },
  'longForm.householdOptionInvalid': {
    zh: '{item}的答案“{value}”不是长表上的选项。',
    en: '‘{value}’ is not an option of {item} on the long form.',
  },
  'longForm.personWholeNumber': {
    zh: '第{line, number}人 {name}：{item}须为整数，收到 {value}。',
    en: 'Person {line, number} {name}: {item} must be a whole number; got {value}.',
  },
  'longForm.personOutOfRange': {
    zh: '第{line, number}人 {name}：{item}填的是 {value, number}，允许范围为 {min, number}–{max, number}。',
    en: 'Person {line, number} {name}: {item} {value, number} is outside {min, number}-{max, number}.',
  },
  'longForm.personCalendarOutOfRange': {
    zh: '第{line, number}人 {name}：{item}填的是 {value}，允许范围为 {min}–{max}。',
    en: 'Person {line, number} {name}: {item} {value} is outside {min}-{max}.',
  },
  'longForm.amountRange': {
    zh: '{item}填的是 {value}，须大于 0，最多 {max, number}。',
    en: '{item} {value} must be more than 0 and at most {max, number}.',
  },
  'longForm.amountDecimals': {
    zh: '{item} {value} 的小数超过两位。',
    en: '{item} {value} has more than 2 decimal places.',
  },
  'longForm.firstMarriageTooEarly': {
    zh: '第{line, number}人 {name}：{item} {given} 早于其年满 15 周岁的 {earliest}。',
    en: 'Person {line, number} {name}: {item} {given} is before the person turned 15 in {earliest}.',
  },
  'longForm.firstMarriageAfterReference': {
    zh: '第{line, number}人 {name}：{item} {given} 在{limit}之后。',
    en: 'Person {line, number} {name}: {item} {given} is after {limit}.',
  },
  'longForm.educationImplausible': {
    zh: '第{line, number}人 {name}：{age, number} 岁，{item}填“{education}”不合常理（一般至少 {minAge, number} 岁），请核实。',
    en: 'Person {line, number} {name}: aged {age, number}, {item} ‘{education}’ is implausible (usually at least age {minAge, number}); check it.',
  },
  'longForm.birthsExceedChildren': {
    zh: '第{line, number}人 {name}：{item}为“{births}”，但生育子女数合计只有 {children, number} 个。',
    en: 'Person {line, number} {name}: {item} is ‘{births}’ but the children ever born total only {children, number}.',
  },
  'longForm.ownBusinessUnableToWork': {
    zh: '第{line, number}人 {name}：三个月内在为自己经营作准备的人，{item}应填“能”。',
    en: 'Person {line, number} {name}: a person preparing a business of their own should answer {item} ‘able’.',
  },
  'longForm.areaPerRoom': {
    zh: '{item} {area, number} 平方米、{rooms, number} 间，平均每间 {perRoom, number} 平方米，不在 {min, number}–{max, number} 平方米之间，请核实。',
    en: '{item} {area, number} m² over {rooms, number} rooms is {perRoom, number} m² a room, outside {min, number}-{max, number} m²; check it.',
  },
  'longForm.notSampled': {
    zh: '此住户不在长表抽样中，不填长表。',
    en: 'This household is not in the long-form sample: it has no long form.',
  },
  'longForm.unknownItem': {
    zh: '长表没有“{value}”这一项。',
    en: 'The long form has no item ‘{value}’.',
  },
  'longForm.itemTwice': {
    zh: '{item}在一次保存中填了不止一次。',
    en: '{item} is given more than once in one save.',
  },
  'longForm.valueOrRefusal': {
    zh: '{item}须填答案或记为拒答，二者只能选一。',
    en: '{item} takes either an answer or a refusal, one of the two.',
  },
  'longForm.personTwice': {
    zh: '同一人的长表在一次保存中出现了不止一次。',
    en: 'The same person’s long form is given more than once in one save.',
  },
  'longForm.sampleReason': {
    zh: '将住户调入或调出长表抽样须说明原因（1–500 字）。',
    en: 'Moving a household into or out of the long-form sample needs a reason (1-500 characters).',
  },
  'longForm.sampleUnchanged': {
    zh: '此住户已{sampled, select, yes {在} other {不在}}长表抽样中。',
    en: 'This household is already {sampled, select, yes {in} other {out of}} the long-form sample.',
  },
  'longForm.optionsLevel': {
    zh: '长表附加项目只能由县级或乡级普查机构为本区划设置，{zone} 不是县或乡级区划。',
    en: 'Optional long-form items are set by a county or township office for its zone; {zone} is neither.',
  },
  'longForm.sampleLocked': {
    zh: '此住户处于“{stage}”阶段，退回前不能调整长表抽样。',
    en: 'This household is at stage “{stage}”: its long-form sample cannot change until it is returned.',
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
    zh: '家庭户须有且只有一位户主，现有 {heads, number} 位。',
    en: 'A family household has exactly one head; found {heads, number}.',
  },
  'household.vacantHasPersons': {
    zh: '空户不应登记人员，现列有 {count, number} 人。',
    en: 'A vacant household has no persons; {count, number} are listed.',
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
  'review.tooManyItems': {
    zh: '一次最多批量通过 {max, number} 户，收到 {count, number} 户。',
    en: 'At most {max, number} households can be approved at once; got {count, number}.',
  },
  'review.noItems': { zh: '请至少选择一户。', en: 'Select at least one household.' },
  'review.duplicateItem': {
    zh: '同一住户在批量通过中出现了两次。',
    en: 'The same household appears twice in the bulk approval.',
  },
  'review.tooManyReasons': {
    zh: '退回原因最多 {max, number} 条，收到 {count, number} 条。',
    en: 'At most {max, number} return reasons; got {count, number}.',
  },
  'review.reasonNoteRequired': {
    zh: '退回原因“其他”须写明说明。',
    en: "The return reason 'Other' needs a note.",
  },
  'review.reasonNoteTooLong': {
    zh: '退回原因的说明最多 {max, number} 字，收到 {length, number} 字。',
    en: 'A return reason note has at most {max, number} characters; got {length, number}.',
  },
  'review.reasonPerson': {
    zh: '退回原因所指的人员不在此住户中。',
    en: 'The person a return reason names is not in this household.',
  },
  'review.reasonItem': {
    zh: '退回原因所指的项目“{value}”不是短表项目。',
    en: 'The item ‘{value}’ a return reason names is not an item of the short form.',
  },
  'team.supervisorRequired': {
    zh: '请选择一位普查指导员。',
    en: 'Choose a supervisor.',
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
    zh: '说明有 {length, number} 个字，最多 {max, number} 个。',
    en: 'The note has {length, number} characters; at most {max, number}.',
  },
  'household.searchTooLong': {
    zh: '搜索内容有 {length, number} 个字，最多 {max, number} 个。',
    en: 'The search text has {length, number} characters; at most {max, number}.',
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
  'appointment.inPast': {
    zh: '预约时间 {plannedAt}（北京时间）已经过去（现在是 {now}），请预约以后的时间。',
    en: 'The appointment time {plannedAt} (Beijing time) is in the past (it is now {now}); book a later time.',
  },
  'person.notOfHousehold': {
    zh: '此人员不属于这一户，不能在这一户的表中修改或删除。',
    en: 'This person is not a person of this household: it cannot be changed or deleted on its form.',
  },
  'person.lineNumberRange': {
    zh: '人员序号 {value, number} 超出 1–999。',
    en: 'Line number {value, number} is outside 1..999.',
  },
  'person.lineNumberTaken': {
    zh: '此住户已有第 {value, number} 人。',
    en: 'Line {value, number} is already used in this household.',
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
    zh: '此建筑物还有 {count, number} 户，请先移走或删除这些住户。',
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
  // The texts an office writes into its progress report (saveReportTexts).
  'report.textTooLong': {
    zh: '{part}第 {number, number} 条最多 {max, number} 字。',
    en: '{part} {number, number}: at most {max, number} characters.',
  },
  'report.tooManyItems': { zh: '{part}最多 {max, number} 条。', en: '{part}: at most {max, number} items.' },
  'report.monthRange': { zh: '启动月份须为 1 至 12。', en: 'Start month: 1 to 12.' },
  'report.pilotDates': { zh: '试点结束日期早于开始日期。', en: 'The pilot ends before it starts.' },
  'report.pilotCount': {
    zh: '试点户数、人数须为 0 至 {max, number}。',
    en: 'Pilot counts must be 0 to {max, number}.',
  },
  'zone.nameLength': { zh: '区划名称须为 1 至 100 个字。', en: 'Zone name must have 1 to 100 characters.' },
  'zone.parentMissing': {
    zh: '区划 {zone} 的上级区划 {parent} 不存在，请先创建上级区划。',
    en: 'Parent zone {parent} of zone {zone} does not exist; create it first.',
  },
  'zone.exists': { zh: '区划 {zone} 已存在。', en: 'Zone {zone} already exists.' },
  'zone.notEmpty': {
    zh: '区划 {zone} 还有 {children, number} 个下级区划、{buildings, number} 栋建筑物和 {households, number} 户，请先删除或移走。',
    en: 'Zone {zone} still has {children, number} child zone(s), {buildings, number} building(s) and {households, number} household(s); delete or move them first.',
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
    zh: '密码至少 {min, number} 个字符。',
    en: 'Passwords need at least {min, number} characters.',
  },
  'account.usernameTaken': { zh: '用户名“{value}”已被使用。', en: 'Username ‘{value}’ is taken.' },
  'worklist.noteTooLong': {
    zh: '说明有 {length, number} 个字，最多 {max, number} 个。',
    en: 'The note has {length, number} characters; at most {max, number}.',
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
  // Zone boundaries (划区绘图): importZoneBoundaries, one message per rejected feature.
  'boundary.notFeature': {
    zh: '这一项不是 GeoJSON 要素（Feature），未导入。',
    en: 'This item is not a GeoJSON Feature; it was not imported.',
  },
  'boundary.zoneCodeMissing': {
    zh: '要素的属性（properties）中没有区划代码：请在 code 或 zoneCode 中填写。',
    en: 'The feature has no zone code in its properties: give it as code or zoneCode.',
  },
  'boundary.notGeometry': {
    zh: '要素没有几何图形（geometry）。',
    en: 'The feature has no geometry.',
  },
  'boundary.type': {
    zh: '边界须为多边形（Polygon 或 MultiPolygon），收到的是“{type}”。',
    en: 'A boundary must be a Polygon or MultiPolygon; got ‘{type}’.',
  },
  'boundary.shape': {
    zh: '边界坐标的结构不对（{where} 处应为数组）。',
    en: 'The boundary coordinates are malformed (an array is expected at {where}).',
  },
  'boundary.empty': { zh: '边界没有坐标。', en: 'The boundary has no coordinates.' },
  'boundary.position': {
    zh: '每个坐标点须为 [经度, 纬度] 两个数字。',
    en: 'Every position must be two numbers, [longitude, latitude].',
  },
  'boundary.ringTooShort': {
    zh: '边界的一个环只有 {count, number} 个坐标点，至少需要 4 个（首尾相同）。',
    en: 'A ring of the boundary has {count, number} positions; at least 4 are needed (the first repeated last).',
  },
  'boundary.ringOpen': {
    zh: '边界的一个环没有闭合：首点 {first} 与末点 {last} 不同。',
    en: 'A ring of the boundary is not closed: its first position {first} differs from its last {last}.',
  },
  'boundary.outsideChina': {
    zh: '坐标点（经度 {lon}，纬度 {lat}）不在中国境内（东经 73°–136°，北纬 3°–54°）：请检查经纬度是否写反或坐标系是否为 WGS 84。',
    en: 'Position (longitude {lon}, latitude {lat}) lies outside China (73-136°E, 3-54°N): check that longitude comes first and the coordinates are WGS 84.',
  },
  'boundary.tooManyVertices': {
    zh: '边界的坐标点超过 {max, number} 个，请先简化。',
    en: 'The boundary has more than {max, number} positions; simplify it first.',
  },
  'boundary.tooManyRings': {
    zh: '边界的环超过 {max, number} 个。',
    en: 'The boundary has more than {max, number} rings.',
  },
  'boundary.tooLarge': {
    zh: '边界有 {bytes, number} 字节，最多 {max, number} 字节，请先简化。',
    en: 'The boundary has {bytes, number} bytes; at most {max, number} are allowed. Simplify it first.',
  },
  'boundary.duplicateZone': {
    zh: '区划 {zone} 的边界已出现在这一批的第 {first, number} 个要素。',
    en: 'The boundary of zone {zone} already appears in feature {first, number} of this batch.',
  },
  'boundary.virtualZone': {
    zh: '虚拟普查小区 {zone} 没有地理范围，不能导入边界。',
    en: 'Virtual small zone {zone} has no area; it takes no boundary.',
  },
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
    zh: '登录失败次数过多，请 {minutes, number} 分钟后再试。',
    en: 'Too many failed logins; try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'auth.throttledSelfReport': {
    zh: '错误次数过多，请 {minutes, number} 分钟后再试。',
    en: 'Too many wrong attempts; try again in {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'auth.sessionTooOld': {
    zh: '登录已超过 {hours, number} 小时，请重新登录。',
    en: 'The session is older than {hours, number} hours; log in again.',
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
    zh: '变更日志只保留 {days, number} 天，此游标之后的变更已不在：请从一次批量导出及其 changesCursor 重新开始。',
    en: 'The changes after this cursor are no longer kept (the change log keeps {days, number} days): start again from a bulk export and its changesCursor.',
  },
  'input.badCursor': {
    zh: "参数 {argument} 不是此列表的游标：''{value}''。",
    en: "Argument \"{argument}\" is not a cursor of this list: ''{value}''.",
  },
  'input.invalidDate': {
    zh: '日期须为真实存在的日期，写作 YYYY-MM-DD，收到 {value}。',
    en: 'A Date is a real calendar day written YYYY-MM-DD, not {value}.',
  },

  // Inputs of the remaining mutations: zones, accounts, exports, idempotency keys, persons, problems, worklists,
  // visits and appointments.
  'zone.notAZoneCode': { zh: '“{value}”不是区划代码。', en: '‘{value}’ is not a zone code.' },
  'zone.notFound': { zh: '区划 {zone} 不存在。', en: 'Zone {zone} does not exist.' },
  'zone.notYours': {
    zh: '区划 {zone} 不在您负责的区划内，或不存在。',
    en: 'Zone {zone} is not one of your zones or does not exist.',
  },
  'zone.notCensusOrSmallZone': {
    zh: '区划 {zone} 不是普查区（12 位）或普查小区（15 位）。',
    en: 'Zone {zone} is not a census zone (12 digits) or small zone (15 digits).',
  },
  'account.wrongPassword': { zh: '用户名或密码错误。', en: 'Wrong username or password.' },
  'account.homeZoneRequired': {
    zh: '请填写所属单位：您管辖多个区划，无法确定该账号归哪个单位管理。',
    en: 'Name the home zone: you hold several zones, so the office the account belongs to is not clear.',
  },
  'account.homeZoneLevel': {
    zh: '所属单位须是乡镇（街道）或更高一级的区划，{zone} 不是。',
    en: 'The home zone must be a township or a higher zone; {zone} is not.',
  },
  'account.outsideHome': {
    zh: '区划 {zone} 不在{whose, select, supervisor {普查指导员} other {该账号}}的所属单位 {home} 之内。',
    en: "Zone {zone} lies outside {whose, select, supervisor {the supervisor's} other {the account's}} home zone {home}.",
  },
  'account.labelLength': {
    zh: '令牌名称须为 1 至 100 个字。',
    en: 'The token label must have 1 to 100 characters.',
  },
  'account.smallZoneCount': {
    zh: '一次须分配 1 至 {max, number} 个普查小区，收到 {count, number} 个。',
    en: 'Assign 1 to {max, number} small zones at a time; got {count, number}.',
  },
  'account.enumeratorCount': {
    zh: '一次须为指导员分配 1 至 {max, number} 名普查员，收到 {count, number} 名。',
    en: 'Put 1 to {max, number} enumerators under a supervisor at a time; got {count, number}.',
  },
  'account.smallZonesOneCounty': {
    zh: '普查小区 {zone} 不在县（区）{county} 内：一次分配的普查小区须属于同一个县（区）。',
    en: 'Small zone {zone} is outside county {county}: the small zones of one assignment must lie in one county.',
  },
  'account.supervisorOnlyForEnumerators': {
    zh: '只有普查员账号才有普查指导员。',
    en: 'Only enumerators have a supervisor.',
  },
  'export.entitiesRequired': {
    zh: '请至少选择一类要导出的数据。',
    en: 'Name at least one kind of data to export.',
  },
  'export.unmaskForbidden': {
    zh: '您的角色不能导出完整的公民身份号码和电话号码。',
    en: 'Your role may not export citizen IDs and phone numbers in full.',
  },
  'export.keyReused': {
    zh: '此幂等键已用于参数不同的另一次导出。',
    en: 'This idempotency key was already used for an export with other parameters.',
  },
  'request.idempotencyKeyRequired': {
    zh: '系统对接账号的每次写操作都须带幂等键，重试时才不会重复修改。',
    en: 'Integration accounts must send an idempotency key with every write, so that a retry changes nothing.',
  },
  'request.idempotencyKeyFormat': {
    zh: '幂等键须为 {min, number} 至 {max, number} 个可打印的 ASCII 字符。',
    en: 'The idempotency key must be {min, number}-{max, number} printable ASCII characters.',
  },
  'request.idempotencyKeyLength': {
    zh: '幂等键须为 1 至 {max, number} 个字符，收到 {length, number} 个。',
    en: 'An idempotency key has 1 to {max, number} characters, not {length, number}.',
  },
  'request.idempotencyKeyReused': {
    zh: '此幂等键已用于另一次修改，每次修改请用新的幂等键。',
    en: 'This idempotency key was already used for another change; use a new key for each change.',
  },
  'person.deleteNeedsId': {
    zh: '要删除的人员须指明是哪一位（缺少人员标识）。',
    en: 'A person to delete must say which person it is (its ID is missing).',
  },
  'person.versionRequired': {
    zh: '修改已登记的人员须附带其版本号，请重新打开此住户后再修改。',
    en: 'A change to a recorded person must give its version; reopen the household and make the change again.',
  },
  'person.lineNumberNewOnly': {
    zh: '人员序号只能在新增人员时填写。',
    en: 'A line number can only be given for a new person.',
  },
  'problem.textRequired': {
    zh: '{what, select, note {上报说明} resolution {处理结果} other {问题描述}}不能为空。',
    en: '{what, select, note {The escalation note} resolution {The resolution} other {The problem text}} must not be empty.',
  },
  'problem.textTooLong': {
    zh: '{what, select, note {上报说明} resolution {处理结果} other {问题描述}}有 {length, number} 个字，最多 {max, number} 个。',
    en: '{what, select, note {The escalation note} resolution {The resolution} other {The problem text}} has {length, number} characters; at most {max, number} are allowed.',
  },
  'problem.subjectMismatch': {
    zh: '{category, select, REFUSAL {拒绝登记} ITEM_REFUSAL {拒答部分项目} WHEREABOUTS_UNKNOWN {下落不明} other {此类}}问题只能针对住户或人员，不能针对{subject, select, Zone {区划} Building {建筑物} other {此对象}}。',
    en: 'A {category, select, REFUSAL {refusal} ITEM_REFUSAL {refused-items} WHEREABOUTS_UNKNOWN {whereabouts-unknown} other {problem of this kind}} problem concerns a household or a person, not {subject, select, Zone {a zone} Building {a building} other {this object}}.',
  },
  'problem.refusedItemsRequired': {
    zh: '拒答部分项目的问题须列出至少一个拒答的项目。',
    en: 'A refused-items problem must name at least one refused item.',
  },
  'problem.refusedItemsNotAllowed': {
    zh: '只有拒答部分项目的问题才能列出拒答的项目。',
    en: 'Refused items belong to refused-items problems only.',
  },
  'problem.staffOnly': { zh: '只有工作人员才能登记问题。', en: 'Only staff can record problems.' },
  'worklist.idRequired': {
    zh: '请指明要处理的比对清单项。',
    en: 'Name the worklist item (its ID is required).',
  },
  'worklist.noteRequired': {
    zh: '处理结果为“其他”时须填写说明。',
    en: 'A note is required for the outcome OTHER.',
  },
  'worklist.notClosed': { zh: '此比对清单项尚未关闭。', en: 'This worklist item is not closed.' },
  'worklist.bulkSize': {
    zh: '一次可关闭 1 至 {max, number} 项，此次为 {count, number} 项。',
    en: 'Close 1 to {max, number} items at once; {count, number} were given.',
  },
  'worklist.notFound': {
    zh: '您负责的区划内没有这一比对清单项：标识有误，或各来源现已一致。',
    en: 'No such worklist item in your zones: the key is wrong, or the sources agree now.',
  },
  'visit.noteTooLong': {
    zh: '说明有 {length, number} 个字，最多 {max, number} 个。',
    en: 'The note has {length, number} characters; at most {max, number}.',
  },
  'visit.inFuture': { zh: '不能登记将来的走访。', en: 'A visit cannot be recorded in the future.' },
  'appointment.contactTooLong': {
    zh: '联系人有 {length, number} 个字，最多 {max, number} 个。',
    en: 'The contact has {length, number} characters; at most {max, number}.',
  },
  'appointment.timeInvalid': { zh: '预约时间不是有效的时间。', en: 'The appointment time is not a time.' },
  'appointment.cannotClear': {
    zh: '预约的{what, select, status {状态} other {时间}}不能清空。',
    en: "The appointment's {what, select, status {status} other {time}} cannot be cleared.",
  },

  // GraphQL errors: arguments, limits, the database's refusals, imports and the server.
  'input.invalidCharacter': {
    zh: '输入含有不允许的字符 {character}（位于 {where}）。',
    en: 'The input holds the character {character}, which is not allowed (at {where}).',
  },
  'input.tooManyIds': {
    zh: '一次最多查询 {max, number} 个对象，收到 {count, number} 个。',
    en: 'At most {max, number} IDs at once; got {count, number}.',
  },
  'input.pageSize': {
    zh: '参数 {argument} 须在 {min, number} 到 {max, number} 之间，收到 {value, number}。',
    en: 'Argument "{argument}" must be between {min, number} and {max, number}; got {value, number}.',
  },
  'input.firstAndLast': {
    zh: '参数 first 与 last 不能同时使用：向后翻页用 first 和 after，向前翻页用 last 和 before。',
    en: 'Arguments "first" and "last" cannot be used together: page forwards with first and after, backwards with last and before.',
  },
  'input.argumentsDiffer': {
    zh: '参数 {argument} 与 {input} 不一致，请只用 input。',
    en: 'Arguments "{argument}" and "{input}" differ; give only "input".',
  },
  'input.inputRequired': { zh: '缺少参数 input。', en: 'Argument "input" is required.' },
  'input.dateNotString': {
    zh: '日期须写成字符串 YYYY-MM-DD。',
    en: 'A Date is a string YYYY-MM-DD.',
  },
  'input.daysDiffer': {
    zh: '参数 day（{day}）与 date（{date}）不是同一天，请只用 day。',
    en: 'Arguments "day" ({day}) and "date" ({date}) name different days; give only "day".',
  },
  'input.tooLong': { zh: '输入的文字太长。', en: 'A text in the input is too long.' },
  'input.tooLarge': { zh: '输入太大，无法处理。', en: 'The input is too large to be processed.' },
  'input.outOfRange': {
    zh: '输入的数值或日期超出范围。',
    en: 'A number or date in the input is out of range.',
  },
  'input.unstorableCharacter': {
    zh: '输入含有无法保存的字符（如 U+0000）。',
    en: 'The input holds a character that cannot be stored (such as U+0000).',
  },
  'input.invalidValue': { zh: '输入的值格式无效。', en: 'A value in the input has an invalid form.' },
  'changes.badCursor': {
    zh: '参数 after 不是变更流的游标，请传入变更流返回的 endCursor。',
    en: 'Argument "after" is not a change-feed cursor: pass an endCursor the feed returned.',
  },
  'changes.otherCountyCursor': {
    zh: '参数 after 是另一个县的变更流游标，请传入本账号的变更流返回的 endCursor。',
    en: 'Argument "after" is a cursor of another county\'s change feed: pass an endCursor your own feed returned.',
  },
  'progress.rangeReversed': { zh: '结束日期不能早于开始日期。', en: '`to` must not be before `from`.' },
  'progress.rangeTooLong': {
    zh: '一次最多查询 {max, number} 天，请缩短日期范围。',
    en: 'At most {max, number} days at once; ask for a shorter range.',
  },
  'limit.depth': {
    zh: '查询嵌套过深（{depth, number} 层，上限 {max, number} 层）。',
    en: 'Query depth {depth, number} exceeds the limit of {max, number}.',
  },
  'limit.introspectionDepth': {
    zh: '结构查询嵌套过深（{depth, number} 层，上限 {max, number} 层）。',
    en: 'Introspection depth {depth, number} exceeds the limit of {max, number}.',
  },
  'limit.cost': {
    zh: '查询的数据量过大（估计 {cost, number} 个对象，上限 {max, number} 个），请减小分页。',
    en: 'Query cost {cost, number} exceeds the limit of {max, number} (estimated objects returned; ask for smaller pages).',
  },
  'limit.rootFields': {
    zh: '一次请求的顶层字段过多（{fields, number} 个，上限 {max, number} 个），请分成几次请求。',
    en: 'The operation selects {fields, number} root fields; the limit is {max, number}.',
  },
  'limit.signIns': {
    zh: '一次请求只能登录{max, plural, =1 {一次} other { # 次}}（本次 {signIns, number} 次）。',
    en: 'A request may sign in only {max, plural, =1 {once} other {# times}}; this one tries {signIns, number} times.',
  },
  'limit.aliases': {
    zh: '别名过多（{aliases, number} 个，上限 {max, number} 个），请分成几次请求。',
    en: 'The operation uses {aliases, number} aliases; the limit is {max, number}.',
  },
  'limit.directives': {
    zh: '指令过多（{directives, number} 个，上限 {max, number} 个）。',
    en: 'The operation uses {directives, number} directives; the limit is {max, number}.',
  },
  'limit.tokens': {
    zh: '查询文本过长（超过 {max, number} 个词法单元），请分成几次请求。',
    en: 'The document has more than {max, number} tokens, the limit.',
  },
  'limit.anonymousTokens': {
    zh: '未登录的请求查询文本过长（超过 {max, number} 个词法单元），请先登录。',
    en: 'A document sent without signing in may have at most {max, number} tokens.',
  },
  'auth.trustedDocumentRequired': {
    zh: '“{role}”账号只能执行普查客户端的可信文档：请按其持久化文档清单发送 documentId。',
    en: 'Accounts of role {role} may only run the trusted documents of the census client: send "documentId" with the hash from its persisted-documents manifest.',
  },
  'auth.accountGone': { zh: '此账号已不存在。', en: 'The account no longer exists.' },
  'import.keyLength': {
    zh: '幂等键须为 1 至 {max, number} 个字符，收到 {length, number} 个。',
    en: 'The idempotency key must have 1-{max, number} characters; it has {length, number}.',
  },
  'import.tooManyRows': {
    zh: '一批最多 {max, number} 行，这一批有 {rows, number} 行，请分批导入。',
    en: 'A batch holds at most {max, number} rows; this one has {rows, number}. Split it.',
  },
  'import.sourceTooLong': {
    zh: '来源说明有 {length, number} 个字，最多 {max, number} 个。',
    en: 'The source has {length, number} characters; at most {max, number}.',
  },
  'import.keyTaken': {
    zh: '该幂等键已被另一批导入使用，请换一个。',
    en: 'This idempotency key was used by another import; choose another one.',
  },
  'import.accountsChanged': {
    zh: '导入过程中这一批的账号被他人修改，请重新提交。',
    en: 'Accounts of this batch changed while it was being applied; send it again.',
  },
  'server.internal': {
    zh: '服务器内部错误，请稍后再试；如果一再出现，请联系管理员。',
    en: 'Internal server error; try again later, and tell the administrator if it happens again.',
  },
  'request.invalid': {
    zh: '请求不符合接口定义，请更新应用或联系管理员。',
    en: 'The request does not fit the API; update the app or tell the administrator.',
  },

  // Refusals of the HTTP layer, before a request reaches GraphQL (libs/api/src/server/http-errors.ts).
  'http.malformedJson': {
    zh: '请求体不是有效的 JSON。',
    en: 'The request body is not valid JSON.',
  },
  'http.bodyTooLarge': {
    zh: '请求体超过 {size, number} {unit, select, mb {MB} other {KB}} 的上限。',
    en: 'The request body exceeds the limit of {size, number} {unit, select, mb {MB} other {KB}}.',
  },
  'http.unsupportedCharset': {
    zh: '请求体须以 UTF-8 编码。',
    en: 'The request body must be encoded in UTF-8.',
  },
  'http.unsupportedEncoding': {
    zh: '不支持此 Content-Encoding（可用 gzip、deflate、br 或不压缩）。',
    en: 'This Content-Encoding is not supported (use gzip, deflate, br or none).',
  },
  'http.incompleteBody': {
    zh: '请求体不完整，请重新发送。',
    en: 'The request body is incomplete; send it again.',
  },
  'http.unsupportedMediaType': {
    zh: '请求体须为 JSON（Content-Type: application/json）。',
    en: 'The request body must be JSON (Content-Type: application/json).',
  },
  'http.bodyNotObject': {
    zh: '请求体须为一个 JSON 对象，如 {example}（不支持批量请求）。',
    en: 'The request body must be one JSON object such as {example} (batches are not supported).',
  },
  'http.badRequest': {
    zh: '请求无效。',
    en: 'The request is not valid.',
  },
  'http.notFound': {
    zh: '此地址不存在。',
    en: 'There is nothing at this address.',
  },

  // Import rows: the rejections of importRegistry, importZones, importStaff, importElectricity and importGrid.
  'import.textRequired': {
    zh: '{field, select, address {地址} meterId {电表号} gridId {网格编号} name {名称} registryHouseholdNumber {户籍户号} other {此项}}为必填项。',
    en: '{field, select, address {The address} meterId {The meter ID} gridId {The grid ID} name {The name} registryHouseholdNumber {The registry household number} other {This item}} is required.',
  },
  'import.textTooLong': {
    zh: '{field, select, address {地址} meterId {电表号} gridId {网格编号} name {名称} registryHouseholdNumber {户籍户号} other {此项}}有 {length, number} 个字，最多 {max, number} 个。',
    en: '{field, select, address {The address} meterId {The meter ID} gridId {The grid ID} name {The name} registryHouseholdNumber {The registry household number} other {This item}} has {length, number} characters; at most {max, number} are allowed.',
  },
  'import.birthDateFormat': {
    zh: '出生日期“{value}”须写作 YYYY-MM-DD 或 YYYYMMDD。',
    en: 'Birth date ‘{value}’ is not written YYYY-MM-DD or YYYYMMDD.',
  },
  'import.birthDateNotReal': {
    zh: '出生日期“{value}”不是真实存在的日期。',
    en: 'Birth date ‘{value}’ is not a real date.',
  },
  'import.birthAfterReference': {
    zh: '出生日期 {value} 在{limit}之后，不是本次普查的对象。',
    en: 'Birth date {value} is after {limit}; the person is not counted.',
  },
  'import.birthDateMismatch': {
    zh: '出生日期填的是 {given}，但公民身份号码显示为 {fromId}。',
    en: 'Birth date is {given} but the citizen ID says {fromId}.',
  },
  'import.duplicateCitizenId': {
    zh: '公民身份号码 {masked} 已出现在{earlier, select, file {这个文件的} other {这一批的}}第 {first, number} 行。',
    en: 'Citizen ID {masked} already appears in row {first, number} of this {earlier, select, file {file} other {batch}}.',
  },
  'import.addressEmpty': {
    zh: '地址“{value}”只有空格和标点。',
    en: 'Address ‘{value}’ has nothing but spaces and punctuation.',
  },
  'import.monthFormat': {
    zh: '月份“{value}”须写作 YYYY-MM。',
    en: 'Month ‘{value}’ is not written YYYY-MM.',
  },
  'import.monthRange': {
    zh: '月份 {value} 不在 2000-01 至 {max} 之间。',
    en: 'Month {value} is outside 2000-01 to {max}.',
  },
  'import.personsRequired': { zh: '至少要列出一人。', en: 'At least one person is required.' },
  'import.personName': { zh: '第 {person, number} 人：{problem}', en: 'Person {person, number}: {problem}' },
  'import.tooManyPersons': {
    zh: '列出了 {count, number} 人，最多 {max, number} 人。',
    en: '{count, number} persons are listed; at most {max, number} are allowed.',
  },
  'import.duplicateMeter': {
    zh: '电表 {meter} 在 {month} 的读数已出现在这一批的第 {first, number} 行。',
    en: 'Meter {meter} for {month} already appears in row {first, number} of this batch.',
  },
  'import.duplicateGridAddress': {
    zh: '网格 {grid} 的地址“{address}”已出现在这一批的第 {first, number} 行。',
    en: 'Address ‘{address}’ of grid {grid} already appears in row {first, number} of this batch.',
  },
  'import.zonePadding': {
    zh: '代码 {value} 以 0 补位到 {length, number} 位，长度不合规：只接受规范代码或补足 12 位（统计用区划代码）、6 位（GB/T 2260）的代码，这一行未导入。',
    en: 'Zone code ‘{value}’ is padded to {length, number} digits; only canonical codes and the 12-digit (official) or 6-digit (GB/T 2260) padded forms are accepted, so the row was not imported.',
  },
  'import.zonePlaceholder': {
    zh: '代码 {value} 去掉补位的 0 后就是{level} {zone} 本身，不是上级代码 {parent} 下的区划：这是占位行（如不设区的市的县级行 441900、金门县的乡级行 350527000），未导入。',
    en: 'Zone code ‘{value}’ is the {level} {zone} itself once its padding is removed, not a zone under the parent {parent} the file names: a placeholder row, not imported.',
  },
  'import.duplicateZone': {
    zh: '区划 {zone} 已出现在这一批的第 {first, number} 行。',
    en: 'Zone {zone} already appears in row {first, number} of this batch.',
  },
  'import.parentMissing': {
    zh: '区划 {zone} 的上级区划 {parent} 不存在，也不是这一批中被接受的行，请先创建上级区划。',
    en: 'Parent zone {parent} of zone {zone} does not exist and is not an accepted row of this batch; create it first.',
  },
  'import.accountHomeFixed': {
    zh: '导入不会把已有账号移到其他所属单位，请在账号页面修改。',
    en: 'An import does not move a known account to another home zone; change it on the account.',
  },
  'import.phoneFormat': {
    zh: '电话最多 20 个字符，只能是数字、空格、+ 或 -。',
    en: 'A phone has at most 20 digits, spaces, + or -.',
  },
  'import.enumeratorSmallZones': {
    zh: '{zone} 不是普查小区代码：普查员负责的是普查小区。',
    en: '{zone} is not a small zone code; enumerators hold small zones.',
  },
  'import.duplicateUsername': {
    zh: '用户名“{value}”已出现在这一批的第 {first, number} 行。',
    en: 'Username ‘{value}’ already appears in row {first, number} of this batch.',
  },
  'import.usernameNotManaged': {
    zh: '用户名“{value}”已被一个您无权管理的账号使用。',
    en: 'Username ‘{value}’ is taken by an account you may not manage.',
  },
  'import.roleFixed': {
    zh: '账号“{value}”是“{role}”，导入不能更改账号角色。',
    en: 'Account ‘{value}’ is a {role}; an import cannot change its role.',
  },
  'import.supervisorMissing': {
    zh: '普查指导员“{value}”既不是这一批中有效的普查指导员行，也不是已有的普查指导员账号。',
    en: 'Supervisor ‘{value}’ is neither a valid supervisor row of this batch nor an existing supervisor.',
  },
  'import.smallZoneTaken': {
    zh: '普查小区 {zone} 已分给这一批第 {first, number} 行的普查员。',
    en: 'Small zone {zone} is already given to the enumerator of row {first, number}.',
  },
  'progress.trendReversed': {
    zh: '趋势的截止日 {to} 早于起始日 {from}。',
    en: 'The last day of the trend ({to}) is before its first day ({from}).',
  },
  'progress.trendTooLong': {
    zh: '趋势一次最多 {max, number} 天，所选为 {days, number} 天，请缩短日期范围。',
    en: 'A trend covers at most {max, number} days at once, not {days, number}: ask for a shorter range.',
  },
} as const satisfies Record<string, EnumLabel>;

export type MessageCode = keyof typeof MESSAGE_CATALOGUE;
