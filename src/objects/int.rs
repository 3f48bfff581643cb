// SPDX-License-Identifier: MIT
//! `int`: small ints are immediate Values (31 bits); larger ones are `[negative | digits...]`
//! heap blocks holding a [`BigInt`]'s base-2^32 digits. Results are always normalised: a value
//! that fits in a small int is never a heap block, so `is` and fast paths stay simple.

use alloc::format;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
use super::native::NativeFn;

/// An int Value for `i`.
pub fn from_i64(vm: &mut Vm, i: i64) -> PyResult<Value> {
    if let Some(v) = Value::small_int(i) {
        return Ok(v);
    }
    // Write the one or two base-2^32 digits directly (no transient BigInt).
    let mag = i.unsigned_abs();
    let (lo, hi) = (mag as u32, (mag >> 32) as u32);
    let ndigits = if hi == 0 { 1 } else { 2 };
    let v = vm.alloc(Kind::BigInt, 1 + ndigits)?;
    let p = vm.heap.payload_mut(v);
    p[0] = (i < 0) as u32;
    p[1] = lo;
    if ndigits == 2 {
        p[2] = hi;
    }
    Ok(v)
}

/// The value of an int that fits in an i64, read without building a BigInt: small ints and
/// heap ints of at most two digits (the common "medium" values of hashing and LCG code).
fn word_value(vm: &Vm, v: Value) -> Option<i64> {
    if v.is_small_int() {
        return Some(v.as_small_int() as i64);
    }
    if vm.heap.kind(v) != Kind::BigInt {
        return None;
    }
    let p = vm.heap.payload(v);
    let mag = match p.len() {
        2 => p[1] as u64,
        3 => p[1] as u64 | (p[2] as u64) << 32,
        _ => return None,
    };
    let neg = p.first().copied().unwrap_or(0) != 0;
    if neg {
        if mag <= 1u64 << 63 {
            Some((mag as i64).wrapping_neg())
        } else {
            None
        }
    } else {
        i64::try_from(mag).ok()
    }
}

/// `x op y` on i64 values computed in i128; None if the result leaves the i64 range or the
/// operator needs the general path.
fn word_op(vm: &mut Vm, op: BinaryOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    let (a, b) = (x as i128, y as i128);
    let r: i128 = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        // i64::MIN / -1 overflows; the general path handles it.
        BinaryOp::FloorDiv | BinaryOp::Mod if !(x == i64::MIN && y == -1) => {
            return small_op(vm, op, x, y);
        }
        BinaryOp::RShift => return small_op(vm, op, x, y),
        // Exact as floats only below 2^53; beyond that `int / int` needs correct rounding.
        BinaryOp::TrueDiv if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
            return small_op(vm, op, x, y);
        }
        _ => return Ok(None),
    };
    match i64::try_from(r) {
        Ok(r) => from_i64(vm, r).map(Some),
        Err(_) => Ok(None),
    }
}

/// What `OverflowError` says when a result leaves the 64-bit range of a build without the
/// `bigint` feature.
#[cfg(not(feature = "bigint"))]
pub const OVERFLOW_MSG: &str = "int too large (this build has no big integers)";

/// An int Value for `b`; without the `bigint` feature, `OverflowError` outside the 64-bit range.
#[cfg(not(feature = "bigint"))]
pub fn from_big(vm: &mut Vm, b: &BigInt) -> PyResult<Value> {
    match b.to_i64() {
        Some(i) => from_i64(vm, i),
        None => Err(vm.overflow_error(OVERFLOW_MSG)),
    }
}

/// An int Value for `b` (a small int when it fits).
#[cfg(feature = "bigint")]
pub fn from_big(vm: &mut Vm, b: &BigInt) -> PyResult<Value> {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::small_int(i) {
            return Ok(v);
        }
    }
    let digits = b.digits();
    let v = vm.alloc(Kind::BigInt, 1 + digits.len())?;
    let p = vm.heap.payload_mut(v);
    p[0] = b.is_negative() as u32;
    p[1..].copy_from_slice(digits);
    Ok(v)
}

/// The value of an int (small, big, bool, or an int subclass instance) as a BigInt.
pub fn to_big(vm: &Vm, v: Value) -> Option<BigInt> {
    let v = vm.builtin_value(v);
    if v.is_small_int() {
        return Some(BigInt::from_i64(v.as_small_int() as i64));
    }
    match v {
        Value::TRUE => return Some(BigInt::from_i64(1)),
        Value::FALSE => return Some(BigInt::from_i64(0)),
        _ => {}
    }
    #[cfg(not(feature = "bigint"))]
    return word_value(vm, v).map(BigInt::from_i64);
    #[cfg(feature = "bigint")]
    {
        if vm.heap.kind(v) != Kind::BigInt {
            return None;
        }
        let p = vm.heap.payload(v);
        let neg = p.first().copied().unwrap_or(0) != 0;
        Some(BigInt::from_digits(neg, p.get(1..).unwrap_or(&[]).to_vec()))
    }
}

/// The value of an int as an i64, if it is an int and fits.
pub fn as_i64(vm: &Vm, v: Value) -> Option<i64> {
    if v.is_small_int() {
        return Some(v.as_small_int() as i64);
    }
    to_big(vm, v)?.to_i64()
}

/// Python's hash of a big int.
pub fn hash_big(vm: &Vm, v: Value) -> i64 {
    to_big(vm, v).map(|b| b.hash_py()).unwrap_or(0)
}

/// An int as an f64, raising OverflowError when too large.
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_small_int() {
        return Ok(v.as_small_int() as f64);
    }
    match to_big(vm, v).and_then(|b| b.to_f64()) {
        Some(f) => Ok(f),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `a op b` for two ints; Ok(None) if either is not an int (the caller tries other types).
pub fn binary_op(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    // bool & bool, bool | bool and bool ^ bool stay bools.
    let is_bool = |v: Value| v == Value::TRUE || v == Value::FALSE;
    if is_bool(a) && is_bool(b) {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        match op {
            BinaryOp::And => return Ok(Some(Value::bool(x & y))),
            BinaryOp::Or => return Ok(Some(Value::bool(x | y))),
            BinaryOp::Xor => return Ok(Some(Value::bool(x ^ y))),
            _ => {}
        }
    }
    if op == BinaryOp::MatMul {
        // No int defines `@`: the generic TypeError names the operands' own types (bool too).
        return Ok(None);
    }
    if a.is_small_int() && b.is_small_int() {
        if let Some(v) = small_op(vm, op, a.as_small_int() as i64, b.as_small_int() as i64)? {
            return Ok(Some(v));
        }
    }
    if let (Some(x), Some(y)) = (word_value(vm, a), word_value(vm, b)) {
        if let Some(v) = word_op(vm, op, x, y)? {
            return Ok(Some(v));
        }
    }
    // Instances of int subclasses go through their class's special methods first.
    if vm.heap.kind(a) == Kind::Instance || vm.heap.kind(b) == Kind::Instance {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_big(vm, a), to_big(vm, b)) else {
        return Ok(None);
    };
    big_op(vm, op, &x, &y).map(Some)
}

/// The fast path for two small ints; None when the result needs the general path.
fn small_op(vm: &mut Vm, op: BinaryOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            let q = x / y;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinaryOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y >= 32 || x.abs() >= (1 << 31) {
                return Ok(None);
            }
            x << y
        }
        BinaryOp::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            x >> y.min(63)
        }
        BinaryOp::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            #[cfg(feature = "float")]
            return super::float::new(vm, x as f64 / y as f64).map(Some);
            #[cfg(not(feature = "float"))]
            return Err(no_float_division(vm));
        }
        _ => return Ok(None),
    };
    from_i64(vm, r).map(Some)
}

fn big_op(vm: &mut Vm, op: BinaryOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    let r = match op {
        BinaryOp::Add => x.add(y),
        BinaryOp::Sub => x.sub(y),
        BinaryOp::Mul => {
            if x.bit_length() + y.bit_length() > super::bigint::MAX_BITS {
                return Err(vm.memory_error());
            }
            x.mul(y)
        }
        BinaryOp::FloorDiv => match BigInt::floordiv(x, y) {
            Some(q) => q,
            None => return Err(vm.zero_division("integer division or modulo by zero")),
        },
        BinaryOp::Mod => match BigInt::modulo(x, y) {
            Some(r) => r,
            None => return Err(vm.zero_division("integer modulo by zero")),
        },
        #[cfg(not(feature = "float"))]
        BinaryOp::TrueDiv => return Err(no_float_division(vm)),
        #[cfg(feature = "float")]
        BinaryOp::TrueDiv => {
            return match BigInt::true_div(x, y) {
                Ok(f) => super::float::new(vm, f),
                Err(e) => {
                    let msg = e.message();
                    if y.is_zero() {
                        Err(vm.zero_division(msg))
                    } else {
                        Err(vm.overflow_error(msg))
                    }
                }
            }
        }
        BinaryOp::Pow => return pow(vm, x, y),
        BinaryOp::And => x.and(y),
        BinaryOp::Or => x.or(y),
        BinaryOp::Xor => x.xor(y),
        BinaryOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::small_int_unchecked(0));
            }
            // As CPython (64-bit): a result of more 30-bit digits than an int object can hold
            // is OverflowError, a smaller one that does not fit in memory MemoryError.
            const MAX_DIGITS_64: u64 = (i64::MAX as u64 - 24) / 4;
            let old_digits = x.bit_length().div_ceil(30);
            let fits = BigInt::divmod_floor(y, &BigInt::from_i64(30)).is_some_and(|(q, r)| {
                q.to_u64().is_some_and(|q| {
                    old_digits.saturating_add(q) + u64::from(!r.is_zero()) <= MAX_DIGITS_64
                })
            });
            if !fits {
                return Err(vm.overflow_error("too many digits in integer"));
            }
            match y.to_u64().and_then(|n| x.shl(n)) {
                Some(r) => r,
                None => return Err(vm.memory_error()),
            }
        }
        BinaryOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            x.shr(y.to_u64().unwrap_or(u64::MAX))
        }
        BinaryOp::MatMul => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    };
    from_big(vm, &r)
}

/// `int / int` in a build without floats: no type can hold the result, so (as in MicroPython)
/// the operation is unsupported.
#[cfg(not(feature = "float"))]
fn no_float_division(vm: &mut Vm) -> crate::vm::PyErr {
    vm.type_error("unsupported operand type(s) for /: 'int' and 'int'")
}

/// `x ** y` for ints: an int for a non-negative exponent, a float otherwise.
fn pow(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    #[cfg(not(feature = "float"))]
    if y.is_negative() {
        return Err(vm.value_error("negative power with no float support"));
    }
    #[cfg(feature = "float")]
    if y.is_negative() {
        let (Some(fx), Some(fy)) = (x.to_f64(), y.to_f64()) else {
            return Err(vm.overflow_error("int too large to convert to float"));
        };
        if fx == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return super::float::pow_values(vm, fx, fy);
    }
    // Trivial bases never overflow whatever the exponent.
    if let Some(bx) = x.to_i64() {
        if bx == 0 || bx == 1 {
            return from_i64(vm, if y.is_zero() { 1 } else { bx });
        }
        if bx == -1 {
            return from_i64(vm, if y.is_odd() { -1 } else { 1 });
        }
    }
    let exp = y.to_u64().unwrap_or(u64::MAX);
    match x.pow(exp) {
        Some(r) => from_big(vm, &r),
        None => Err(vm.memory_error()),
    }
}

/// `pow(base, exp, mod)` for ints.
pub fn pow_mod(vm: &mut Vm, b: Value, e: Value, m: Value) -> PyResult<Value> {
    let (Some(x), Some(y), Some(z)) = (to_big(vm, b), to_big(vm, e), to_big(vm, m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    match BigInt::pow_mod(&x, &y, &z) {
        Ok(r) => from_big(vm, &r),
        Err(err) => Err(vm.value_error(err.message())),
    }
}

/// Unary `-`, `+`, `~` and `abs` on an int.
pub fn unary(vm: &mut Vm, op: crate::bytecode::UnaryOp, v: Value) -> PyResult<Value> {
    use crate::bytecode::UnaryOp as U;
    if v.is_small_int() {
        let i = v.as_small_int() as i64;
        return match op {
            U::Neg => from_i64(vm, -i),
            U::Pos => Ok(v),
            U::Invert => from_i64(vm, !i),
            U::Not => Ok(Value::bool(i == 0)),
        };
    }
    let Some(b) = to_big(vm, v) else {
        return Err(vm.type_error("bad operand type"));
    };
    match op {
        U::Neg => from_big(vm, &b.neg()),
        U::Pos => from_big(vm, &b),
        U::Invert => from_big(vm, &b.not()),
        U::Not => Ok(Value::bool(b.is_zero())),
    }
}

/// `repr(int)`, refusing more than `sys.get_int_max_str_digits()` digits as CPython does.
pub fn to_decimal_checked(vm: &mut Vm, v: Value) -> PyResult<alloc::string::String> {
    let limit = vm.int_max_str_digits as usize;
    if limit == 0 {
        return Ok(to_decimal(vm, v));
    }
    let too_long = |s: &str| s.trim_start_matches('-').len() > limit;
    // n digits hold under 3.33 n bits: beyond that the text is surely too long, and the
    // (slow) conversion is not attempted.
    let bits = to_big(vm, v).map_or(0, |b| b.bit_length());
    if bits > (limit as u64).saturating_mul(3322) / 1000 + 8 {
        return Err(int_str_limit(vm));
    }
    let s = to_decimal(vm, v);
    if too_long(&s) {
        return Err(int_str_limit(vm));
    }
    Ok(s)
}

fn int_str_limit(vm: &mut Vm) -> crate::vm::PyErr {
    let limit = vm.int_max_str_digits;
    vm.value_error(error_msg!(
"exceeds the limit for integer string conversion", 
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `repr(int)`.
pub fn to_decimal(vm: &Vm, v: Value) -> alloc::string::String {
    if v.is_small_int() {
        return format!("{}", v.as_small_int());
    }
    match to_big(vm, v) {
        Some(b) => b.to_str_radix(10, true),
        None => alloc::string::String::from("?"),
    }
}

/// Compares two ints: Some(ordering) or None if either is not an int.
pub fn cmp(vm: &Vm, a: Value, b: Value) -> Option<core::cmp::Ordering> {
    if a.is_small_int() && b.is_small_int() {
        return Some(a.as_small_int().cmp(&b.as_small_int()));
    }
    Some(to_big(vm, a)?.cmp(&to_big(vm, b)?))
}

/// Parses `int(text, base)`, raising ValueError with CPython's message.
pub fn parse(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    parse_shown(vm, text, base, None)
}

/// Parses `int(b, base)` for a bytes-like `b` (the error shows the bytes' repr).
pub fn parse_bytes(vm: &mut Vm, data: &[u8], base: u32, repr: &str) -> PyResult<Value> {
    // Bytes are parsed as ASCII only (no Unicode digits or spaces).
    let text = match core::str::from_utf8(data) {
        Ok(t) if t.is_ascii() => t,
        _ => "\u{0}",
    };
    parse_shown(vm, text, base, Some(repr))
}

fn parse_shown(vm: &mut Vm, text: &str, base: u32, shown: Option<&str>) -> PyResult<Value> {
    let ascii = ascii_digits(text);
    let limit = vm.int_max_str_digits as usize;
    if limit != 0 && ascii.len() > limit {
        let t = ascii.trim_matches(super::bigint_fmt::is_py_space);
        let t = t.strip_prefix(['+', '-']).unwrap_or(t);
        let prefixed = base == 0 && matches!(t.as_bytes(), [b'0', p, ..] if b"xXoObB".contains(p));
        if !base.is_power_of_two() && !prefixed {
            let digits = t
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .filter(|c| *c != '_')
                .count();
            if digits > limit {
                return Err(vm.value_error(error_msg!(
"exceeds the limit for integer string conversion", 
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
        }
    }
    match BigInt::parse(&ascii, base) {
        Some(b) => from_big(vm, &b),
        None => {
            // As CPython's `%.200R`: the repr cut to 200 characters.
            Err(vm.value_error(error_msg!(
                "invalid syntax for integer",
                "invalid literal for int() with base {base}: {r}",
                r = match shown {
                    Some(r) => alloc::string::String::from(r),
                    None => repr_str(text),
                }
                .chars()
                .take(200)
                .collect::<alloc::string::String>()
            )))
        }
    }
}

/// CPython's default `sys.get_int_max_str_digits()`: longer decimal strings are refused.
/// `sys.set_int_max_str_digits()` changes the VM's limit (`Vm::int_max_str_digits`).
pub const MAX_DIGITS: usize = 4300;

/// The zeros of the Unicode decimal digit blocks (category Nd) that `int()` and `float()`
/// accept, besides ASCII.
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `text` with Unicode decimal digits replaced by ASCII ones (other characters unchanged).
pub fn ascii_digits(text: &str) -> alloc::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return alloc::borrow::Cow::Borrowed(text);
    }
    let mapped: alloc::string::String = text
        .chars()
        .map(|c| {
            let n = c as u32;
            DIGIT_ZEROS
                .iter()
                .find(|&&z| n >= z && n < z + 10)
                .and_then(|&z| char::from_digit(n - z, 10))
                .unwrap_or(c)
        })
        .collect();
    alloc::borrow::Cow::Owned(mapped)
}

#[cfg(feature = "detailed-errors")]
fn repr_str(s: &str) -> alloc::string::String {
    super::str_methods::repr_text(s)
}

/// The methods of `int` (in `int_methods.rs`).
pub static METHODS: &[NativeFn] = super::int_methods::METHODS;
