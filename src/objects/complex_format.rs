// SPDX-License-Identifier: MIT
//! `format(z, spec)` for complex numbers: CPython's rules on top of the float formatter of
//! `objects::str_format` (each part formatted as a float, the imaginary one always signed;
//! no type means repr-style parts, in parentheses when the real part shows).

use alloc::format;
use alloc::string::String;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::str_format::{align_text, format_float_parsed, parse_spec, unknown_code, Spec};

/// `format(z, spec)` with a non-empty spec.
pub fn format_spec(vm: &mut Vm, z: Value, spec: &str) -> PyResult<String> {
    let s = parse_spec(vm, spec, "complex", '>')?;
    if s.fill == '0' && !s.fill_given {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(vm, t, "complex")),
    }
    let (re, im) = super::complex::get(vm, z);
    let bare = s.ty.is_none();
    // With no type, a zero real part (+0.0) is left out, as in repr.
    let show_re = !(bare && re == 0.0 && re.is_sign_positive());
    let part = |vm: &mut Vm, x: f64, sign: Option<char>| -> PyResult<String> {
        if bare && s.precision.is_none() {
            let body = super::complex::part(x);
            return Ok(match sign {
                Some(c @ ('+' | ' ')) if !body.starts_with('-') => format!("{c}{body}"),
                _ => body,
            });
        }
        let one = Spec {
            fill: ' ',
            fill_given: false,
            align: None,
            width: 0,
            sign,
            ty: Some(s.ty.unwrap_or('g')),
            ..s
        };
        format_float_parsed(vm, x, one, "complex")
    };
    let body = if show_re {
        let r = part(vm, re, s.sign)?;
        let i = part(vm, im, Some('+'))?;
        if bare {
            format!("({r}{i}j)")
        } else {
            format!("{r}{i}j")
        }
    } else {
        let i = part(vm, im, s.sign)?;
        format!("{i}j")
    };
    let mut out = String::new();
    align_text(&mut out, &body, &s, '>');
    Ok(out)
}
