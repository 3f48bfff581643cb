// SPDX-License-Identifier: MIT
//! The UTF-16 and UTF-32 codecs (feature `wide-codecs`, off at `minimal`, where text is
//! exchanged as UTF-8 as on MicroPython), used by `str.encode` and `bytes.decode`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::{PyResult, Vm};

use super::decode_error;

/// The canonical name of a UTF-16/32 codec from a lowercased name without `-`, `_`, spaces.
pub(super) fn codec_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "utf16" | "u16" => "utf-16",
        "utf16le" => "utf-16-le",
        "utf16be" => "utf-16-be",
        "utf32" | "u32" => "utf-32",
        "utf32le" => "utf-32-le",
        "utf32be" => "utf-32-be",
        _ => return None,
    })
}

/// `text` in UTF-16 or UTF-32 (`-le`, `-be`, or little-endian after a byte order mark).
pub(super) fn encode_wide(text: &str, codec: &str) -> Vec<u8> {
    match codec {
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let big = codec == "utf-16-be";
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            if codec == "utf-16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let big = codec == "utf-32-be";
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            if codec == "utf-32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        _ => Vec::new(),
    }
}

/// UTF-16 and UTF-32 (`-le`, `-be`, or with a byte order mark, little-endian without one).
pub(super) fn decode_wide(vm: &mut Vm, d: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    let wide32 = codec.starts_with("utf-32");
    let unit = if wide32 { 4 } else { 2 };
    let (mut big, mut i) = (codec.ends_with("be"), 0);
    if codec == "utf-16" {
        match d {
            [0xff, 0xfe, ..] => i = 2,
            [0xfe, 0xff, ..] => (big, i) = (true, 2),
            _ => {}
        }
    } else if codec == "utf-32" {
        match d {
            [0xff, 0xfe, 0, 0, ..] => i = 4,
            [0, 0, 0xfe, 0xff, ..] => (big, i) = (true, 4),
            _ => {}
        }
    }
    let read = |at: usize| -> Option<u32> {
        let b = d.get(at..at + unit)?;
        let mut v: u32 = 0;
        if big {
            for &x in b {
                v = (v << 8) | u32::from(x);
            }
        } else {
            for &x in b.iter().rev() {
                v = (v << 8) | u32::from(x);
            }
        }
        Some(v)
    };
    let mut out = String::with_capacity(d.len() / unit);
    while i < d.len() {
        let Some(u) = read(i) else {
            decode_error(
                vm,
                &mut out,
                d,
                i,
                d.len() - i,
                codec,
                "truncated data",
                errors,
            )?;
            break;
        };
        let (bad, reason) = if wide32 {
            match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if u > 0x10_ffff => (4, "code point not in range(0x110000)"),
                None => (
                    4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ),
            }
        } else if (0xd800..0xdc00).contains(&u) {
            match read(i + 2) {
                Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                    continue;
                }
                Some(_) => (2, "illegal UTF-16 surrogate"),
                None => (d.len() - i, "unexpected end of data"),
            }
        } else if (0xdc00..0xe000).contains(&u) {
            (2, "illegal encoding")
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        };
        decode_error(vm, &mut out, d, i, bad, codec, reason, errors)?;
        i += bad;
    }
    Ok(out)
}
