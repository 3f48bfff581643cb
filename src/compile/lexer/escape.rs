// SPDX-License-Identifier: MIT
//! Escape sequences of str and bytes literals.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use super::super::CompileError;

type Res<T> = Result<T, CompileError>;

/// CPython's error for a bad escape; `msg` (the reason) is empty without `detailed-errors`,
/// where every bad escape is "invalid escape".
fn unicode_error(msg: &str, line: u32) -> CompileError {
    CompileError::syntax(
        error_text!(
            "invalid escape",
            "(unicode error) 'unicodeescape' codec can't decode bytes: {}",
            msg
        ),
        line,
        0,
    )
}

/// Reads exactly `n` hex digits from `it`.
fn hex_digits(it: &mut core::iter::Peekable<core::str::Chars>, n: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for _ in 0..n {
        let d = it.peek()?.to_digit(16)?;
        it.next();
        v = v.checked_mul(16)?.checked_add(d)?;
    }
    Some(v)
}

/// Reads up to two more octal digits after `first`.
fn octal_value(first: u32, it: &mut core::iter::Peekable<core::str::Chars>) -> u32 {
    let mut v = first;
    for _ in 0..2 {
        match it.peek().and_then(|c| c.to_digit(8)) {
            Some(d) => {
                v = v * 8 + d;
                it.next();
            }
            None => break,
        }
    }
    v
}

/// Decodes the body of a str literal: every escape of Python's string literals.
pub fn decode_str(body: &str, raw: bool, line: u32) -> Res<String> {
    if raw || !body.contains('\\') {
        return Ok(String::from(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = it.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0'..='7' => {
                let v = octal_value(e as u32 - '0' as u32, &mut it);
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, detail!("", "truncated \\xXX escape")),
                    'u' => (4, detail!("", "truncated \\uXXXX escape")),
                    _ => (8, detail!("", "truncated \\UXXXXXXXX escape")),
                };
                let v = hex_digits(&mut it, n).ok_or_else(|| unicode_error(name, line))?;
                // Lone surrogates cannot live in a Rust `String`: they are rejected.
                let ch = char::from_u32(v)
                    .ok_or_else(|| unicode_error(detail!("", "illegal Unicode character"), line))?;
                out.push(ch);
            }
            'N' => out.push(named_char(&mut it, line)?),
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// `\N{name}`. Only a small table of names is known (a full Unicode name table would not fit a
/// microcontroller); any other name is a SyntaxError.
fn named_char(it: &mut core::iter::Peekable<core::str::Chars>, line: u32) -> Res<char> {
    if it.next() != Some('{') {
        return Err(unicode_error(
            detail!("", "malformed \\N character escape"),
            line,
        ));
    }
    let mut name = String::new();
    loop {
        match it.next() {
            Some('}') => break,
            Some(c) => name.push(c.to_ascii_uppercase()),
            None => {
                return Err(unicode_error(
                    detail!("", "malformed \\N character escape"),
                    line,
                ))
            }
        }
    }
    const NAMES: &[(&str, char)] = &[
        ("NULL", '\0'),
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CHARACTER TABULATION", '\t'),
        ("ESCAPE", '\x1b'),
        ("BULLET", '\u{2022}'),
        ("EN DASH", '\u{2013}'),
        ("EM DASH", '\u{2014}'),
        ("HORIZONTAL ELLIPSIS", '\u{2026}'),
        ("DEGREE SIGN", '\u{b0}'),
        ("MICRO SIGN", '\u{b5}'),
        ("PLUS-MINUS SIGN", '\u{b1}'),
        ("MULTIPLICATION SIGN", '\u{d7}'),
        ("DIVISION SIGN", '\u{f7}'),
        ("COPYRIGHT SIGN", '\u{a9}'),
        ("REGISTERED SIGN", '\u{ae}'),
        ("EURO SIGN", '\u{20ac}'),
        ("POUND SIGN", '\u{a3}'),
        ("YEN SIGN", '\u{a5}'),
        ("SECTION SIGN", '\u{a7}'),
        ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
        ("GREEK SMALL LETTER BETA", '\u{3b2}'),
        ("GREEK SMALL LETTER MU", '\u{3bc}'),
        ("GREEK SMALL LETTER PI", '\u{3c0}'),
        ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
        ("OHM SIGN", '\u{2126}'),
        ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
        ("RIGHTWARDS ARROW", '\u{2192}'),
        ("LEFTWARDS ARROW", '\u{2190}'),
        ("CHECK MARK", '\u{2713}'),
        ("BLACK STAR", '\u{2605}'),
        ("SNOWMAN", '\u{2603}'),
        ("BLACK HEART SUIT", '\u{2665}'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
    ];
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
        .ok_or_else(|| unicode_error(detail!("", "unknown Unicode character name"), line))
}

/// Decodes the body of a bytes literal (already checked to be ASCII).
pub fn decode_bytes(body: &str, raw: bool, line: u32) -> Res<Vec<u8>> {
    if raw || !body.contains('\\') {
        return Ok(Vec::from(body.as_bytes()));
    }
    let mut out = Vec::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let Some(e) = it.next() else {
            out.push(b'\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e as u8),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'v' => out.push(11),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            '0'..='7' => out.push((octal_value(e as u32 - '0' as u32, &mut it) & 0xff) as u8),
            'x' => {
                let v = hex_digits(&mut it, 2).ok_or_else(|| {
                    let msg = detail!(
                        "invalid escape",
                        "(value error) invalid \\x escape at position 0"
                    );
                    CompileError::syntax(msg, line, 0)
                })?;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                out.push(e as u8);
            }
        }
    }
    Ok(out)
}
