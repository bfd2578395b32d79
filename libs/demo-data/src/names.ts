/**
 * Chinese personal names. Surname weights follow the national frequency ranking (王, 李, 张 and
 * 刘 together cover about a quarter of the population) so that search and duplicate-name screens
 * meet the clusters of same-surname persons they meet in a real village.
 */
import { Sex } from '@census/rules';

import type { Random } from './random';

// [surname, share in per mille], roughly the 2020 ranking of the Ministry of Public Security.
// prettier-ignore
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 72], ['张', 68], ['刘', 53], ['陈', 46], ['杨', 32], ['赵', 20], ['黄', 19],
  ['周', 18], ['吴', 18], ['徐', 13], ['孙', 12], ['胡', 11], ['朱', 11], ['高', 10], ['林', 10],
  ['何', 10], ['郭', 10], ['马', 9], ['罗', 8], ['梁', 7], ['宋', 7], ['郑', 7], ['谢', 6],
  ['韩', 6], ['唐', 6], ['冯', 6], ['于', 5], ['董', 5], ['萧', 5], ['程', 5], ['曹', 5],
  ['袁', 5], ['邓', 5], ['许', 5], ['傅', 4], ['沈', 4], ['曾', 4], ['彭', 4], ['吕', 4],
  ['苏', 4], ['卢', 4], ['蒋', 4], ['蔡', 4], ['贾', 3], ['丁', 3], ['魏', 3], ['薛', 3],
  ['叶', 3], ['阎', 3], ['余', 3], ['潘', 3], ['杜', 3], ['戴', 3], ['夏', 3], ['钟', 3],
  ['汪', 3], ['田', 3], ['任', 3], ['姜', 3], ['范', 3], ['方', 3], ['石', 2], ['姚', 2],
  ['谭', 2], ['廖', 2], ['邹', 2], ['熊', 2], ['金', 2], ['陆', 2], ['郝', 2], ['孔', 2],
  ['欧阳', 1], ['司马', 0.3],
];

const MALE_CHARS = [
  ...'伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文博毅晨阳轩睿泽昊宏成',
];
const FEMALE_CHARS = [
  ...'芳娜敏静丽艳娟霞秀英慧燕玲桂红梅琳雪婷颖倩洁佳琪欣怡悦萱彤晶瑶雯蕾薇月兰凤莉萍丹妍',
];
// Characters either sex can carry, so that some names do not give the sex away, as in life.
const NEUTRAL_CHARS = [...'文明华玉春晓小海金永子嘉思雨家振国德秋一诗宝新之心安'];

export function pickSurname(random: Random): string {
  return random.weighted(SURNAMES);
}

/** A given name of one or two characters; two-character names dominate among the young. */
export function pickGivenName(random: Random, sex: Sex, birthYear: number): string {
  const own = sex === Sex.MALE ? MALE_CHARS : FEMALE_CHARS;
  const char = (): string => (random.chance(0.25) ? random.pick(NEUTRAL_CHARS) : random.pick(own));
  const single = random.chance(birthYear < 1970 ? 0.45 : birthYear < 2000 ? 0.3 : 0.1);
  if (single) return random.pick(own);
  let first = char();
  let second = random.pick(own);
  // Avoid '伟伟' style doubles except as the occasional intended reduplication.
  if (first === second && random.chance(0.8)) second = random.pick(own);
  if (random.chance(0.5)) [first, second] = [second, first];
  return first + second;
}
