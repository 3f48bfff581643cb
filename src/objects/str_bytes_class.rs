// SPDX-License-Identifier: MIT
//! The character-class predicates `str`, `bytes` and `bytearray` share (`isalpha`, `isdigit`,
//! `isspace`, `islower`...), written once: a str's characters are classified by Unicode (with
//! this build's tables, `str_methods/unicode.rs`), a bytes object's bytes by ASCII, where a
//! byte above 127 belongs to no class.

use crate::gc::{Kind, Value};
use crate::objects::unichar::{is_lower, is_upper};
use crate::vm::{PyResult, Vm};

use super::str_bytes::{char_at, is_space};
use super::str_bytes_args::{parse, Style};
use super::str_methods::unicode::{
    is_alnum_char, is_alpha_char, is_decimal_char, is_digit_char, is_numeric_char, is_titlecase,
};

/// Which `isX` method.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Class {
    /// `isalnum`.
    Alnum,
    /// `isalpha`.
    Alpha,
    /// `isascii`.
    Ascii,
    /// `isdecimal` (str only).
    Decimal,
    /// `isdigit`.
    Digit,
    /// `isnumeric` (str only).
    Numeric,
    /// `isspace`.
    Space,
    /// `islower`: some cased character and none upper or title case.
    Lower,
    /// `isupper`.
    Upper,
    /// `istitle`: upper or title case only after uncased characters, lower case only after
    /// cased ones.
    #[cfg(feature = "str-extras")]
    Title,
}

/// `self.isX()` for a method of `table`'s type.
pub(crate) fn is_class(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    class: Class,
) -> PyResult<Value> {
    let name = match class {
        Class::Alnum => "isalnum",
        Class::Alpha => "isalpha",
        Class::Ascii => "isascii",
        Class::Decimal => "isdecimal",
        Class::Digit => "isdigit",
        Class::Numeric => "isnumeric",
        Class::Space => "isspace",
        Class::Lower => "islower",
        Class::Upper => "isupper",
        #[cfg(feature = "str-extras")]
        Class::Title => "istitle",
    };
    let (s, _) = parse(vm, args, kw, name, table, Style::NoArgs)?;
    Ok(Value::bool(holds(&s.data, s.text(), class)))
}

fn holds(d: &[u8], text: bool, class: Class) -> bool {
    if class == Class::Ascii {
        return d.is_ascii();
    }
    let mut cased = false;
    #[cfg(feature = "str-extras")]
    let mut prev_cased = false;
    let mut i = 0;
    while i < d.len() {
        let (n, l) = char_at(d, i, text);
        i += l;
        // A byte above 127 has no class; a str's characters have Unicode's.
        let c = char::from_u32(n).filter(|_| text || n < 0x80);
        let upper = c.is_some_and(is_upper);
        let title = c.is_some_and(is_titlecase);
        let low = c.is_some_and(is_lower);
        let ok = match class {
            Class::Lower | Class::Upper => {
                let (want, other) = if class == Class::Lower {
                    (low, upper)
                } else {
                    (upper, low)
                };
                cased |= want;
                !other && !title
            }
            #[cfg(feature = "str-extras")]
            Class::Title => {
                let up = upper || title;
                if (up && prev_cased) || (low && !prev_cased) {
                    return false;
                }
                prev_cased = up || low;
                cased |= prev_cased;
                true
            }
            Class::Space => is_space(n, text),
            Class::Alnum => c.is_some_and(is_alnum_char),
            Class::Alpha => c.is_some_and(is_alpha_char),
            Class::Decimal => c.is_some_and(is_decimal_char),
            Class::Digit => c.is_some_and(is_digit_char),
            _ => c.is_some_and(is_numeric_char),
        };
        if !ok {
            return false;
        }
    }
    match class {
        Class::Lower | Class::Upper => cased,
        #[cfg(feature = "str-extras")]
        Class::Title => cased,
        _ => !d.is_empty(),
    }
}
