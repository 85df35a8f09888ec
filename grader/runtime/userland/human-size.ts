// Sizes as `ls -h` prints them. GNU (gnulib human_readable with autoscale,
// SI letters, powers of 1024, rounding up): "8", "1.5K", "15K", "4.0M".
// Busybox (make_human_readable_str): a tenth rounded to nearest, or for the
// `total` line no tenth at all.
const unitLetters = ["", "K", "M", "G", "T", "P", "E", "Z", "Y"];

/** GNU: below 1024 the number itself; else one decimal under 10 units, an integer above, always rounded up. */
export function gnuHumanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let exponent = 0;
  let divisor = 1;
  while (Math.floor(bytes / divisor) >= 1024 && exponent < unitLetters.length - 1) {
    divisor *= 1024;
    exponent++;
  }
  if (Math.floor(bytes / divisor) < 10) {
    const tenths = Math.ceil((bytes * 10) / divisor);
    // 9.96K rounds up to 10, printed without a decimal.
    if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${unitLetters[exponent]}`;
    return `10${unitLetters[exponent]}`;
  }
  const whole = Math.ceil(bytes / divisor);
  if (whole === 1024 && exponent < unitLetters.length - 1) return `1.0${unitLetters[exponent + 1]}`;
  return `${whole}${unitLetters[exponent]}`;
}

/** Busybox, for a size column: "%llu" below 1024, else "%llu.%u%c" with the last division's tenth rounded to nearest. */
export function busyboxHumanSize(value: number): string {
  return busyboxScaled(value, true);
}

/** Busybox, for `total` (block_size 0): no tenth; a tenth of 5 or more rounds the unit count up. */
export function busyboxHumanTotal(value: number): string {
  return busyboxScaled(value, false);
}

function busyboxScaled(value: number, withTenth: boolean): string {
  if (value === 0) return "0";
  let val = value;
  let frac = 0;
  let unit = 0;
  while (val >= 1024) {
    unit++;
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  if (!withTenth) return `${frac >= 5 ? val + 1 : val}${unitLetters[unit]}`;
  return unit === 0 ? String(val) : `${val}.${frac}${unitLetters[unit]}`;
}
