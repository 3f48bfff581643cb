// SPDX-License-Identifier: MIT
//! `str`'s case mapping (`lower`, `upper`, `casefold`, `title`...) and character classes
//! (`isalpha`, `isdigit`, `isidentifier`...) with the Unicode tables they need (Unicode 14, as
//! CPython 3.11). Split from `str_methods.rs` by concern: the tables are most of its size, and
//! this is the part the `unicode` feature level trims.

use super::*;

// ---------------------------------------------------------------------------------------------
// Case
// ---------------------------------------------------------------------------------------------

/// Titlecase characters (category Lt).
pub(crate) fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
        | 0x1fbc | 0x1fcc | 0x1ffc)
}

pub(super) fn is_cased(c: char) -> bool {
    crate::objects::unichar::is_upper(c) || crate::objects::unichar::is_lower(c) || is_titlecase(c)
}

#[cfg(feature = "str-extras")]
/// Finds `c` in a sorted `(code, text)` table.
pub(super) fn table_text(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    if !crate::objects::unichar::FULL {
        return None;
    }
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, t)| t)
}

#[cfg(feature = "str-extras")]
/// The titlecase mapping of `c` (uppercase except for digraphs, ligatures, Georgian and the
/// Greek letters with ypogegrammeni).
pub(crate) fn push_title(out: &mut String, c: char) {
    let n = c as u32;
    if (0x10d0..=0x10fa).contains(&n)
        || (0x10fd..=0x10ff).contains(&n)
        || (0x1f88..=0x1f8f).contains(&n)
        || (0x1f98..=0x1f9f).contains(&n)
        || (0x1fa8..=0x1faf).contains(&n)
    {
        out.push(c);
    } else if (0x1f80..=0x1f87).contains(&n)
        || (0x1f90..=0x1f97).contains(&n)
        || (0x1fa0..=0x1fa7).contains(&n)
    {
        out.push(char::from_u32(n + 8).unwrap_or(c));
    } else if let Some(t) = table_text(TITLE, c) {
        out.push_str(t);
    } else {
        crate::objects::unichar::push_upper(out, c);
    }
}

/// Lowercase of `c` within `s` at byte `i`, with the Greek final sigma rule.
pub(crate) fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        // Final sigma: preceded by a cased letter and not followed by one (case-ignorable
        // characters skipped, approximated as non-alphabetic marks).
        let before = s[..i].chars().rev().find(|&p| !is_case_ignorable(p));
        let after = s[i + c.len_utf8()..]
            .chars()
            .find(|&p| !is_case_ignorable(p));
        if before.is_some_and(is_cased) && !after.is_some_and(is_cased) {
            out.push('ς');
            return;
        }
        out.push('σ');
        return;
    }
    crate::objects::unichar::push_lower(out, c);
}

/// Case-ignorable characters (apostrophes, periods, colons, modifier letters and symbols,
/// format characters, combining marks), for the final sigma rule.
pub(super) fn is_case_ignorable(c: char) -> bool {
    let n = c as u32;
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{387}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || (0x2b0..=0x36f).contains(&n)
        || (0x200b..=0x200f).contains(&n)
        || (0x2060..=0x2064).contains(&n)
        || n == 0xfeff
        || (!c.is_ascii() && in_ranges(MARKS, c))
}

#[cfg(feature = "str-extras")]
/// Full case folding: lowercasing, except for the characters of [`FOLD`] and Cherokee (which
/// folds to its uppercase letters).
pub(crate) fn push_fold(out: &mut String, c: char) {
    let n = c as u32;
    if (0x13a0..=0x13f5).contains(&n) {
        out.push(c);
    } else if (0x13f8..=0x13fd).contains(&n) {
        out.push(char::from_u32(n - 8).unwrap_or(c));
    } else if (0xab70..=0xabbf).contains(&n) {
        out.push(char::from_u32(n - 0xab70 + 0x13a0).unwrap_or(c));
    } else if let Some(t) = table_text(FOLD, c) {
        out.push_str(t);
    } else {
        crate::objects::unichar::push_lower(out, c);
    }
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

pub(super) fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    if !crate::objects::unichar::FULL {
        return false;
    }
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                core::cmp::Ordering::Less
            } else if lo > n {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

pub(crate) fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(DECIMAL, c))
}

pub(crate) fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || (!c.is_ascii() && in_ranges(DIGIT_EXTRA, c))
}

pub(crate) fn is_numeric_char(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && (crate::objects::unichar::is_numeric(c) || in_ranges(NUMERIC_EXTRA, c)))
}

pub(crate) fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        // Alphabetic minus letter-numbers, combining marks and the enclosed letters (not
        // category L).
        let n = c as u32;
        crate::objects::unichar::is_alphabetic(c)
            && !crate::objects::unichar::is_numeric(c)
            && !(0x24b6..=0x24e9).contains(&n)
            && !(0x1f130..=0x1f189).contains(&n)
            && !in_ranges(MARKS, c)
    }
}

pub(crate) fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c)
}

#[cfg(feature = "str-extras")]
pub(super) fn is_printable_char(c: char) -> bool {
    let n = c as u32;
    !(n < 0x20 || n == 0x7f || is_unprintable(c))
}

pub(super) fn is_id_start(c: char) -> bool {
    c == '_'
        || is_alpha_char(c)
        || (!c.is_ascii()
            && crate::objects::unichar::is_alphabetic(c)
            && crate::objects::unichar::is_numeric(c))
}

pub(super) fn is_id_continue(c: char) -> bool {
    is_id_start(c)
        || is_decimal_char(c)
        || (!c.is_ascii() && in_ranges(MARKS, c))
        || matches!(
            c,
            '\u{b7}'
                | '\u{387}'
                | '\u{203f}'
                | '\u{2040}'
                | '\u{2054}'
                | '\u{fe33}'
                | '\u{fe34}'
                | '\u{fe4d}'..='\u{fe4f}' | '\u{ff3f}'
        )
        || ('\u{1369}'..='\u{1371}').contains(&c)
}

#[cfg(feature = "str-extras")]
pub(super) fn str_isprintable(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = no_args(vm, "isprintable", args, kw)?;
    Ok(Value::bool(s.chars().all(is_printable_char)))
}

#[cfg(feature = "str-extras")]
pub(super) fn str_isidentifier(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let s = no_args(vm, "isidentifier", args, kw)?;
    Ok(Value::bool(is_identifier(&s)))
}

/// `str.isidentifier()`: Python's rule (with this build's character tables).
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => is_id_start(c) && cs.all(is_id_continue),
        None => false,
    }
}

/// Characters of category Nd (`str.isdecimal`), Unicode 14 as CPython 3.11.
pub(super) static DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6f0, 0x6f9),
    (0x7c0, 0x7c9),
    (0x966, 0x96f),
    (0x9e6, 0x9ef),
    (0xa66, 0xa6f),
    (0xae6, 0xaef),
    (0xb66, 0xb6f),
    (0xbe6, 0xbef),
    (0xc66, 0xc6f),
    (0xce6, 0xcef),
    (0xd66, 0xd6f),
    (0xde6, 0xdef),
    (0xe50, 0xe59),
    (0xed0, 0xed9),
    (0xf20, 0xf29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17e0, 0x17e9),
    (0x1810, 0x1819),
    (0x1946, 0x194f),
    (0x19d0, 0x19d9),
    (0x1a80, 0x1a89),
    (0x1a90, 0x1a99),
    (0x1b50, 0x1b59),
    (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49),
    (0x1c50, 0x1c59),
    (0xa620, 0xa629),
    (0xa8d0, 0xa8d9),
    (0xa900, 0xa909),
    (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9),
    (0xaa50, 0xaa59),
    (0xabf0, 0xabf9),
    (0xff10, 0xff19),
    (0x104a0, 0x104a9),
    (0x10d30, 0x10d39),
    (0x11066, 0x1106f),
    (0x110f0, 0x110f9),
    (0x11136, 0x1113f),
    (0x111d0, 0x111d9),
    (0x112f0, 0x112f9),
    (0x11450, 0x11459),
    (0x114d0, 0x114d9),
    (0x11650, 0x11659),
    (0x116c0, 0x116c9),
    (0x11730, 0x11739),
    (0x118e0, 0x118e9),
    (0x11950, 0x11959),
    (0x11c50, 0x11c59),
    (0x11d50, 0x11d59),
    (0x11da0, 0x11da9),
    (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9),
    (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff),
    (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9),
    (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];
/// Digits that are not decimal (`str.isdigit` beyond Nd): superscripts, circled digits...
pub(super) static DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];
/// Numeric characters outside the N* categories (`str.isnumeric`): CJK numerals...
pub(super) static NUMERIC_EXTRA: &[(u32, u32)] = &[
    (0x3405, 0x3405),
    (0x3483, 0x3483),
    (0x382a, 0x382a),
    (0x3b4d, 0x3b4d),
    (0x4e00, 0x4e00),
    (0x4e03, 0x4e03),
    (0x4e07, 0x4e07),
    (0x4e09, 0x4e09),
    (0x4e5d, 0x4e5d),
    (0x4e8c, 0x4e8c),
    (0x4e94, 0x4e94),
    (0x4e96, 0x4e96),
    (0x4ebf, 0x4ec0),
    (0x4edf, 0x4edf),
    (0x4ee8, 0x4ee8),
    (0x4f0d, 0x4f0d),
    (0x4f70, 0x4f70),
    (0x5104, 0x5104),
    (0x5146, 0x5146),
    (0x5169, 0x5169),
    (0x516b, 0x516b),
    (0x516d, 0x516d),
    (0x5341, 0x5341),
    (0x5343, 0x5345),
    (0x534c, 0x534c),
    (0x53c1, 0x53c4),
    (0x56db, 0x56db),
    (0x58f1, 0x58f1),
    (0x58f9, 0x58f9),
    (0x5e7a, 0x5e7a),
    (0x5efe, 0x5eff),
    (0x5f0c, 0x5f0e),
    (0x5f10, 0x5f10),
    (0x62fe, 0x62fe),
    (0x634c, 0x634c),
    (0x67d2, 0x67d2),
    (0x6f06, 0x6f06),
    (0x7396, 0x7396),
    (0x767e, 0x767e),
    (0x8086, 0x8086),
    (0x842c, 0x842c),
    (0x8cae, 0x8cae),
    (0x8cb3, 0x8cb3),
    (0x8d30, 0x8d30),
    (0x9621, 0x9621),
    (0x9646, 0x9646),
    (0x964c, 0x964c),
    (0x9678, 0x9678),
    (0x96f6, 0x96f6),
    (0xf96b, 0xf96b),
    (0xf973, 0xf973),
    (0xf978, 0xf978),
    (0xf9b2, 0xf9b2),
    (0xf9d1, 0xf9d1),
    (0xf9d3, 0xf9d3),
    (0xf9fd, 0xf9fd),
    (0x20001, 0x20001),
    (0x20064, 0x20064),
    (0x200e2, 0x200e2),
    (0x20121, 0x20121),
    (0x2092a, 0x2092a),
    (0x20983, 0x20983),
    (0x2098c, 0x2098c),
    (0x2099c, 0x2099c),
    (0x20aea, 0x20aea),
    (0x20afd, 0x20afd),
    (0x20b19, 0x20b19),
    (0x22390, 0x22390),
    (0x22998, 0x22998),
    (0x23b1b, 0x23b1b),
    (0x2626d, 0x2626d),
    (0x2f890, 0x2f890),
];
/// Combining marks (categories Mn, Mc, Me; runs may span unassigned code points): never
/// `isalpha`, though many are Unicode Alphabetic; identifier continuation characters.
pub(super) static MARKS: &[(u32, u32)] = &[
    (0x300, 0x36f),
    (0x483, 0x489),
    (0x591, 0x5bd),
    (0x5bf, 0x5bf),
    (0x5c1, 0x5c2),
    (0x5c4, 0x5c5),
    (0x5c7, 0x5c7),
    (0x610, 0x61a),
    (0x64b, 0x65f),
    (0x670, 0x670),
    (0x6d6, 0x6dc),
    (0x6df, 0x6e4),
    (0x6e7, 0x6e8),
    (0x6ea, 0x6ed),
    (0x711, 0x711),
    (0x730, 0x74a),
    (0x7a6, 0x7b0),
    (0x7eb, 0x7f3),
    (0x7fd, 0x7fd),
    (0x816, 0x819),
    (0x81b, 0x823),
    (0x825, 0x827),
    (0x829, 0x82d),
    (0x859, 0x85b),
    (0x898, 0x89f),
    (0x8ca, 0x8e1),
    (0x8e3, 0x903),
    (0x93a, 0x93c),
    (0x93e, 0x94f),
    (0x951, 0x957),
    (0x962, 0x963),
    (0x981, 0x983),
    (0x9bc, 0x9bc),
    (0x9be, 0x9cd),
    (0x9d7, 0x9d7),
    (0x9e2, 0x9e3),
    (0x9fe, 0xa03),
    (0xa3c, 0xa51),
    (0xa70, 0xa71),
    (0xa75, 0xa75),
    (0xa81, 0xa83),
    (0xabc, 0xabc),
    (0xabe, 0xacd),
    (0xae2, 0xae3),
    (0xafa, 0xb03),
    (0xb3c, 0xb3c),
    (0xb3e, 0xb57),
    (0xb62, 0xb63),
    (0xb82, 0xb82),
    (0xbbe, 0xbcd),
    (0xbd7, 0xbd7),
    (0xc00, 0xc04),
    (0xc3c, 0xc3c),
    (0xc3e, 0xc56),
    (0xc62, 0xc63),
    (0xc81, 0xc83),
    (0xcbc, 0xcbc),
    (0xcbe, 0xcd6),
    (0xce2, 0xce3),
    (0xd00, 0xd03),
    (0xd3b, 0xd3c),
    (0xd3e, 0xd4d),
    (0xd57, 0xd57),
    (0xd62, 0xd63),
    (0xd81, 0xd83),
    (0xdca, 0xddf),
    (0xdf2, 0xdf3),
    (0xe31, 0xe31),
    (0xe34, 0xe3a),
    (0xe47, 0xe4e),
    (0xeb1, 0xeb1),
    (0xeb4, 0xebc),
    (0xec8, 0xecd),
    (0xf18, 0xf19),
    (0xf35, 0xf35),
    (0xf37, 0xf37),
    (0xf39, 0xf39),
    (0xf3e, 0xf3f),
    (0xf71, 0xf84),
    (0xf86, 0xf87),
    (0xf8d, 0xfbc),
    (0xfc6, 0xfc6),
    (0x102b, 0x103e),
    (0x1056, 0x1059),
    (0x105e, 0x1060),
    (0x1062, 0x1064),
    (0x1067, 0x106d),
    (0x1071, 0x1074),
    (0x1082, 0x108d),
    (0x108f, 0x108f),
    (0x109a, 0x109d),
    (0x135d, 0x135f),
    (0x1712, 0x1715),
    (0x1732, 0x1734),
    (0x1752, 0x1753),
    (0x1772, 0x1773),
    (0x17b4, 0x17d3),
    (0x17dd, 0x17dd),
    (0x180b, 0x180d),
    (0x180f, 0x180f),
    (0x1885, 0x1886),
    (0x18a9, 0x18a9),
    (0x1920, 0x193b),
    (0x1a17, 0x1a1b),
    (0x1a55, 0x1a7f),
    (0x1ab0, 0x1b04),
    (0x1b34, 0x1b44),
    (0x1b6b, 0x1b73),
    (0x1b80, 0x1b82),
    (0x1ba1, 0x1bad),
    (0x1be6, 0x1bf3),
    (0x1c24, 0x1c37),
    (0x1cd0, 0x1cd2),
    (0x1cd4, 0x1ce8),
    (0x1ced, 0x1ced),
    (0x1cf4, 0x1cf4),
    (0x1cf7, 0x1cf9),
    (0x1dc0, 0x1dff),
    (0x20d0, 0x20f0),
    (0x2cef, 0x2cf1),
    (0x2d7f, 0x2d7f),
    (0x2de0, 0x2dff),
    (0x302a, 0x302f),
    (0x3099, 0x309a),
    (0xa66f, 0xa672),
    (0xa674, 0xa67d),
    (0xa69e, 0xa69f),
    (0xa6f0, 0xa6f1),
    (0xa802, 0xa802),
    (0xa806, 0xa806),
    (0xa80b, 0xa80b),
    (0xa823, 0xa827),
    (0xa82c, 0xa82c),
    (0xa880, 0xa881),
    (0xa8b4, 0xa8c5),
    (0xa8e0, 0xa8f1),
    (0xa8ff, 0xa8ff),
    (0xa926, 0xa92d),
    (0xa947, 0xa953),
    (0xa980, 0xa983),
    (0xa9b3, 0xa9c0),
    (0xa9e5, 0xa9e5),
    (0xaa29, 0xaa36),
    (0xaa43, 0xaa43),
    (0xaa4c, 0xaa4d),
    (0xaa7b, 0xaa7d),
    (0xaab0, 0xaab0),
    (0xaab2, 0xaab4),
    (0xaab7, 0xaab8),
    (0xaabe, 0xaabf),
    (0xaac1, 0xaac1),
    (0xaaeb, 0xaaef),
    (0xaaf5, 0xaaf6),
    (0xabe3, 0xabea),
    (0xabec, 0xabed),
    (0xfb1e, 0xfb1e),
    (0xfe00, 0xfe0f),
    (0xfe20, 0xfe2f),
    (0x101fd, 0x101fd),
    (0x102e0, 0x102e0),
    (0x10376, 0x1037a),
    (0x10a01, 0x10a0f),
    (0x10a38, 0x10a3f),
    (0x10ae5, 0x10ae6),
    (0x10d24, 0x10d27),
    (0x10eab, 0x10eac),
    (0x10f46, 0x10f50),
    (0x10f82, 0x10f85),
    (0x11000, 0x11002),
    (0x11038, 0x11046),
    (0x11070, 0x11070),
    (0x11073, 0x11074),
    (0x1107f, 0x11082),
    (0x110b0, 0x110ba),
    (0x110c2, 0x110c2),
    (0x11100, 0x11102),
    (0x11127, 0x11134),
    (0x11145, 0x11146),
    (0x11173, 0x11173),
    (0x11180, 0x11182),
    (0x111b3, 0x111c0),
    (0x111c9, 0x111cc),
    (0x111ce, 0x111cf),
    (0x1122c, 0x11237),
    (0x1123e, 0x1123e),
    (0x112df, 0x112ea),
    (0x11300, 0x11303),
    (0x1133b, 0x1133c),
    (0x1133e, 0x1134d),
    (0x11357, 0x11357),
    (0x11362, 0x11374),
    (0x11435, 0x11446),
    (0x1145e, 0x1145e),
    (0x114b0, 0x114c3),
    (0x115af, 0x115c0),
    (0x115dc, 0x115dd),
    (0x11630, 0x11640),
    (0x116ab, 0x116b7),
    (0x1171d, 0x1172b),
    (0x1182c, 0x1183a),
    (0x11930, 0x1193e),
    (0x11940, 0x11940),
    (0x11942, 0x11943),
    (0x119d1, 0x119e0),
    (0x119e4, 0x119e4),
    (0x11a01, 0x11a0a),
    (0x11a33, 0x11a39),
    (0x11a3b, 0x11a3e),
    (0x11a47, 0x11a47),
    (0x11a51, 0x11a5b),
    (0x11a8a, 0x11a99),
    (0x11c2f, 0x11c3f),
    (0x11c92, 0x11cb6),
    (0x11d31, 0x11d45),
    (0x11d47, 0x11d47),
    (0x11d8a, 0x11d97),
    (0x11ef3, 0x11ef6),
    (0x16af0, 0x16af4),
    (0x16b30, 0x16b36),
    (0x16f4f, 0x16f4f),
    (0x16f51, 0x16f92),
    (0x16fe4, 0x16ff1),
    (0x1bc9d, 0x1bc9e),
    (0x1cf00, 0x1cf46),
    (0x1d165, 0x1d169),
    (0x1d16d, 0x1d172),
    (0x1d17b, 0x1d182),
    (0x1d185, 0x1d18b),
    (0x1d1aa, 0x1d1ad),
    (0x1d242, 0x1d244),
    (0x1da00, 0x1da36),
    (0x1da3b, 0x1da6c),
    (0x1da75, 0x1da75),
    (0x1da84, 0x1da84),
    (0x1da9b, 0x1daaf),
    (0x1e000, 0x1e02a),
    (0x1e130, 0x1e136),
    (0x1e2ae, 0x1e2ae),
    (0x1e2ec, 0x1e2ef),
    (0x1e8d0, 0x1e8d6),
    (0x1e944, 0x1e94a),
    (0xe0100, 0xe01ef),
];
#[cfg(feature = "str-extras")]
/// Titlecase mappings that differ from uppercase (beyond the ranges `push_title` handles).
pub(super) static TITLE: &[(u32, &str)] = &[
    (0xdf, "Ss"),
    (0x1c4, "\u{1c5}"),
    (0x1c5, "\u{1c5}"),
    (0x1c6, "\u{1c5}"),
    (0x1c7, "\u{1c8}"),
    (0x1c8, "\u{1c8}"),
    (0x1c9, "\u{1c8}"),
    (0x1ca, "\u{1cb}"),
    (0x1cb, "\u{1cb}"),
    (0x1cc, "\u{1cb}"),
    (0x1f1, "\u{1f2}"),
    (0x1f2, "\u{1f2}"),
    (0x1f3, "\u{1f2}"),
    (0x587, "\u{535}\u{582}"),
    (0x1fb2, "\u{1fba}\u{345}"),
    (0x1fb3, "\u{1fbc}"),
    (0x1fb4, "\u{386}\u{345}"),
    (0x1fb7, "\u{391}\u{342}\u{345}"),
    (0x1fbc, "\u{1fbc}"),
    (0x1fc2, "\u{1fca}\u{345}"),
    (0x1fc3, "\u{1fcc}"),
    (0x1fc4, "\u{389}\u{345}"),
    (0x1fc7, "\u{397}\u{342}\u{345}"),
    (0x1fcc, "\u{1fcc}"),
    (0x1ff2, "\u{1ffa}\u{345}"),
    (0x1ff3, "\u{1ffc}"),
    (0x1ff4, "\u{38f}\u{345}"),
    (0x1ff7, "\u{3a9}\u{342}\u{345}"),
    (0x1ffc, "\u{1ffc}"),
    (0xfb00, "Ff"),
    (0xfb01, "Fi"),
    (0xfb02, "Fl"),
    (0xfb03, "Ffi"),
    (0xfb04, "Ffl"),
    (0xfb05, "St"),
    (0xfb06, "St"),
    (0xfb13, "\u{544}\u{576}"),
    (0xfb14, "\u{544}\u{565}"),
    (0xfb15, "\u{544}\u{56b}"),
    (0xfb16, "\u{54e}\u{576}"),
    (0xfb17, "\u{544}\u{56d}"),
];
#[cfg(feature = "str-extras")]
/// Case foldings that differ from lowercasing (beyond the Cherokee ranges `push_fold` handles).
pub(super) static FOLD: &[(u32, &str)] = &[
    (0xb5, "\u{3bc}"),
    (0xdf, "ss"),
    (0x149, "\u{2bc}n"),
    (0x17f, "s"),
    (0x1f0, "j\u{30c}"),
    (0x345, "\u{3b9}"),
    (0x390, "\u{3b9}\u{308}\u{301}"),
    (0x3b0, "\u{3c5}\u{308}\u{301}"),
    (0x3c2, "\u{3c3}"),
    (0x3d0, "\u{3b2}"),
    (0x3d1, "\u{3b8}"),
    (0x3d5, "\u{3c6}"),
    (0x3d6, "\u{3c0}"),
    (0x3f0, "\u{3ba}"),
    (0x3f1, "\u{3c1}"),
    (0x3f5, "\u{3b5}"),
    (0x587, "\u{565}\u{582}"),
    (0x1c80, "\u{432}"),
    (0x1c81, "\u{434}"),
    (0x1c82, "\u{43e}"),
    (0x1c83, "\u{441}"),
    (0x1c84, "\u{442}"),
    (0x1c85, "\u{442}"),
    (0x1c86, "\u{44a}"),
    (0x1c87, "\u{463}"),
    (0x1c88, "\u{a64b}"),
    (0x1e96, "h\u{331}"),
    (0x1e97, "t\u{308}"),
    (0x1e98, "w\u{30a}"),
    (0x1e99, "y\u{30a}"),
    (0x1e9a, "a\u{2be}"),
    (0x1e9b, "\u{1e61}"),
    (0x1e9e, "ss"),
    (0x1f50, "\u{3c5}\u{313}"),
    (0x1f52, "\u{3c5}\u{313}\u{300}"),
    (0x1f54, "\u{3c5}\u{313}\u{301}"),
    (0x1f56, "\u{3c5}\u{313}\u{342}"),
    (0x1f80, "\u{1f00}\u{3b9}"),
    (0x1f81, "\u{1f01}\u{3b9}"),
    (0x1f82, "\u{1f02}\u{3b9}"),
    (0x1f83, "\u{1f03}\u{3b9}"),
    (0x1f84, "\u{1f04}\u{3b9}"),
    (0x1f85, "\u{1f05}\u{3b9}"),
    (0x1f86, "\u{1f06}\u{3b9}"),
    (0x1f87, "\u{1f07}\u{3b9}"),
    (0x1f88, "\u{1f00}\u{3b9}"),
    (0x1f89, "\u{1f01}\u{3b9}"),
    (0x1f8a, "\u{1f02}\u{3b9}"),
    (0x1f8b, "\u{1f03}\u{3b9}"),
    (0x1f8c, "\u{1f04}\u{3b9}"),
    (0x1f8d, "\u{1f05}\u{3b9}"),
    (0x1f8e, "\u{1f06}\u{3b9}"),
    (0x1f8f, "\u{1f07}\u{3b9}"),
    (0x1f90, "\u{1f20}\u{3b9}"),
    (0x1f91, "\u{1f21}\u{3b9}"),
    (0x1f92, "\u{1f22}\u{3b9}"),
    (0x1f93, "\u{1f23}\u{3b9}"),
    (0x1f94, "\u{1f24}\u{3b9}"),
    (0x1f95, "\u{1f25}\u{3b9}"),
    (0x1f96, "\u{1f26}\u{3b9}"),
    (0x1f97, "\u{1f27}\u{3b9}"),
    (0x1f98, "\u{1f20}\u{3b9}"),
    (0x1f99, "\u{1f21}\u{3b9}"),
    (0x1f9a, "\u{1f22}\u{3b9}"),
    (0x1f9b, "\u{1f23}\u{3b9}"),
    (0x1f9c, "\u{1f24}\u{3b9}"),
    (0x1f9d, "\u{1f25}\u{3b9}"),
    (0x1f9e, "\u{1f26}\u{3b9}"),
    (0x1f9f, "\u{1f27}\u{3b9}"),
    (0x1fa0, "\u{1f60}\u{3b9}"),
    (0x1fa1, "\u{1f61}\u{3b9}"),
    (0x1fa2, "\u{1f62}\u{3b9}"),
    (0x1fa3, "\u{1f63}\u{3b9}"),
    (0x1fa4, "\u{1f64}\u{3b9}"),
    (0x1fa5, "\u{1f65}\u{3b9}"),
    (0x1fa6, "\u{1f66}\u{3b9}"),
    (0x1fa7, "\u{1f67}\u{3b9}"),
    (0x1fa8, "\u{1f60}\u{3b9}"),
    (0x1fa9, "\u{1f61}\u{3b9}"),
    (0x1faa, "\u{1f62}\u{3b9}"),
    (0x1fab, "\u{1f63}\u{3b9}"),
    (0x1fac, "\u{1f64}\u{3b9}"),
    (0x1fad, "\u{1f65}\u{3b9}"),
    (0x1fae, "\u{1f66}\u{3b9}"),
    (0x1faf, "\u{1f67}\u{3b9}"),
    (0x1fb2, "\u{1f70}\u{3b9}"),
    (0x1fb3, "\u{3b1}\u{3b9}"),
    (0x1fb4, "\u{3ac}\u{3b9}"),
    (0x1fb6, "\u{3b1}\u{342}"),
    (0x1fb7, "\u{3b1}\u{342}\u{3b9}"),
    (0x1fbc, "\u{3b1}\u{3b9}"),
    (0x1fbe, "\u{3b9}"),
    (0x1fc2, "\u{1f74}\u{3b9}"),
    (0x1fc3, "\u{3b7}\u{3b9}"),
    (0x1fc4, "\u{3ae}\u{3b9}"),
    (0x1fc6, "\u{3b7}\u{342}"),
    (0x1fc7, "\u{3b7}\u{342}\u{3b9}"),
    (0x1fcc, "\u{3b7}\u{3b9}"),
    (0x1fd2, "\u{3b9}\u{308}\u{300}"),
    (0x1fd3, "\u{3b9}\u{308}\u{301}"),
    (0x1fd6, "\u{3b9}\u{342}"),
    (0x1fd7, "\u{3b9}\u{308}\u{342}"),
    (0x1fe2, "\u{3c5}\u{308}\u{300}"),
    (0x1fe3, "\u{3c5}\u{308}\u{301}"),
    (0x1fe4, "\u{3c1}\u{313}"),
    (0x1fe6, "\u{3c5}\u{342}"),
    (0x1fe7, "\u{3c5}\u{308}\u{342}"),
    (0x1ff2, "\u{1f7c}\u{3b9}"),
    (0x1ff3, "\u{3c9}\u{3b9}"),
    (0x1ff4, "\u{3ce}\u{3b9}"),
    (0x1ff6, "\u{3c9}\u{342}"),
    (0x1ff7, "\u{3c9}\u{342}\u{3b9}"),
    (0x1ffc, "\u{3c9}\u{3b9}"),
    (0xfb00, "ff"),
    (0xfb01, "fi"),
    (0xfb02, "fl"),
    (0xfb03, "ffi"),
    (0xfb04, "ffl"),
    (0xfb05, "st"),
    (0xfb06, "st"),
    (0xfb13, "\u{574}\u{576}"),
    (0xfb14, "\u{574}\u{565}"),
    (0xfb15, "\u{574}\u{56b}"),
    (0xfb16, "\u{57e}\u{576}"),
    (0xfb17, "\u{574}\u{56d}"),
];
