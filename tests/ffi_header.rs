// SPDX-License-Identifier: MIT
//! Keeps `zephyr/include/pyrite.h` and the Rust side of the C API in agreement, mechanically:
//! every function prototype, every field of `pyrite_platform` and every `PYRITE_*` constant in
//! the header must match an `extern "C"` function, a `PyritePlatform` field or a `pub const` in
//! `src/ffi.rs` (and `pyrite_port_*` the imports in `zephyr/rust/src/lib.rs`), type by type, and
//! the other way round.
//!
//! A small parser instead of bindgen: the header is plain C declarations (no macros in types),
//! and this runs everywhere `cargo test` does without libclang. C types are mapped to Rust
//! spellings (`const uint8_t *` → `*const u8`, `size_t` → `usize`, `pyrite_vm **` →
//! `*mut *mut PyriteVm`) and parameter names are ignored.
// A test: a failed expectation is a panic with its reason.
#![allow(clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

const HEADER: &str = include_str!("../zephyr/include/pyrite.h");
const FFI: &str = include_str!("../src/ffi.rs");
const EMBED: &str = include_str!("../zephyr/rust/src/lib.rs");

/// Removes `/* */` and `//` comments.
fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    out.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits at top-level commas (not inside parentheses or angle brackets).
fn split_top(s: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '<' => depth += 1,
            ')' | '>' if !cur.ends_with('-') => depth -= 1,
            _ => {}
        }
        if c == sep && depth == 0 {
            parts.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        parts.push(cur.trim().to_string());
    }
    parts
}

/// A C type (no name) in Rust spelling.
fn c_type(t: &str) -> String {
    let t = squash(t);
    let stars = t.matches('*').count();
    let base = t.replace('*', "");
    let base = base.trim();
    let (is_const, base) = match base.strip_prefix("const ") {
        Some(b) => (true, b.trim()),
        None => (false, base),
    };
    let name = match base {
        "int32_t" => "i32",
        "uint32_t" => "u32",
        "uint64_t" => "u64",
        "int64_t" => "i64",
        "uint8_t" => "u8",
        "size_t" => "usize",
        "void" if stars > 0 => "c_void",
        "void" => "()",
        "pyrite_vm" => "PyriteVm",
        "pyrite_platform" => "PyritePlatform",
        other => panic!("pyrite.h uses a type the checker does not know: {other}"),
    };
    let mut s = name.to_string();
    for i in 0..stars {
        let q = if i == 0 && is_const {
            "*const "
        } else {
            "*mut "
        };
        s = format!("{q}{s}");
    }
    s
}

/// A C parameter (`const uint8_t *buf`) → its type in Rust spelling.
fn c_param(p: &str) -> String {
    let p = p.trim();
    if p == "void" {
        return String::new();
    }
    // The name is the trailing identifier.
    let cut = p
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    c_type(&p[..cut])
}

fn c_params(ps: &str) -> String {
    let v: Vec<String> = split_top(ps, ',')
        .iter()
        .map(|p| c_param(p))
        .filter(|s| !s.is_empty())
        .collect();
    v.join(", ")
}

/// A Rust type, canonical: no parameter names in fn types, `-> ()` explicit, single spaces.
fn rust_type(t: &str) -> String {
    let t = squash(t)
        .replace("core::ffi::", "")
        .replace("< ", "<")
        .replace(",>", ">")
        .replace(", >", ">");
    if let Some(open) = t.find("fn(") {
        let inner_start = open + 3;
        let mut depth = 1;
        let mut close = inner_start;
        for (i, c) in t[inner_start..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = inner_start + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let params = rust_params(&t[inner_start..close]);
        let after = t[close + 1..].trim();
        let (ret, tail) = match after.strip_prefix("->") {
            Some(r) => {
                let r = r.trim();
                let end = r.find('>').unwrap_or(r.len());
                (rust_type(&r[..end]), &r[end..])
            }
            None => ("()".to_string(), after),
        };
        return format!("{}fn({params}) -> {ret}{tail}", &t[..open]);
    }
    t.trim().to_string()
}

fn rust_params(ps: &str) -> String {
    let v: Vec<String> = split_top(ps, ',')
        .iter()
        .map(|p| match p.split_once(':') {
            Some((_, t)) => rust_type(t),
            None => rust_type(p),
        })
        .collect();
    v.join(", ")
}

/// Header function prototypes: name → "(params) -> ret".
fn header_functions(h: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let body = h
        .split("typedef struct pyrite_platform")
        .collect::<Vec<_>>()
        .join("");
    for decl in body.split(';') {
        let d = squash(decl);
        let d = d.rsplit('}').next().unwrap_or(&d).trim().to_string();
        let d = d.lines().last().unwrap_or("").to_string();
        let Some(open) = d.find("pyrite_") else {
            continue;
        };
        let Some(paren) = d[open..].find('(') else {
            continue;
        };
        if d.contains("typedef") || d.contains('#') {
            continue;
        }
        let name = d[open..open + paren].trim().to_string();
        let ret = c_type(&d[..open]);
        let params = d[open + paren + 1..d.rfind(')').unwrap_or(d.len())].to_string();
        out.insert(name, format!("({}) -> {ret}", c_params(&params)));
    }
    out
}

/// Rust `extern "C" fn`s (definitions or imports) in `src`: name → "(params) -> ret".
fn rust_functions(src: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = src;
    while let Some(i) = rest.find("fn pyrite_") {
        let decl = &rest[i + 3..];
        let open = decl.find('(').unwrap_or(0);
        let name = decl[..open].to_string();
        let mut depth = 0;
        let mut close = open;
        for (j, c) in decl[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let after = &decl[close + 1..];
        let end = after.find(['{', ';']).unwrap_or(after.len());
        let ret = after[..end]
            .trim()
            .strip_prefix("->")
            .map_or("()".to_string(), rust_type);
        out.insert(
            name,
            format!("({}) -> {ret}", rust_params(&decl[open + 1..close])),
        );
        rest = &decl[close..];
    }
    out
}

/// The platform table's fields in the header: name → Rust spelling of its type.
fn header_fields(h: &str) -> Vec<(String, String)> {
    let start = h
        .find("typedef struct pyrite_platform {")
        .expect("the struct")
        + 32;
    let end = h[start..].find("} pyrite_platform;").expect("its end") + start;
    let mut out = Vec::new();
    for f in h[start..end].split(';') {
        let f = squash(f);
        if f.is_empty() {
            continue;
        }
        if let Some(i) = f.find("(*") {
            let ret = c_type(&f[..i]);
            let close = f[i..].find(')').expect("(*name)") + i;
            let name = f[i + 2..close].trim().to_string();
            let params = &f[close + 1..];
            let params = params.trim().trim_start_matches('(').trim_end_matches(')');
            out.push((
                name,
                format!(
                    "Option<unsafe extern \"C\" fn({}) -> {ret}>",
                    c_params(params)
                ),
            ));
        } else {
            let cut = f
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .expect("a name")
                + 1;
            out.push((f[cut..].to_string(), c_type(&f[..cut])));
        }
    }
    out
}

/// `PyritePlatform`'s fields in Rust, in order.
fn rust_fields(src: &str) -> Vec<(String, String)> {
    let start = src.find("pub struct PyritePlatform {").expect("the struct") + 27;
    let mut depth = 1;
    let mut end = start;
    for (i, c) in src[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    end = start + i;
                    break;
                }
            }
            _ => {}
        }
    }
    split_top(&src[start..end], ',')
        .iter()
        .filter_map(|f| {
            let f = f.trim().strip_prefix("pub ")?;
            let (name, t) = f.split_once(':')?;
            Some((name.trim().to_string(), rust_type(t)))
        })
        .collect()
}

fn header_consts(h: &str) -> BTreeMap<String, i64> {
    h.lines()
        .filter_map(|l| {
            let l = l.strip_prefix("#define PYRITE_")?;
            let mut it = l.split_whitespace();
            let name = format!("PYRITE_{}", it.next()?);
            let v = it.next()?.trim_matches(['(', ')']).parse().ok()?;
            Some((name, v))
        })
        .collect()
}

fn rust_consts(src: &str) -> BTreeMap<String, i64> {
    src.lines()
        .filter_map(|l| {
            let l = l.trim().strip_prefix("pub const PYRITE_")?;
            let (name, v) = l.split_once(": i32 =")?;
            Some((
                format!("PYRITE_{name}"),
                v.trim().trim_end_matches(';').parse().ok()?,
            ))
        })
        .collect()
}

#[test]
fn functions_agree() {
    let h = header_functions(&strip_comments(HEADER));
    let mut r = rust_functions(&strip_comments(FFI));
    r.extend(rust_functions(&strip_comments(EMBED)));
    assert!(h.len() >= 10, "parsed too few prototypes: {h:?}");
    assert_eq!(
        h, r,
        "pyrite.h (left) and the Rust extern fns (right) differ"
    );
}

#[test]
fn platform_table_agrees() {
    let h = header_fields(&strip_comments(HEADER));
    let r = rust_fields(&strip_comments(FFI));
    assert_eq!(h.len(), 22, "{h:?}");
    assert_eq!(
        h, r,
        "pyrite_platform (left) and PyritePlatform (right) differ"
    );
}

#[test]
fn constants_agree() {
    let h = header_consts(HEADER);
    let r = rust_consts(FFI);
    assert!(h.len() >= 7, "{h:?}");
    assert_eq!(h, r);
}
