//! The double nearest a JSON number's decimal text, for the JSON reader, without
//! `str::parse::<f64>`: the standard library's parser links in a 10 KB table of
//! powers of five (Eisel–Lemire) that does not compress, a large share of the wasm.
//!
//! The result is the one `str::parse::<f64>` gives, the correctly rounded double
//! (ties to even, overflow to infinity): a short number with a small power of ten is
//! one exact multiplication or division (Clinger's fast path), anything else is exact
//! big-integer arithmetic on the digits.

use std::cmp::Ordering;

/// The significant digits kept. A halfway point between two doubles has at most 767
/// significant digits, so past these only whether some digit is nonzero matters.
const MAX_DIGITS: usize = 800;

/// The powers of ten that are exact doubles.
const POW10: [f64; 23] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/// The double nearest `text`, a number as JSON writes it (`-12.5e3`; the grammar is
/// the caller's to check).
pub(crate) fn parse_number(text: &str) -> f64 {
    let (negative, rest) = text.strip_prefix('-').map_or((false, text), |r| (true, r));
    let (mantissa, exponent) = rest.split_once(['e', 'E']).map_or((rest, 0), |(m, e)| (m, parse_exponent(e)));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let (digits, exp10) = significant_digits(int, frac, exponent);
    let magnitude = magnitude(&digits, exp10);
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// An exponent's value, saturated far beyond where any double ends.
fn parse_exponent(text: &str) -> i64 {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, crate::util::part(text, 1..)),
        Some(b'+') => (false, crate::util::part(text, 1..)),
        _ => (false, text),
    };
    let n = digits.bytes().fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(1 << 40));
    if negative {
        -n
    } else {
        n
    }
}

/// The significant digits (values 0–9, no leading or trailing zero) and the power of
/// ten of the last one. Past [`MAX_DIGITS`], a nonzero tail is kept as one digit 1.
fn significant_digits(int: &str, frac: &str, exponent: i64) -> (Vec<u8>, i64) {
    let mut digits = Vec::new();
    let mut dropped = 0i64;
    let mut nonzero_tail = false;
    for b in int.bytes().chain(frac.bytes()) {
        let d = b - b'0';
        if digits.is_empty() && d == 0 {
            continue;
        }
        if digits.len() < MAX_DIGITS {
            digits.push(d);
        } else {
            dropped += 1;
            nonzero_tail |= d != 0;
        }
    }
    let mut exp10 = exponent - frac.len() as i64 + dropped;
    if nonzero_tail {
        digits.push(1);
        exp10 -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 += 1;
    }
    (digits, exp10)
}

/// The double nearest `digits × 10^exp10`.
fn magnitude(digits: &[u8], exp10: i64) -> f64 {
    let n = digits.len() as i64;
    // digits × 10^exp10 lies in [10^(n+exp10−1), 10^(n+exp10)).
    if digits.is_empty() || n + exp10 <= -324 {
        return 0.0;
    }
    if n + exp10 >= 310 {
        return f64::INFINITY;
    }
    if n <= 15 && exp10.abs() <= 22 {
        // Both operands are exact doubles, so the one rounding is the correct one.
        let w = digits.iter().fold(0u64, |w, &d| w * 10 + u64::from(d)) as f64;
        let p = POW10[exp10.unsigned_abs() as usize];
        return if exp10 < 0 { w / p } else { w * p };
    }
    let mut value = Big::from_digits(digits);
    let (top, exp2, sticky) = if exp10 >= 0 {
        value.mul_pow10(exp10 as u64);
        value.top64()
    } else {
        let mut divisor = Big::default();
        divisor.mul_add(1, 1);
        divisor.mul_pow10(exp10.unsigned_abs());
        value.quotient64(divisor)
    };
    round(top, exp2, sticky)
}

/// The double nearest `(top + ε) · 2^exp2`, where ε is in (0, 1) if `sticky` and 0
/// otherwise (`sticky` only with `top` ≥ 2^62).
fn round(top: u64, exp2: i64, sticky: bool) -> f64 {
    const MIN_EXP: i64 = -1074; // the last bit of the smallest subnormal
    const HIDDEN: u64 = 1 << 52;
    if top == 0 {
        return 0.0;
    }
    let bits = i64::from(64 - top.leading_zeros());
    // Bits to drop: down to 53 significant bits, or to the subnormal's last bit.
    let drop = (bits - 53).max(MIN_EXP - exp2);
    let (mut m, mut e) = if drop <= 0 {
        (top, exp2)
    } else if drop > 64 {
        (0, exp2 + drop)
    } else {
        let kept = top.checked_shr(drop as u32).unwrap_or(0);
        let half = (top >> (drop - 1)) & 1 == 1;
        let below = top & ((1u64 << (drop - 1)) - 1) != 0 || sticky;
        (kept + u64::from(half && (below || kept & 1 == 1)), exp2 + drop)
    };
    if m == 2 * HIDDEN {
        m = HIDDEN;
        e += 1;
    }
    if m == 0 {
        return 0.0;
    }
    // Exact and short: shift up to 53 bits, or down to the subnormal exponent.
    let shift = (i64::from(m.leading_zeros()) - 11).min(e - MIN_EXP).max(0);
    m <<= shift;
    e -= shift;
    if m < HIDDEN {
        return f64::from_bits(m);
    }
    let biased = e + 1075;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (m - HIDDEN))
}

/// A non-negative big integer, 32-bit limbs from the least significant, no zero limb
/// at the top (zero is no limbs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    /// The integer the decimal digits spell.
    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big::default();
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d));
            big.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        big
    }

    /// `self = self × mul + add`.
    fn mul_add(&mut self, mul: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(mul) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self = self × 10^k`.
    fn mul_pow10(&mut self, mut k: u64) {
        while k >= 9 {
            self.mul_add(1_000_000_000, 0);
            k -= 9;
        }
        self.mul_add(10u32.pow(k as u32), 0);
    }

    /// The number of significant bits.
    fn bit_len(&self) -> u64 {
        self.0.last().map_or(0, |top| self.0.len() as u64 * 32 - u64::from(top.leading_zeros()))
    }

    /// Bit `i` (0 = least significant).
    fn bit(&self, i: u64) -> bool {
        self.0.get((i / 32) as usize).is_some_and(|limb| limb >> (i % 32) & 1 == 1)
    }

    /// The top 64 bits as `(top, exp2, sticky)`: `self` is `top · 2^exp2` plus a
    /// nonzero remainder below when `sticky`.
    fn top64(&self) -> (u64, i64, bool) {
        let len = self.bit_len();
        let shift = len.saturating_sub(64);
        let top = (0..len.min(64)).rev().fold(0u64, |t, i| t << 1 | u64::from(self.bit(shift + i)));
        let sticky = (0..shift).any(|i| self.bit(i));
        (top, shift as i64, sticky)
    }

    /// `self = self << n`.
    fn shl(&mut self, n: u64) {
        let (limbs, bits) = ((n / 32) as usize, (n % 32) as u32);
        let mut out = vec![0u32; limbs];
        let mut carry = 0;
        for &limb in &self.0 {
            out.push(limb << bits | carry);
            carry = if bits == 0 { 0 } else { limb >> (32 - bits) };
        }
        out.push(carry);
        self.0 = out;
        self.trim();
    }

    /// `self = self >> 1`.
    fn shr1(&mut self) {
        let mut carry = 0;
        for limb in self.0.iter_mut().rev() {
            let next = *limb & 1;
            *limb = *limb >> 1 | carry << 31;
            carry = next;
        }
        self.trim();
    }

    /// Drop zero limbs at the top.
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// `self = self − other`, where `other` ≤ `self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0u64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let t = u64::from(*limb).wrapping_sub(u64::from(other.0.get(i).copied().unwrap_or(0))).wrapping_sub(borrow);
            *limb = t as u32;
            borrow = (t >> 63) & 1;
        }
        self.trim();
    }

    /// Compare two values.
    fn compare(&self, other: &Big) -> Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `self / divisor` as `(top, exp2, sticky)`: 63 or 64 significant bits of the
    /// quotient, `top · 2^exp2` and a nonzero remainder when `sticky`.
    fn quotient64(mut self, mut divisor: Big) -> (u64, i64, bool) {
        // self · 2^s / divisor lies in [2^62, 2^64).
        let s = 63 + divisor.bit_len() as i64 - self.bit_len() as i64;
        if s >= 0 {
            self.shl(s as u64);
        } else {
            divisor.shl(s.unsigned_abs());
        }
        divisor.shl(63);
        let mut top = 0u64;
        for i in (0..64).rev() {
            if self.compare(&divisor) != Ordering::Less {
                self.sub(&divisor);
                top |= 1 << i;
            }
            divisor.shr1();
        }
        (top, -s, !self.0.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn agrees(text: &str) {
        let ours = parse_number(text);
        let std: f64 = text.parse().unwrap();
        assert_eq!(ours.to_bits(), std.to_bits(), "{text}: {ours:e} vs {std:e}");
    }

    /// The exact decimal value of `x · 10^1200` as an integer digit string.
    fn scaled(x: f64) -> Vec<u8> {
        let s = format!("{:.1300e}", x);
        let (m, e) = s.split_once('e').unwrap();
        let e: i64 = e.parse().unwrap();
        let mut digits: Vec<u8> = m.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
        // m is d.ddd (1300 decimals): value = digits · 10^(e − 1300); scale by 10^1200.
        let keep = (digits.len() as i64 + (e - 1300 + 1200)) as usize;
        digits.resize(keep.max(digits.len()), 0);
        assert!(digits[keep..].iter().all(|&d| d == 0), "1300 decimals are exact");
        digits.truncate(keep);
        digits
    }

    /// The decimal text of the point halfway between `x` and the next double up.
    fn halfway(x: f64) -> String {
        let (a, b) = (scaled(x), scaled(f64::from_bits(x.to_bits() + 1)));
        let width = a.len().max(b.len()) + 1;
        let pad = |v: Vec<u8>| std::iter::repeat(0).take(width - v.len()).chain(v).collect::<Vec<u8>>();
        let (a, b) = (pad(a), pad(b));
        let mut sum = vec![0u8; width];
        let mut carry = 0;
        for i in (0..width).rev() {
            let t = a[i] + b[i] + carry;
            sum[i] = t % 10;
            carry = t / 10;
        }
        // Halve; append a digit so that the half is exact (scale 10^1201).
        sum.push(0);
        let mut rem = 0;
        for d in sum.iter_mut() {
            let t = rem * 10 + *d;
            *d = t / 2;
            rem = t % 2;
        }
        let text: String = sum.iter().map(|d| (b'0' + d) as char).collect::<String>().trim_start_matches('0').to_owned();
        format!("{text}e-1201")
    }

    #[test]
    fn hard_cases_agree_with_std() {
        for text in [
            "0",
            "-0",
            "0.0",
            "1",
            "0.1",
            "0.3",
            "1e23",
            "8.589973e9",
            "7.038531e-26",
            "9007199254740993",
            "9007199254740995",
            "123456789012345678901234567890",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-324",
            "3e-324",
            "1e-400",
            "1e400",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "179769313486231580793728971405301e276",
            "0.000000000000000000000000000000001",
            "1e22",
            "1e-22",
            "123456789012345.6",
            "1234567890123456.7",
            "5e-1",
            "1E+2",
            "100000000000000000000000000000000000000000000000000000000e-50",
            "1e99999999999999999999",
            "1e-99999999999999999999",
        ] {
            agrees(text);
        }
        for x in [0.0, 5e-324, 1e-310, f64::MIN_POSITIVE, 1.0, 0.1, 9007199254740992.0, 1e23, f64::MAX / 2.0, 1.7976931348623155e308] {
            agrees(&halfway(x));
        }
        let long = format!("0.{}1e1", "0".repeat(900));
        agrees(&long);
        agrees(&format!("1{}", "0".repeat(400)));
        agrees(&format!("{}e-700", "9".repeat(1000)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn short_numbers_agree_with_std(int in "(0|[1-9][0-9]{0,25})", frac in proptest::option::of("[0-9]{1,25}"), exp in proptest::option::of(-400i32..400)) {
            let mut text = int;
            if let Some(f) = frac { text = format!("{text}.{f}"); }
            if let Some(e) = exp { text = format!("{text}e{e}"); }
            agrees(&text);
        }

        #[test]
        fn halfway_points_and_their_neighbours_agree_with_std(bits in 0u64..0x7FEF_FFFF_FFFF_FFFF) {
            let x = f64::from_bits(bits);
            let h = halfway(x);
            agrees(&h);
            let (digits, exp) = h.split_once('e').unwrap();
            agrees(&format!("{digits}1e{}", exp.parse::<i64>().unwrap() - 1));
            let below = digits.trim_end_matches('0');
            let last = below.len() - 1;
            let lowered = format!("{}{}", &below[..last], (below.as_bytes()[last] - 1) as char);
            let nines = "9".repeat(digits.len() - below.len() + 3);
            agrees(&format!("{lowered}{nines}e{}", exp.parse::<i64>().unwrap() - 3));
        }

        #[test]
        fn doubles_written_shortest_agree_with_std(bits in 0u64..0x7FF0_0000_0000_0000) {
            let x = f64::from_bits(bits);
            agrees(&format!("{x:e}"));
            agrees(&format!("{x:.25e}"));
        }
    }
}
