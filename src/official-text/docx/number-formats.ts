/**
 * The numbers Word prints for a list level, by its w:numFmt: the formats of Chinese official
 * documents (一、 （一） ① １ 甲) and the common Western ones. Word itself falls back to decimal
 * where a format has no symbol for a number (① ends at 50); so do we.
 */
const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const chineseUnits = ['', '十', '百', '千'];
const legalDigits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const legalUnits = ['', '拾', '佰', '仟'];
const heavenlyStems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const earthlyBranches = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
const digitCharacters = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The printed number, '' for a level without one (none), undefined for a bullet (not a number). */
export function formatListNumber(value: number, format: string): string | undefined {
  switch (format) {
    case 'bullet':
      return undefined;
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return counting(value, chineseDigits, chineseUnits, true);
    case 'chineseLegalSimplified':
      return counting(value, legalDigits, legalUnits, false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return value >= 0 ? [...String(value)].map((digit) => digitCharacters[Number(digit)]).join('') : String(value);
    case 'ideographTraditional':
      return cycle(value, heavenlyStems);
    case 'ideographZodiac':
      return cycle(value, earthlyBranches);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(value);
    case 'ideographEnclosedCircle':
      return inRange(value, 1, 10) ? String.fromCodePoint(0x3280 + value - 1) : String(value); // ㊀
    case 'decimalEnclosedParen':
      return inRange(value, 1, 20) ? String.fromCodePoint(0x2474 + value - 1) : String(value); // ⑴
    case 'decimalEnclosedFullstop':
      return inRange(value, 1, 20) ? String.fromCodePoint(0x2488 + value - 1) : String(value); // ⒈
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('');
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    default:
      // decimal, decimalHalfWidth, and formats of other scripts
      return String(value);
  }
}

const inRange = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/** Chinese counting numerals up to 9999: 十一, 一百零五, 二千零二十; "一十" is said "十" in counting. */
function counting(value: number, digits: string[], units: string[], shortTen: boolean): string {
  if (!inRange(value, 0, 9999)) return String(value);
  if (value === 0) return digits[0];
  const places = [...String(value)].map(Number);
  let text = '';
  let pendingZero = false;
  places.forEach((digit, index) => {
    const unit = units[places.length - 1 - index];
    if (digit === 0) {
      pendingZero = text !== '';
      return;
    }
    if (pendingZero) text += digits[0];
    pendingZero = false;
    text += digits[digit] + unit;
  });
  return shortTen && value >= 10 && value < 20 ? text.slice(1) : text;
}

function cycle(value: number, symbols: string[]): string {
  return value >= 1 ? symbols[(value - 1) % symbols.length] : String(value);
}

function enclosedCircle(value: number): string {
  if (inRange(value, 1, 20)) return String.fromCodePoint(0x2460 + value - 1); // ①–⑳
  if (inRange(value, 21, 35)) return String.fromCodePoint(0x3251 + value - 21); // ㉑–㉟
  if (inRange(value, 36, 50)) return String.fromCodePoint(0x32b1 + value - 36); // ㊱–㊿
  return String(value);
}

/** a … z, then aa … zz, as Word letters lists. */
function letters(value: number): string {
  if (value < 1) return String(value);
  return String.fromCodePoint(0x61 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (!inRange(value, 1, 3999)) return String(value);
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, symbol] of numerals) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}
