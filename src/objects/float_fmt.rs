// SPDX-License-Identifier: MIT
//! Python `float` to and from text: `repr`, `format(x, spec)`, `%`-formatting, `float(str)`,
//! `round(x, n)`, `float.hex`/`float.fromhex`, plus the float slot helpers that need exact
//! arithmetic (`hash`, `divmod`, `as_integer_ratio`).
//!
//! Digits come from Rust's `core::fmt`, which prints the shortest round-tripping digits for
//! `{:e}` and correctly rounded (ties to even, from the exact binary value) digits for `{:.N}` and
//! `{:.Ne}`: the same digits CPython gets from David Gay's `dtoa`. They are then laid out by a
//! transcription of CPython's `format_float_short` (Python/pystrtod.c), so every corner (where
//! `repr` switches to exponent notation, `#` forms, `.0` suffixes) matches CPython 3.11.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::bigint::BigInt;
use super::bigint_fmt::is_py_space;
use super::bigint_ops::{HASH_BITS, HASH_MODULUS};

/// The float part of a format spec; sign, fill, alignment, width and grouping are applied
/// afterwards by the generic helper.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatSpec {
    /// The presentation type: one of `e E f F g G n %`, or `None` for the empty type.
    pub ty: Option<char>,
    /// The precision, if given (`.N`).
    pub precision: Option<usize>,
    /// The `#` flag (alternate form: always a decimal point, keep `g` trailing zeros).
    pub alternate: bool,
}

/// How the digits are produced, as `format_float_short`'s modes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `e`: `precision` digits after the point, always an exponent.
    Exp,
    /// `g`: `precision` significant digits, trailing zeros removed unless `#`.
    General,
    /// `r`: the shortest digits that round-trip.
    Repr,
}

/// Splits Rust's `{:e}` output (`"1.2345e-5"`) into its digits and decimal exponent.
fn sci_digits(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// The shortest digits that round-trip to `a` (finite, non-negative), and the decimal exponent.
///
/// When two digit strings of that shortest length are equally close to `a` (its exact value ends
/// in a 5 just past them), Rust's `{:e}` picks the upper one but CPython's `dtoa` the even one:
/// `repr(-1413396973613119.25)` is `-1413396973613119.2`. That tie needs both candidates within
/// half a binary ulp, which only happens with 16 or more digits, so only then is the correctly
/// rounded (ties-to-even) string of the same length tried in its place, if it round-trips.
fn shortest_digits(a: f64) -> (Vec<u8>, i32) {
    let (digits, exp) = sci_digits(&format!("{a:e}"));
    if digits.len() < 16 {
        return (digits, exp);
    }
    let rounded = format!("{:.*e}", digits.len() - 1, a);
    if rounded.parse::<f64>() == Ok(a) {
        return sci_digits(&rounded);
    }
    (digits, exp)
}

/// Pushes `n` zeros (none when `n <= 0`).
fn push_zeros(s: &mut String, n: i32) {
    for _ in 0..n.max(0) {
        s.push('0');
    }
}

/// CPython's `format_float_short` for the modes that work from a digit string. `x` is finite.
fn format_short(
    x: f64,
    mode: Mode,
    precision: usize,
    add_dot_0: bool,
    alt: bool,
    upper: bool,
) -> String {
    let a = x.abs();
    let p = i32::try_from(precision).unwrap_or(i32::MAX - 2);
    let (mut digits, exp10) = match mode {
        Mode::Repr => shortest_digits(a),
        Mode::Exp => sci_digits(&format!("{a:.precision$e}")),
        Mode::General => {
            let (mut d, e) = sci_digits(&format!("{:.*e}", precision.max(1) - 1, a));
            while d.len() > 1 && d.last() == Some(&b'0') {
                d.pop();
            }
            (d, e)
        }
    };
    if digits.is_empty() {
        digits.push(b'0');
    }
    let digits_len = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let mut decpt = exp10.saturating_add(1);
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match mode {
        Mode::Exp => {
            use_exp = true;
            vdigits_end = p.saturating_add(1);
        }
        Mode::General => {
            let p = p.max(1);
            if decpt <= -4 || decpt > if add_dot_0 { p - 1 } else { p } {
                use_exp = true;
            }
            if alt {
                vdigits_end = p;
            }
        }
        Mode::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(min_end);

    let mut s = String::new();
    if x.is_sign_negative() {
        s.push('-');
    }
    if decpt <= 0 {
        push_zeros(&mut s, decpt - vdigits_start);
        s.push('.');
        push_zeros(&mut s, -decpt);
    }
    let text = |d: &[u8]| d.iter().map(|&c| char::from(c)).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let (int, frac) = digits.split_at(decpt as usize);
        s.push_str(&text(int));
        s.push('.');
        s.push_str(&text(frac));
    } else {
        s.push_str(&text(&digits));
    }
    if digits_len < decpt {
        push_zeros(&mut s, decpt - digits_len);
        s.push('.');
        push_zeros(&mut s, vdigits_end - decpt);
    } else {
        push_zeros(&mut s, vdigits_end - digits_len);
    }
    if s.ends_with('.') && !alt {
        s.pop();
    }
    if use_exp {
        s.push(if upper { 'E' } else { 'e' });
        s.push_str(&format!("{exp:+03}"));
    }
    s
}

/// `inf`, `-inf` or `nan` (CPython never prints a sign on NaN), upper-cased on request.
fn non_finite(x: f64, upper: bool) -> String {
    let word = match (x.is_nan(), upper) {
        (true, false) => "nan",
        (true, true) => "NAN",
        (false, false) => "inf",
        (false, true) => "INF",
    };
    if !x.is_nan() && x < 0.0 {
        format!("-{word}")
    } else {
        String::from(word)
    }
}

/// `repr(x)` (and `str(x)`) exactly as CPython: the shortest digits that round-trip, in fixed
/// notation when `1e-4 <= |x| < 1e16` (always with a fractional part, `1.0`), otherwise as
/// `1e+16` / `1.5e-05`.
#[must_use]
pub fn repr(x: f64) -> String {
    if !x.is_finite() {
        return non_finite(x, false);
    }
    format_short(x, Mode::Repr, 0, true, false, false)
}

/// `format(x, spec)` for the float presentation types, returning the digits with a leading `-`
/// for negative values (including `-0.0`); `None` for a type float does not support (the VM
/// raises `ValueError: Unknown format code 'X' for object of type 'float'`). The caller bounds
/// the precision: the output has about that many characters.
#[must_use]
pub fn format(x: f64, spec: &FloatSpec) -> Option<String> {
    let alt = spec.alternate;
    let (ty, x, pct) = match spec.ty {
        Some('%') => ('f', x * 100.0, true),
        Some(t) => (t, x, false),
        None => ('\0', x, false),
    };
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let mut s = if !x.is_finite() {
        if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '\0') {
            return None;
        }
        non_finite(x, upper)
    } else {
        let prec = spec.precision;
        match ty {
            'e' | 'E' => format_short(x, Mode::Exp, prec.unwrap_or(6), false, alt, upper),
            'f' | 'F' => {
                let p = prec.unwrap_or(6);
                let mut s = format!("{x:.p$}");
                if x.is_sign_negative() && !s.starts_with('-') {
                    s.insert(0, '-');
                }
                if alt && p == 0 {
                    s.push('.');
                }
                s
            }
            'g' | 'G' | 'n' => format_short(x, Mode::General, prec.unwrap_or(6), false, alt, upper),
            '\0' => match prec {
                None => format_short(x, Mode::Repr, 0, true, alt, false),
                Some(p) => format_short(x, Mode::General, p, true, alt, false),
            },
            _ => return None,
        }
    };
    if pct {
        s.push('%');
    }
    Some(s)
}

/// `%`-formatting of a float: `kind` is one of `e E f F g G` (precision defaults to 6) or `r`/`s`
/// (`repr`; `a` too, as a float's `ascii` is its `repr`); `None` for other kinds.
#[must_use]
pub fn format_printf(
    x: f64,
    kind: char,
    precision: Option<usize>,
    alternate: bool,
) -> Option<String> {
    match kind {
        'r' | 's' | 'a' => Some(repr(x)),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let spec = FloatSpec {
                ty: Some(kind),
                precision: Some(precision.unwrap_or(6)),
                alternate,
            };
            format(x, &spec)
        }
        _ => None,
    }
}

/// Inserts `sep` every `every` digits from the right of an integer part made of digits
/// (`apply_grouping("1234567", ',', 3) == "1,234,567"`). A leading `-` is kept in front.
#[must_use]
pub fn apply_grouping(int_part: &str, sep: char, every: usize) -> String {
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int_part),
    };
    let mut out = String::from(sign);
    let n = digits.chars().count();
    for (i, c) in digits.chars().enumerate() {
        if every != 0 && i != 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Python's `float(s)`: surrounding whitespace, an optional sign, `inf`/`infinity`/`nan` in any
/// case, decimal digits with an optional point and exponent (`1e5`, `.5`, `5.`), single
/// underscores only between digits. `None` for anything else (`ValueError: could not convert
/// string to float: '...'`). Correctly rounded. Only ASCII digits are recognized.
#[must_use]
pub fn parse(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_py_space).as_bytes();
    let (neg, body) = match t.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, t),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(signed(f64::INFINITY));
    }
    if lower == b"nan" {
        return Some(signed(f64::NAN));
    }
    // Underscores: only after a digit and before a digit (CPython's
    // _Py_string_to_number_with_underscores).
    let mut clean = Vec::with_capacity(body.len());
    let mut prev = b'\0';
    for &c in body {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    // digits* ['.' digits*] [('e'|'E') ['+'|'-'] digits+], with at least one mantissa digit.
    let count = |from: usize| {
        clean
            .iter()
            .skip(from)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let int_digits = count(0);
    let mut i = int_digits;
    let mut frac_digits = 0;
    if clean.get(i) == Some(&b'.') {
        frac_digits = count(i + 1);
        i += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(clean.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(clean.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count(i);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != clean.len() {
        return None;
    }
    let text = core::str::from_utf8(&clean).ok()?;
    text.parse::<f64>().ok().map(signed)
}

/// `round(x, ndigits)` exactly as CPython: the value rounded (ties to even) at the exact decimal
/// position, as if printed with `ndigits` decimals and parsed back. Non-finite values and zero
/// round to themselves. `None` when the result overflows (`OverflowError: rounded value too
/// large to represent`).
#[must_use]
pub fn round_half_even(x: f64, ndigits: i32) -> Option<f64> {
    // Beyond these CPython returns x (all digits kept) or a signed zero.
    const NDIGITS_MAX: i32 = 323;
    const NDIGITS_MIN: i32 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    if ndigits >= 0 {
        let n = ndigits as usize;
        return format!("{x:.n$}").parse::<f64>().ok();
    }
    // Round |x| to a multiple of 10^k exactly: integer part by BigInt, fraction only as a tie
    // breaker.
    let a = x.abs();
    let ip = libm::trunc(a);
    let frac_nonzero = a != ip;
    let int = BigInt::from_f64(ip)?;
    let p = BigInt::from_u64(10).pow(u64::from(ndigits.unsigned_abs()))?;
    let (q, r) = BigInt::divmod_floor(&int, &p)?;
    let twice = r.add(&r);
    let up = match twice.cmp(&p) {
        core::cmp::Ordering::Greater => true,
        core::cmp::Ordering::Equal => frac_nonzero || q.is_odd(),
        core::cmp::Ordering::Less => false,
    };
    let q = if up { q.add(&BigInt::one()) } else { q };
    let v = q.mul(&p).to_f64()?;
    Some(if x < 0.0 { -v } else { v })
}

/// `round(x)` with no digits: the nearest integer, ties to even, as a float (the VM converts to
/// `int`, raising for infinities and NaN).
#[must_use]
pub fn round_to_int(x: f64) -> f64 {
    libm::rint(x)
}

/// `hash(x)` exactly as CPython on 64-bit platforms, so that `hash(1.0) == hash(1)` and equal
/// numbers of any type hash alike. Infinities hash to ±314159. CPython hashes NaN by object
/// identity; this returns 0 for NaN and the VM should substitute the object's identity hash.
#[must_use]
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314_159 } else { -314_159 };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut m, mut e) = libm::frexp(x);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    // Consume the mantissa 28 bits at a time, reducing modulo 2^61 - 1 as we go.
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2^28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    // Multiply by 2^e modulo 2^61 - 1: a rotation by e mod 61.
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    let h = (h as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's `divmod(a, b)` for floats: `(a // b, a % b)` with the remainder taking the sign of
/// `b`, as CPython's `float_divmod`. `None` when `b == 0` (`ZeroDivisionError: float divmod()`,
/// `float floor division by zero` or `float modulo` depending on the operator).
#[must_use]
pub fn float_floordiv_mod(a: f64, b: f64) -> Option<(f64, f64)> {
    if b == 0.0 {
        return None;
    }
    let mut m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let floordiv = if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, a / b)
    };
    Some((floordiv, m))
}

/// `x.as_integer_ratio()`: the exact value as a fraction in lowest terms with a positive
/// denominator. `None` for infinities (`OverflowError: cannot convert Infinity to integer ratio`)
/// and NaN (`ValueError: cannot convert NaN to integer ratio`).
#[must_use]
pub fn as_integer_ratio(x: f64) -> Option<(BigInt, BigInt)> {
    if !x.is_finite() {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut mant, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    if mant == 0 {
        return Some((BigInt::zero(), BigInt::one()));
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    e += i64::from(tz);
    let m = BigInt::from_i64(if x < 0.0 { -(mant as i64) } else { mant as i64 });
    if e >= 0 {
        Some((m.shl(e as u64)?, BigInt::one()))
    } else {
        Some((m, BigInt::one().shl(e.unsigned_abs())?))
    }
}

/// `x.is_integer()`.
#[must_use]
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && libm::trunc(x) == x
}

/// `x.hex()`: `0x1.8000000000000p+1`, `-0x0.0p+0`, subnormals as `0x0.0000000000001p-1022`,
/// `inf`, `-inf`, `nan`.
#[must_use]
pub fn to_hex(x: f64) -> String {
    if !x.is_finite() {
        return non_finite(x, false);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        format!("{sign}0x0.{frac:013x}p-1022")
    } else {
        format!("{sign}0x1.{frac:013x}p{:+}", biased - 1023)
    }
}

/// Why `float.fromhex` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// `ValueError: invalid hexadecimal floating-point string`.
    Invalid,
    /// `OverflowError: hexadecimal value too large to represent as a float`.
    Overflow,
}

impl FromHexError {
    /// CPython's message.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::Overflow => "hexadecimal value too large to represent as a float",
        }
    }
}

/// `float.fromhex(s)`: `[ws] [sign] (inf | infinity | nan | [0x] hex [. hex] [p [sign] dec]) [ws]`
/// with at least one hex digit, correctly rounded (ties to even) including subnormals.
pub fn from_hex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(is_py_space).as_bytes();
    let (neg, body) = match t.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, t),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == b"nan" {
        return Ok(signed(f64::NAN));
    }
    let mut rest: &[u8] = lower.strip_prefix(b"0x").unwrap_or(&lower);
    let hex_run = |r: &[u8]| r.iter().take_while(|c| c.is_ascii_hexdigit()).count();
    let n_int = hex_run(rest);
    let (int, after) = rest.split_at(n_int);
    rest = after;
    let mut frac: &[u8] = &[];
    if let Some(after_point) = rest.strip_prefix(b".") {
        let n = hex_run(after_point);
        let (f, after) = after_point.split_at(n);
        frac = f;
        rest = after;
    }
    if int.is_empty() && frac.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if let Some(after_p) = rest.strip_prefix(b"p") {
        let (eneg, digits) = match after_p.split_first() {
            Some((b'-', r)) => (true, r),
            Some((b'+', r)) => (false, r),
            _ => (false, after_p),
        };
        let n = digits.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return Err(FromHexError::Invalid);
        }
        let (d, after) = digits.split_at(n);
        // Saturate: anything beyond a few thousand already over- or underflows.
        for &c in d {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(c - b'0'))
                .min(1 << 40);
        }
        if eneg {
            exp = -exp;
        }
        rest = after;
    }
    // As CPython, overflow is reported before trailing junk is noticed.
    let finish = |v: f64| {
        if rest.is_empty() {
            Ok(signed(v))
        } else {
            Err(FromHexError::Invalid)
        }
    };
    let all: Vec<u8> = int.iter().chain(frac).copied().collect();
    let text = core::str::from_utf8(&all).map_err(|_| FromHexError::Invalid)?;
    #[cfg(feature = "bigint")]
    let m = BigInt::from_literal_digits(text, 16).ok_or(FromHexError::Invalid)?;
    #[cfg(not(feature = "bigint"))]
    let (m, dropped) = short_hex_mantissa(text);
    if m.is_zero() {
        return finish(0.0);
    }
    // value = m * 2^k
    let k = exp.saturating_sub(4 * frac.len() as i64);
    #[cfg(not(feature = "bigint"))]
    let k = k.saturating_add(4 * dropped as i64);
    let top = (m.bit_length() as i64).saturating_add(k);
    if top > 1024 {
        return Err(FromHexError::Overflow);
    }
    if top < -1074 {
        return finish(0.0);
    }
    // Without big integers the short mantissa is rounded to a float, then scaled: exact but for
    // a subnormal result of a mantissa over 53 bits, which is rounded twice.
    #[cfg(not(feature = "bigint"))]
    let v = match m.to_f64().map(|f| libm::scalbn(f, k as i32)) {
        Some(v) if v.is_finite() => v,
        _ => return Err(FromHexError::Overflow),
    };
    #[cfg(feature = "bigint")]
    let v = if k >= 0 {
        m.shl(k as u64)
            .and_then(|v| v.to_f64())
            .ok_or(FromHexError::Overflow)?
    } else {
        let d = BigInt::one()
            .shl(k.unsigned_abs())
            .ok_or(FromHexError::Overflow)?;
        BigInt::true_div(&m, &d).map_err(|_| FromHexError::Overflow)?
    };
    finish(v)
}

/// Without big integers, `float.fromhex`'s mantissa as its first 16 significant hex digits (61
/// bits or more) with a sticky low bit for any nonzero digit after them, and the number of
/// digits dropped: converted to a float, it rounds as the whole mantissa would.
#[cfg(not(feature = "bigint"))]
fn short_hex_mantissa(text: &str) -> (BigInt, usize) {
    let digits = text.trim_start_matches('0');
    let (head, tail) = digits.split_at(digits.len().min(16));
    let m = head
        .chars()
        .fold(0u64, |m, c| m << 4 | u64::from(c.to_digit(16).unwrap_or(0)));
    let sticky = tail.bytes().any(|c| c != b'0');
    (BigInt::from_u64(m | u64::from(sticky)), tail.len())
}

#[cfg(test)]
#[path = "float_fmt_tests.rs"]
mod tests;
