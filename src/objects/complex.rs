// SPDX-License-Identifier: MIT
//! `complex`: `[re_lo re_hi im_lo im_hi]`, two f64s. Arithmetic mixes with int and float as
//! CPython does; `repr` follows CPython's (`(1+2j)`, `2j`, `(-0-1j)`).

use alloc::format;
use alloc::string::String;

use crate::bytecode::BinaryOp;
use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::float_fmt;
use super::native::NativeFn;

/// A new complex number.
pub fn new(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let v = vm.alloc(Kind::Complex, 4)?;
    let (r, i) = (re.to_bits(), im.to_bits());
    let p = vm.heap.payload_mut(v);
    p[0] = r as u32;
    p[1] = (r >> 32) as u32;
    p[2] = i as u32;
    p[3] = (i >> 32) as u32;
    Ok(v)
}

/// The (real, imaginary) parts of a complex Value.
pub fn get(vm: &Vm, v: Value) -> (f64, f64) {
    let p = vm.heap.payload(vm.builtin_value(v));
    let w = |i: usize| p.get(i).copied().unwrap_or(0) as u64;
    (
        f64::from_bits(w(0) | (w(1) << 32)),
        f64::from_bits(w(2) | (w(3) << 32)),
    )
}

/// Is `v` a complex number?
pub fn is_complex(vm: &Vm, v: Value) -> bool {
    vm.heap.kind(vm.builtin_value(v)) == Kind::Complex
}

/// An int, float or complex operand as (re, im); None for other types.
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if is_complex(vm, v) {
        return Ok(Some(get(vm, v)));
    }
    Ok(super::float::operand(vm, v)?.map(|x| (x, 0.0)))
}

/// `a op b` when either side is complex; Ok(None) otherwise.
pub fn binary_op(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !is_complex(vm, a) && !is_complex(vm, b) {
        return Ok(None);
    }
    let (Some((ar, ai)), Some((br, bi))) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(None);
    };
    let (re, im) = match op {
        BinaryOp::Add => (ar + br, ai + bi),
        BinaryOp::Sub => (ar - br, ai - bi),
        BinaryOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinaryOp::TrueDiv => match div((ar, ai), (br, bi)) {
            Some(q) => q,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinaryOp::Pow => match pow((ar, ai), (br, bi)) {
            Some(p) => p,
            None => return Err(vm.zero_division("0.0 to a negative or complex power")),
        },
        BinaryOp::FloorDiv | BinaryOp::Mod => {
            let sym = op.symbol();
            let (ta, tb) = (vm.type_name(a), vm.type_name(b));
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
            )));
        }
        _ => return Ok(None),
    };
    new(vm, re, im).map(Some)
}

/// Division as CPython's `_Py_c_quot` (scaled to avoid overflow).
fn div(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` as CPython's `_Py_c_pow` (integer exponents by repeated squaring).
fn pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    if b.1 == 0.0 && b.0 == libm::trunc(b.0) && b.0.abs() <= 100.0 {
        let n = b.0 as i32;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (
                    result.0 * base.0 - result.1 * base.1,
                    result.0 * base.1 + result.1 * base.0,
                );
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        return if n < 0 {
            div((1.0, 0.0), result)
        } else {
            Some(result)
        };
    }
    let vabs = libm::hypot(a.0, a.1);
    let mut len = libm::pow(vabs, b.0);
    let at = libm::atan2(a.1, a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= libm::exp(at * b.1);
        phase += b.1 * libm::log(vabs);
    }
    Some((len * libm::cos(phase), len * libm::sin(phase)))
}

/// Unary minus and plus.
pub fn negate(vm: &mut Vm, v: Value, minus: bool) -> PyResult<Value> {
    let (re, im) = get(vm, v);
    if minus {
        new(vm, -re, -im)
    } else {
        new(vm, re, im)
    }
}

/// `abs(z)`.
pub fn abs(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (re, im) = get(vm, v);
    let r = libm::hypot(re, im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    super::float::new(vm, r)
}

/// Equality with another number (orderings are TypeErrors, handled by the caller).
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (operand(vm, a)?, operand(vm, b)?) else {
        return Ok(None);
    };
    Ok(Some(x == y))
}

pub(crate) fn part(x: f64) -> String {
    // CPython's complex repr uses repr-style digits without a trailing `.0`.
    let s = float_fmt::repr(x);
    match s.strip_suffix(".0") {
        Some(t) => String::from(t),
        None => s,
    }
}

/// `repr(z)`.
pub fn repr(vm: &Vm, v: Value) -> String {
    let (re, im) = get(vm, v);
    let ims = part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{ims}j");
    }
    let sign = if im.is_sign_negative() || im.is_nan() && ims.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({}{sign}{ims}j)", part(re))
}

/// `hash(z)`: CPython's combination of the parts' hashes.
pub fn hash(vm: &Vm, v: Value) -> i64 {
    let (re, im) = get(vm, v);
    let h =
        float_fmt::hash_f64(re).wrapping_add(1_000_003i64.wrapping_mul(float_fmt::hash_f64(im)));
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `complex(real=0, imag=0)` or `complex(text)`.
pub fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(s) = args.first().and_then(|v| vm.as_str(*v)).map(String::from) {
        if args.len() > 1 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse(&s) {
            Some((re, im)) => new(vm, re, im),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    // CPython rejects a string second argument before looking at the first.
    if args.get(1).is_some_and(|v| vm.as_str(*v).is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    // Which arguments are complex: CPython combines only their parts that exist, so that
    // `complex(inf, -0.0)` keeps the sign of the zero (0.0 + -0.0 would lose it).
    let mut a_complex = args.first().is_some_and(|v| is_complex(vm, *v));
    let b_complex = args.get(1).is_some_and(|v| is_complex(vm, *v));
    let a = match args.first() {
        Some(&v) if vm.heap.kind(v) == Kind::Instance && !is_complex(vm, v) => {
            match super::class::call_special(vm, v, "__complex__", &[])? {
                Some(c) if is_complex(vm, c) => {
                    a_complex = true;
                    get(vm, c)
                }
                Some(c) => {
                    let t = vm.type_name(c);
                    return Err(
                        vm.type_error(format!("__complex__ returned non-complex (type {t})"))
                    );
                }
                None => match operand(vm, v)? {
                    Some(x) => x,
                    None => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "complex() first argument must be a string or a number, not '{t}'"
                        )));
                    }
                },
            }
        }
        Some(&v) => match operand(vm, v)? {
            Some(x) => x,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "complex() first argument must be a string or a number, not '{t}'"
                )));
            }
        },
        None => (0.0, 0.0),
    };
    let b = match args.get(1) {
        Some(&v) => match operand(vm, v)? {
            Some(x) => x,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "complex() second argument must be a number, not '{t}'"
                )));
            }
        },
        None => (0.0, 0.0),
    };
    // complex(a, b) = a + b*1j
    let re = if b_complex { a.0 - b.1 } else { a.0 };
    let im = match (args.get(1).is_some(), a_complex) {
        (false, _) => a.1,
        (true, true) => a.1 + b.0,
        (true, false) => b.0,
    };
    new(vm, re, im)
}

/// Parses `1+2j`, `(3-4j)`, `5j`, `-1.5`.
fn parse(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign not after an 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (float_fmt::parse(&body[..i])?, imag_part(&body[i..])?),
            None => (0.0, imag_part(body)?),
        };
        return Some((re, im));
    }
    Some((float_fmt::parse(s)?, 0.0))
}

fn imag_part(s: &str) -> Option<f64> {
    match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => float_fmt::parse(s),
    }
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let z = args.first().copied().unwrap_or(Value::NONE);
    let (re, im) = get(vm, z);
    new(vm, re, -im)
}

/// The methods of `complex`.
pub static METHODS: &[NativeFn] = &[NativeFn::method("conjugate", conjugate)];
