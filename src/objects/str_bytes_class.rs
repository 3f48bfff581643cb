// SPDX-License-Identifier: MIT
//! The character classes (`isalpha`, `isdigit`, `isspace`, `islower`...) and case mappings
//! (`lower`, `upper`, `title`...) `str`, `bytes` and `bytearray` share, written once: a str's
//! characters follow Unicode (with this build's tables, `str_methods/unicode.rs`), a bytes
//! object's bytes ASCII, where a byte above 127 has no class and no case.

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::objects::unichar::{is_lower, is_upper, push_upper};
use crate::vm::{PyResult, Vm};

use super::str_bytes::{char_at, is_space};
use super::str_bytes_args::{new_of, parse, Style};
use super::str_methods::unicode::{
    is_alnum_char, is_alpha_char, is_decimal_char, is_digit_char, is_numeric_char, is_titlecase,
    push_lower,
};
#[cfg(feature = "str-extras")]
use super::str_methods::unicode::{push_fold, push_title};

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

/// Which case mapping.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Case {
    /// `lower`.
    Lower,
    /// `upper`.
    Upper,
    /// `swapcase`: upper to lower and lower to upper.
    #[cfg(feature = "str-extras")]
    Swap,
    /// `capitalize`: the first character title case, the rest lower.
    #[cfg(feature = "str-extras")]
    Capitalize,
    /// `title`: title case after an uncased character, lower case after a cased one.
    #[cfg(feature = "str-extras")]
    Title,
    /// `casefold` (str only).
    #[cfg(feature = "str-extras")]
    Fold,
}

/// What happens to one character.
#[derive(Clone, Copy, PartialEq)]
enum Map {
    Lower,
    Upper,
    #[cfg(feature = "str-extras")]
    Title,
    #[cfg(feature = "str-extras")]
    Fold,
    #[cfg(feature = "str-extras")]
    Keep,
}

/// `self.lower()` & co. for a method of `table`'s type: Unicode's mappings (with the final
/// sigma rule) for a str, ASCII's for bytes, which leave bytes above 127 as they are.
pub(crate) fn convert_case(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
    table: Kind,
    case: Case,
) -> PyResult<Value> {
    let name = match case {
        Case::Lower => "lower",
        Case::Upper => "upper",
        #[cfg(feature = "str-extras")]
        Case::Swap => "swapcase",
        #[cfg(feature = "str-extras")]
        Case::Capitalize => "capitalize",
        #[cfg(feature = "str-extras")]
        Case::Title => "title",
        #[cfg(feature = "str-extras")]
        Case::Fold => "casefold",
    };
    let (s, _) = parse(vm, args, kw, name, table, Style::NoArgs)?;
    let (d, text) = (s.data.as_slice(), s.text());
    if s.bytewise && matches!(case, Case::Lower | Case::Upper) {
        let out = if case == Case::Lower {
            d.to_ascii_lowercase()
        } else {
            d.to_ascii_uppercase()
        };
        return new_of(vm, s.kind, &out);
    }
    let whole = if text {
        core::str::from_utf8(d).unwrap_or("")
    } else {
        ""
    };
    let mut out = Vec::with_capacity(d.len());
    let mut tmp = String::new();
    #[cfg(feature = "str-extras")]
    let mut prev_cased = false;
    let mut i = 0;
    while i < d.len() {
        let (n, l) = char_at(d, i, text);
        let c = char::from_u32(n).filter(|_| text || n < 0x80);
        #[cfg(feature = "str-extras")]
        let (up, low) = (c.is_some_and(is_upper), c.is_some_and(is_lower));
        let map = match case {
            Case::Lower => Map::Lower,
            Case::Upper => Map::Upper,
            #[cfg(feature = "str-extras")]
            Case::Swap if up => Map::Lower,
            #[cfg(feature = "str-extras")]
            Case::Swap if low => Map::Upper,
            #[cfg(feature = "str-extras")]
            Case::Swap => Map::Keep,
            #[cfg(feature = "str-extras")]
            Case::Capitalize if i == 0 => Map::Title,
            #[cfg(feature = "str-extras")]
            Case::Capitalize => Map::Lower,
            #[cfg(feature = "str-extras")]
            Case::Title if prev_cased => Map::Lower,
            #[cfg(feature = "str-extras")]
            Case::Title => Map::Title,
            #[cfg(feature = "str-extras")]
            Case::Fold => Map::Fold,
        };
        #[cfg(feature = "str-extras")]
        {
            prev_cased = up || low || c.is_some_and(is_titlecase);
        }
        match c {
            Some(ch) if text && !ch.is_ascii() => {
                tmp.clear();
                match map {
                    Map::Lower => push_lower(&mut tmp, whole, i, ch),
                    Map::Upper => push_upper(&mut tmp, ch),
                    #[cfg(feature = "str-extras")]
                    Map::Title => push_title(&mut tmp, ch),
                    #[cfg(feature = "str-extras")]
                    Map::Fold => push_fold(&mut tmp, ch),
                    #[cfg(feature = "str-extras")]
                    Map::Keep => tmp.push(ch),
                }
                out.extend_from_slice(tmp.as_bytes());
            }
            _ => {
                let b = n as u8;
                out.push(match map {
                    Map::Lower => b.to_ascii_lowercase(),
                    #[cfg(feature = "str-extras")]
                    Map::Fold => b.to_ascii_lowercase(),
                    #[cfg(feature = "str-extras")]
                    Map::Keep => b,
                    _ => b.to_ascii_uppercase(),
                });
            }
        }
        i += l;
    }
    new_of(vm, s.kind, &out)
}
