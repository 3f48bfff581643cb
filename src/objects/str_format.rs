// SPDX-License-Identifier: MIT
//! String formatting: `format(value, spec)` with the format-specification mini-language,
//! `str.format`/`str.format_map`, and `%` formatting, with CPython 3.11's rules and messages.

#[cfg(feature = "detailed-errors")]
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::{Kind, Value};
use crate::vm::{PyResult, Vm};

use super::bigint::BigInt;
#[cfg(feature = "float")]
use super::float;
#[cfg(feature = "float")]
use super::float_fmt::{self, FloatSpec};
use super::{class, int};

/// Widths and precisions beyond this raise MemoryError instead of allocating.
pub(crate) const MAX_WIDTH: usize = 1 << 26;

// ---------------------------------------------------------------------------------------------
// The format-specification mini-language
// ---------------------------------------------------------------------------------------------

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spec {
    pub(crate) fill: char,
    pub(crate) fill_given: bool,
    pub(crate) align: Option<char>,
    pub(crate) sign: Option<char>,
    pub(crate) no_neg_zero: bool,
    pub(crate) alternate: bool,
    pub(crate) width: usize,
    pub(crate) grouping: Option<char>,
    pub(crate) precision: Option<usize>,
    pub(crate) ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads decimal digits at `*i`: None if there are none.
fn read_int(vm: &mut Vm, cs: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let mut n: usize = 0;
    let start = *i;
    while let Some(d) = cs.get(*i).and_then(|c| c.to_digit(10)) {
        n = match n.checked_mul(10).and_then(|n| n.checked_add(d as usize)) {
            Some(n) if n <= i64::MAX as usize => n,
            _ => return Err(vm.value_error("Too many decimal digits in format string")),
        };
        *i += 1;
    }
    Ok(if *i == start { None } else { Some(n) })
}

/// Parses a spec for a value whose type name (for messages) is `tname` and default alignment
/// `default_align` (`<` for str, `>` for numbers).
pub(crate) fn parse_spec(
    vm: &mut Vm,
    spec: &str,
    tname: &str,
    default_align: char,
) -> PyResult<Spec> {
    parse_spec_typed(vm, spec, tname, default_align, None)
}

/// [`parse_spec`] with the type assumed when none is given (`s` for str), as CPython checks
/// grouping against it.
fn parse_spec_typed(
    vm: &mut Vm,
    spec: &str,
    tname: &str,
    default_align: char,
    default_type: Option<char>,
) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        fill_given: false,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut i = 0;
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = cs[0];
        s.fill_given = true;
        s.align = Some(cs[1]);
        i = 2;
    } else if cs.first().is_some_and(|&c| is_align(c)) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = cs.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if cs.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if cs.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if !s.fill_given && cs.get(i) == Some(&'0') {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        i += 1;
    }
    if let Some(w) = read_int(vm, &cs, &mut i)? {
        s.width = w;
    }
    if cs.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if cs.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        i += 1;
    }
    if cs.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if cs.get(i) == Some(&'.') {
        i += 1;
        match read_int(vm, &cs, &mut i)? {
            Some(p) => s.precision = Some(p),
            None => return Err(vm.value_error("Format specifier missing precision")),
        }
    }
    if cs.len() > i + 1 {
        return Err(vm.value_error(error_msg!(
            "invalid format specifier",
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        )));
    }
    if let Some(&t) = cs.get(i) {
        s.ty = Some(t);
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty.or(default_type) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(vm.value_error(error_msg!(
                "invalid format specifier",
                "Cannot specify '{g}' with {shown}.",
                shown = match s.ty.or(default_type).unwrap_or(' ') {
                    t if (' '..'\x7f').contains(&t) && t != ' ' => format!("'{t}'"),
                    t => format!("'\\x{:x}'", t as u32),
                }
            )));
        }
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(vm.value_error("precision too big"));
    }
    let limit = vm.heap.size_bytes().min(MAX_WIDTH);
    if s.width > limit || s.precision.is_some_and(|p| p > limit) {
        return Err(vm.memory_error());
    }
    Ok(s)
}

pub(crate) fn unknown_code(vm: &mut Vm, t: char, tname: &str) -> crate::vm::PyErr {
    if (' '..'\x7f').contains(&t) && t != ' ' {
        vm.value_error(error_msg!(
            "unknown format code",
            "Unknown format code '{t}' for object of type '{tname}'"
        ))
    } else {
        vm.value_error(error_msg!(
            "unknown format code",
            "Unknown format code '\\x{:x}' for object of type '{tname}'",
            t as u32
        ))
    }
}

/// Pads `body` (already signed) to the width with fill and alignment (`=` handled by the
/// caller).
pub(crate) fn align_text(out: &mut String, body: &str, spec: &Spec, default_align: char) {
    let n = body.chars().count();
    let pad = spec.width.saturating_sub(n);
    let (left, right) = match spec.align.unwrap_or(default_align) {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    for _ in 0..left {
        out.push(spec.fill);
    }
    out.push_str(body);
    for _ in 0..right {
        out.push(spec.fill);
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: the integer digits with `sep` every `every`
/// digits, left-padded with zeros (grouped too) to at least `min_width` characters.
fn group(digits: &str, sep: Option<char>, every: usize, min_width: isize) -> String {
    let d: Vec<u8> = digits.bytes().collect();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let Some(sep) = sep else {
        let zeros = (min_width - remaining).max(0) as usize;
        let mut out = String::with_capacity(zeros + d.len());
        for _ in 0..zeros {
            out.push('0');
        }
        out.push_str(digits);
        return out;
    };
    if d.is_empty() && min_width <= 0 {
        return String::new();
    }
    let mut rev: Vec<char> = Vec::new();
    let mut use_sep = false;
    let every = every as isize;
    let mut pos = d.len();
    loop {
        let l = every.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(char::from(d[pos]));
        }
        rev.extend(core::iter::repeat_n('0', n_zeros as usize));
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.iter().rev().collect()
}

/// Lays out a number: `neg` sign, `prefix` (`0x`), integer `digits`, and `rest` (point,
/// fraction, exponent, `%`), with sign option, grouping, fill, alignment and width.
fn layout_number(
    neg: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &Spec,
    every: usize,
) -> String {
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = spec.align.unwrap_or('>');
    let fixed = sign.len() + prefix.len() + rest.chars().count();
    let min_width = if spec.fill == '0' && align == '=' {
        spec.width as isize - fixed as isize
    } else {
        0
    };
    let grouped = group(digits, spec.grouping, every, min_width);
    let n = fixed + grouped.chars().count();
    let pad = spec.width.saturating_sub(n);
    let mut out = String::with_capacity(n + pad);
    let push_fill = |out: &mut String, k: usize| {
        for _ in 0..k {
            out.push(spec.fill);
        }
    };
    match align {
        '<' => {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&grouped);
            out.push_str(rest);
            push_fill(&mut out, pad);
        }
        '^' => {
            push_fill(&mut out, pad / 2);
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&grouped);
            out.push_str(rest);
            push_fill(&mut out, pad - pad / 2);
        }
        '=' => {
            out.push_str(sign);
            out.push_str(prefix);
            push_fill(&mut out, pad);
            out.push_str(&grouped);
            out.push_str(rest);
        }
        _ => {
            push_fill(&mut out, pad);
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&grouped);
            out.push_str(rest);
        }
    }
    out
}

/// `format(s, spec)` for str.
fn format_str_spec(vm: &mut Vm, text: &str, spec: &str) -> PyResult<String> {
    let s = parse_spec_typed(vm, spec, "str", '<', Some('s'))?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(vm, t, "str")),
    }
    if s.sign == Some(' ') {
        return Err(vm.value_error("Space not allowed in string format specifier"));
    }
    if s.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if s.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if s.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: &str = match s.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((b, _)) => &text[..b],
            None => text,
        },
        None => text,
    };
    let mut out = String::with_capacity(body.len() + s.width);
    align_text(&mut out, body, &s, '<');
    Ok(out)
}

/// `format(i, spec)` for int (and bool).
fn format_int_spec(vm: &mut Vm, v: Value, spec: &str, tname: &str) -> PyResult<String> {
    let s = parse_spec(vm, spec, tname, '>')?;
    let big = int::to_big(vm, v).unwrap_or_else(|| BigInt::from_i64(0));
    let ty = s.ty.unwrap_or('d');
    let (radix, upper, prefix) = match ty {
        'd' | 'n' => (10, false, ""),
        'b' => (2, false, "0b"),
        'o' => (8, false, "0o"),
        'x' => (16, false, "0x"),
        'X' => (16, true, "0X"),
        'c' => (0, false, ""),
        #[cfg(feature = "float")]
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match big.to_f64() {
                Some(x) => x,
                None => return Err(vm.overflow_error("int too large to convert to float")),
            };
            return format_float_parsed(vm, x, s, tname);
        }
        t => return Err(unknown_code(vm, t, tname)),
    };
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alternate {
            return Err(
                vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        // format(x, 'c') converts to a C long first (a percent format checks only the range).
        if big.to_i64().is_none() {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        }
        let c = big
            .to_i64()
            .and_then(|n| u32::try_from(n).ok())
            .and_then(char::from_u32);
        let Some(c) = c else {
            return Err(vm.overflow_error("%c arg not in range(0x110000)"));
        };
        let mut buf = [0u8; 4];
        let body = c.encode_utf8(&mut buf);
        return Ok(layout_number(false, "", "", body, &s, 3));
    }
    let digits = big.abs().to_str_radix(radix, !upper);
    let prefix = if s.alternate { prefix } else { "" };
    let every = if radix == 10 { 3 } else { 4 };
    Ok(layout_number(
        big.is_negative(),
        prefix,
        &digits,
        "",
        &s,
        every,
    ))
}

/// `format(x, spec)` for float.
#[cfg(feature = "float")]
fn format_float_spec(vm: &mut Vm, x: f64, spec: &str) -> PyResult<String> {
    let s = parse_spec(vm, spec, "float", '>')?;
    format_float_parsed(vm, x, s, "float")
}

#[cfg(feature = "float")]
pub(crate) fn format_float_parsed(vm: &mut Vm, x: f64, s: Spec, tname: &str) -> PyResult<String> {
    let ty = match s.ty {
        None => None,
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => Some(t),
        Some(t) => return Err(unknown_code(vm, t, tname)),
    };
    let fs = FloatSpec {
        ty,
        precision: s.precision,
        alternate: s.alternate,
    };
    let Some(text) = float_fmt::format(x, &fs) else {
        return Err(unknown_code(vm, s.ty.unwrap_or('?'), tname));
    };
    let (mut neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text.as_str()),
    };
    if neg && s.no_neg_zero && x.is_finite() {
        let mant = body.split(['e', 'E']).next().unwrap_or("");
        if !mant.bytes().any(|c| (b'1'..=b'9').contains(&c)) {
            neg = false;
        }
    }
    let split = body
        .bytes()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let s = if x.is_finite() {
        s
    } else {
        Spec {
            grouping: None,
            ..s
        }
    };
    Ok(layout_number(neg, "", digits, rest, &s, 3))
}

/// `format(v, spec)`, as text.
pub fn format_to_string(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if matches!(vm.heap.kind(v), Kind::Instance | Kind::Exception) && !v.is_const() {
        let sv = vm.new_str(spec)?;
        let d = vm.heap.push_root(sv);
        let r = class::call_special(vm, v, "__format__", &[sv]);
        vm.heap.pop_roots(d);
        if let Some(r) = r? {
            return match vm.str_text(vm.builtin_value(r)) {
                Some(t) => Ok(String::from(t)),
                None => Err(vm.type_error(error_msg!(
                    "__format__ must return a str",
                    "__format__ must return a str, not {t}",
                    t = vm.type_name(r)
                ))),
            };
        }
    }
    if spec.is_empty() {
        return vm.str_string(v);
    }
    let inner = vm.builtin_value(v);
    let tname = vm.type_name(v);
    if let Some(t) = vm.str_text(inner) {
        let t = String::from(t);
        return format_str_spec(vm, &t, spec);
    }
    if vm.is_int(inner) {
        return format_int_spec(vm, inner, spec, &tname);
    }
    #[cfg(feature = "float")]
    if float::is_float(vm, inner) {
        let x = float::get(vm, inner);
        return format_float_spec(vm, x, spec);
    }
    #[cfg(feature = "complex")]
    if super::complex::is_complex(vm, inner) {
        return super::complex_format::format_spec(vm, inner, spec);
    }
    Err(vm.type_error(error_msg!(
        "unsupported format string",
        "unsupported format string passed to {tname}.__format__"
    )))
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() && vm.str_text(v).is_some() {
        return Ok(v);
    }
    if spec.is_empty() && !matches!(vm.heap.kind(v), Kind::Instance | Kind::Exception) {
        return vm.to_str(v);
    }
    let s = format_to_string(vm, v, spec)?;
    vm.new_str(&s)
}

// ---------------------------------------------------------------------------------------------
// str.format and str.format_map
// ---------------------------------------------------------------------------------------------

/// Automatic (`{}`) versus manual (`{0}`) field numbering.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct FormatCtx<'a> {
    args: &'a [Value],
    kw: &'a [(Value, Value)],
    /// The mapping of `format_map` (NULL for `format`).
    map: Value,
    numbering: Numbering,
}

/// `text.format(*args, **kw)`, or `text.format_map(map)` when `map` is not NULL.
pub fn format_method(
    vm: &mut Vm,
    text: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    map: Value,
) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args,
        kw,
        map,
        numbering: Numbering::Unknown,
    };
    let cs: Vec<char> = text.chars().collect();
    render(vm, &cs, &mut ctx, 2)
}

/// The parts of one replacement field.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_nested: bool,
}

fn render(vm: &mut Vm, cs: &[char], ctx: &mut FormatCtx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        if c == '}' {
            if cs.get(i) == Some(&'}') {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            continue;
        }
        if i >= cs.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if cs[i] == '{' {
            out.push('{');
            i += 1;
            continue;
        }
        let field = parse_field(vm, cs, &mut i)?;
        let s = render_field(vm, field, ctx, depth)?;
        out.push_str(&s);
    }
    Ok(out)
}

/// Parses a field after its `{`, leaving `*i` after its closing `}`.
fn parse_field(vm: &mut Vm, cs: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut c = '\0';
    while *i < cs.len() {
        c = cs[*i];
        *i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *i < cs.len() && cs[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    if !matches!(c, '}' | ':' | '!') {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name: String = cs[start..*i - 1].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: String::new(),
        spec_nested: false,
    };
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        if *i >= cs.len() {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        field.conversion = Some(cs[*i]);
        *i += 1;
        if *i < cs.len() {
            let d = cs[*i];
            *i += 1;
            if d == '}' {
                return Ok(field);
            }
            if d != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < cs.len() {
        let d = cs[*i];
        *i += 1;
        match d {
            '{' => {
                field.spec_nested = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = cs[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn render_field(vm: &mut Vm, field: Field, ctx: &mut FormatCtx, depth: i32) -> PyResult<String> {
    let obj = lookup_field(vm, &field.name, ctx)?;
    let d = vm.heap.push_root(obj);
    let r = (|| {
        let obj = match field.conversion {
            None => obj,
            Some('r') => vm.repr(obj)?,
            Some('s') => vm.to_str(obj)?,
            Some('a') => vm.ascii(obj)?,
            Some(c) => {
                return Err(vm.value_error(error_msg!(
                    "unknown conversion specifier",
                    "Unknown conversion specifier {c}"
                )));
            }
        };
        vm.heap.push_root(obj);
        let spec = if field.spec_nested {
            let cs: Vec<char> = field.spec.chars().collect();
            render(vm, &cs, ctx, depth - 1)?
        } else {
            field.spec.clone()
        };
        format_to_string(vm, obj, &spec)
    })();
    vm.heap.pop_roots(d);
    r
}

/// Is `s` a non-empty run of ASCII digits? Its value then (`Err` when it overflows: CPython's
/// `Too many decimal digits in format string`).
fn as_index(s: &str) -> Result<Option<usize>, ()> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= i64::MAX as usize => Ok(Some(n)),
        _ => Err(()),
    }
}

/// [`as_index`], raising on overflow.
fn field_index(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    as_index(s).map_err(|()| vm.value_error("Too many decimal digits in format string"))
}

/// Resolves a field name (`0`, `name`, ``, `0.attr[key]`).
fn lookup_field(vm: &mut Vm, name: &str, ctx: &mut FormatCtx) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let first_index = field_index(vm, first)?;
    let mut obj = if first.is_empty() || first_index.is_some() {
        let idx = if first.is_empty() {
            match ctx.numbering {
                Numbering::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Auto(n) => {
                    ctx.numbering = Numbering::Auto(n + 1);
                    n
                }
                Numbering::Unknown => {
                    ctx.numbering = Numbering::Auto(1);
                    0
                }
            }
        } else {
            if let Numbering::Auto(_) = ctx.numbering {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            ctx.numbering = Numbering::Manual;
            first_index.unwrap_or(usize::MAX)
        };
        if !ctx.map.is_null() {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        match ctx.args.get(idx) {
            Some(&v) => v,
            None => {
                return Err(vm.index_error(error_msg!(
                    "replacement index out of range",
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else if !ctx.map.is_null() {
        let k = vm.new_str(first)?;
        let d = vm.heap.push_root(k);
        let r = vm.getitem(ctx.map, k);
        vm.heap.pop_roots(d);
        r?
    } else {
        match ctx.kw.iter().find(|(k, _)| vm.str_text(*k) == Some(first)) {
            Some(&(_, v)) => v,
            None => {
                let k = vm.new_str(first)?;
                return Err(vm.key_error(k));
            }
        }
    };
    let d = vm.heap.push_root(obj);
    let r = (|| {
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attr = &after[..end];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let n = vm.intern(attr)?;
                obj = vm.getattr(obj, n)?;
                vm.heap.push_root(obj);
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(end) = after.find(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &after[..end];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let k = match field_index(vm, key)? {
                    Some(i) => int::from_i64(vm, i as i64)?,
                    None => vm.new_str(key)?,
                };
                vm.heap.push_root(k);
                obj = vm.getitem(obj, k)?;
                vm.heap.push_root(obj);
                rest = &after[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(obj)
    })();
    vm.heap.pop_roots(d);
    r
}
