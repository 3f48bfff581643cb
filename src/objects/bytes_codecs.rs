// SPDX-License-Identifier: MIT
//! `bytes.hex`/`fromhex` and the codecs behind `bytes.decode` and `str.encode` (utf-8, ascii,
//! latin-1, utf-16/32 with CPython's error handlers): the byte-level conversions between text
//! and binary, apart from the sequence methods in `bytes_methods.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::Value;
use crate::vm::{PyResult, Vm};

use super::*;

#[cfg(feature = "wide-codecs")]
#[path = "bytes_codecs_wide.rs"]
mod wide;

#[cfg(feature = "str-extras")]
pub(super) fn b_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "hex")?;
    let [sep, per, _] = check(vm, args, kw, "hex", Style::Kw(&["sep", "bytes_per_sep"]))?;
    // bytes_per_sep's type is checked before sep's, as CPython's argument parsing does.
    let per = match per {
        Some(v) => match vm.index_value(v)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            let text: Option<Vec<u8>> = match vm.as_str(s) {
                Some(t) => Some(t.as_bytes().to_vec()),
                None => bytes_like(vm, s),
            };
            match text {
                Some(t) if t.len() == 1 && t[0].is_ascii() => Some(t[0]),
                Some(_) => return Err(vm.value_error("sep must be length 1.")),
                None => {
                    let t = vm.type_name(s);
                    let sized = matches!(
                        vm.heap.kind(s),
                        Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet
                    );
                    return Err(if sized {
                        vm.type_error("sep must be str or bytes.")
                    } else {
                        vm.type_error(format!("object of type '{t}' has no len()"))
                    });
                }
            }
        }
    };
    let s = hex_string(&d, sep, per);
    vm.new_str(&s)
}

/// `data.hex(sep, per)`: groups of `|per|` bytes, counted from the right when `per > 0`.
#[cfg(feature = "str-extras")]
fn hex_string(d: &[u8], sep: Option<u8>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = usize::try_from(per.unsigned_abs().max(1)).unwrap_or(usize::MAX);
    let n = d.len();
    for (i, &b) in d.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && per != 0) {
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

#[cfg(feature = "str-extras")]
pub(super) fn b_fromhex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    crate::objects::constructors::no_kwargs(vm, "fromhex", kw)?;
    let cls = args.first().copied().unwrap_or(TypeId::Bytes.value());
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(text) = vm.as_str(args[1]).map(String::from) else {
        let t = vm.arg_type_name(args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let t = text.as_bytes();
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16);
    loop {
        while i < t.len() && crate::objects::str_bytes::is_space(t[i].into(), false) {
            i += 1;
        }
        if i >= t.len() {
            break;
        }
        let Some(hi) = hexval(t[i]) else {
            return Err(fromhex_error(vm, &text, i));
        };
        let Some(lo) = t.get(i + 1).and_then(|&c| hexval(c)) else {
            return Err(fromhex_error(vm, &text, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let kind = if cls == TypeId::ByteArray.value() {
        Kind::ByteArray
    } else if cls == TypeId::Bytes.value() {
        Kind::Bytes
    } else {
        let b = new_kind(vm, Kind::Bytes, &out)?;
        let d = vm.heap.push_root(b);
        let r = vm.call(cls, &[b], &[]);
        vm.heap.pop_roots(d);
        return r;
    };
    new_kind(vm, kind, &out)
}

#[cfg(feature = "str-extras")]
pub(super) fn fromhex_error(vm: &mut Vm, text: &str, byte_pos: usize) -> crate::vm::PyErr {
    let pos = text.get(..byte_pos).map_or(byte_pos, |s| s.chars().count());
    vm.value_error(format!(
        "non-hexadecimal number found in fromhex() arg at position {pos}"
    ))
}

// ---- decode and encode ----

pub(super) fn b_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let (d, _) = this(vm, args, "decode")?;
    let [enc, errors, _] = check(vm, args, kw, "decode", Style::Kw(&["encoding", "errors"]))?;
    let enc = str_bytes_args::codec_arg(vm, enc, "decode", "encoding", "utf-8")?;
    let errors = str_bytes_args::codec_arg(vm, errors, "decode", "errors", "strict")?;
    let s = decode_bytes(vm, &d, &enc, &errors)?;
    vm.new_str(&s)
}

/// Decodes `d` with a codec CPython knows (utf-8, ascii, latin-1) and an error handler
/// (`strict`, `ignore`, `replace`, `backslashreplace`).
pub fn decode_bytes(vm: &mut Vm, d: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = codec_name(vm, encoding)?;
    #[cfg(feature = "wide-codecs")]
    if codec.starts_with("utf-16") || codec.starts_with("utf-32") {
        return wide::decode_wide(vm, d, codec, errors);
    }
    let (d, codec) = if codec == "utf-8-sig" {
        (d.strip_prefix(b"\xef\xbb\xbf").unwrap_or(d), "utf-8")
    } else {
        (d, codec)
    };
    let mut out = String::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        // One step: a run of valid text or one error.
        let (bad_len, reason) = match codec {
            "latin-1" => {
                out.extend(d[i..].iter().map(|&b| b as char));
                break;
            }
            "ascii" => {
                let n = d[i..].iter().take_while(|b| b.is_ascii()).count();
                out.extend(d[i..i + n].iter().map(|&b| b as char));
                i += n;
                if i >= d.len() {
                    break;
                }
                (1, "ordinal not in range(128)")
            }
            _ => match core::str::from_utf8(&d[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let ok = e.valid_up_to();
                    out.push_str(core::str::from_utf8(&d[i..i + ok]).unwrap_or(""));
                    i += ok;
                    match e.error_len() {
                        Some(n) => {
                            let first = d[i];
                            if (0xc2..=0xf4).contains(&first) {
                                (n, "invalid continuation byte")
                            } else {
                                (n, "invalid start byte")
                            }
                        }
                        None => (d.len() - i, "unexpected end of data"),
                    }
                }
            },
        };
        let bad_len = bad_len.max(1);
        decode_error(vm, &mut out, d, i, bad_len, codec, reason, errors)?;
        i += bad_len;
    }
    Ok(out)
}

/// Applies the error handler to the undecodable bytes `d[at..at + len]`.
#[allow(clippy::too_many_arguments)]
#[cfg_attr(
    not(feature = "codec-errors"),
    allow(unused_variables, clippy::ptr_arg)
)]
pub(super) fn decode_error(
    vm: &mut Vm,
    out: &mut String,
    d: &[u8],
    at: usize,
    len: usize,
    codec: &str,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        #[cfg(feature = "codec-errors")]
        "ignore" => Ok(()),
        #[cfg(feature = "codec-errors")]
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        #[cfg(feature = "codec-errors")]
        "backslashreplace" => {
            for b in d.iter().skip(at).take(len) {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "strict" => {
            #[cfg(not(feature = "detailed-errors"))]
            let msg = "codec can't decode bytes";
            #[cfg(feature = "detailed-errors")]
            let msg = if len == 1 {
                format!(
                    "'{codec}' codec can't decode byte {:#04x} in position {at}: {reason}",
                    d.get(at).copied().unwrap_or(0)
                )
            } else {
                format!(
                    "'{codec}' codec can't decode bytes in position {at}-{}: {reason}",
                    at + len - 1
                )
            };
            Err(vm.raise_new(TypeId::UnicodeDecodeError, &msg))
        }
        other => Err(vm.raise_new(
            TypeId::LookupError,
            &error_msg!(
                "unknown error handler",
                "unknown error handler name '{other}'"
            ),
        )),
    }
}

/// The codec CPython would pick for `encoding` (utf-8, ascii, latin-1), or LookupError.
pub(super) fn codec_name(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    let key: String = encoding
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Ok(match key.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "utf8sig" => "utf-8-sig",
        "ascii" | "usascii" | "646" => "ascii",
        "latin1" | "iso88591" | "8859" | "cp819" | "latin" | "l1" | "isoir100" => "latin-1",
        _ => {
            #[cfg(feature = "wide-codecs")]
            if let Some(c) = wide::codec_name(&key) {
                return Ok(c);
            }
            return Err(vm.raise_new(
                TypeId::LookupError,
                &format!("unknown encoding: {encoding}"),
            ));
        }
    })
}

/// `text.encode(encoding, errors)` for utf-8, ascii and latin-1, with the error handlers
/// `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace`.
#[cfg_attr(not(feature = "codec-errors"), allow(unreachable_code))]
pub fn encode_str(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec_name(vm, encoding)?;
    let limit: u32 = match codec {
        "ascii" => 0x80,
        "latin-1" => 0x100,
        "utf-8-sig" => {
            let mut out = alloc::vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(text.as_bytes());
            return Ok(out);
        }
        #[cfg(feature = "wide-codecs")]
        c if c.starts_with("utf-16") || c.starts_with("utf-32") => {
            return Ok(wide::encode_wide(text, c));
        }
        _ => return Ok(text.as_bytes().to_vec()),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let run = chars[i..]
            .iter()
            .take_while(|c| (**c as u32) >= limit)
            .count();
        match errors {
            "strict" => {
                #[cfg(not(feature = "detailed-errors"))]
                let msg = "codec can't encode characters";
                #[cfg(feature = "detailed-errors")]
                let msg = if run == 1 {
                    let n = c as u32;
                    let r = if n <= 0xff {
                        format!("'\\x{n:02x}'")
                    } else if n <= 0xffff {
                        format!("'\\u{n:04x}'")
                    } else {
                        format!("'\\U{n:08x}'")
                    };
                    format!(
                        "'{codec}' codec can't encode character {r} in position {i}: ordinal not in range({limit})"
                    )
                } else {
                    format!(
                        "'{codec}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        i + run - 1
                    )
                };
                return Err(vm.raise_new(TypeId::UnicodeEncodeError, &msg));
            }
            #[cfg(feature = "codec-errors")]
            "ignore" => {}
            #[cfg(feature = "codec-errors")]
            "replace" => out.extend(core::iter::repeat_n(b'?', run)),
            #[cfg(feature = "codec-errors")]
            "backslashreplace" => {
                for &c in &chars[i..i + run] {
                    let n = c as u32;
                    let e = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            #[cfg(feature = "codec-errors")]
            "xmlcharrefreplace" => {
                for &c in &chars[i..i + run] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => {
                return Err(vm.raise_new(
                    TypeId::LookupError,
                    &error_msg!(
                        "unknown error handler",
                        "unknown error handler name '{other}'"
                    ),
                ))
            }
        }
        i += run;
    }
    Ok(out)
}
