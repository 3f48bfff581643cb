// SPDX-License-Identifier: MIT
//! Freezes the standard-library modules written in Python (`src/modules/frozen/*.py`, listed
//! in `FROZEN` in `src/modules/frozen/mod.rs`) into `.pyr` bytecode at build time, so a board
//! imports them without running the compiler and flash holds bytecode, not source.
//!
//! The compiler and the `.pyr` writer are the crate's own `src/compile` and `src/bytecode`
//! (self-contained: they use nothing else of the crate), compiled into this script with
//! `#[path]`. Output: `$OUT_DIR/frozen_pyr.rs`, included by `src/modules/frozen/mod.rs`. A
//! frozen module that does not compile fails the build with its SyntaxError.
#![allow(dead_code, unused_imports, unused_variables, missing_docs)]
#![allow(clippy::all)]

extern crate alloc;

#[path = "src/error_text.rs"]
#[macro_use]
mod error_text;
#[path = "src/bytecode/mod.rs"]
mod bytecode;
#[path = "src/compile/mod.rs"]
mod compile;
#[path = "src/rust_memory.rs"]
#[allow(dead_code)]
mod rust_memory;

/// The compiler's `crate::FLOAT_LITERALS` (src/lib.rs): frozen modules may use floats; a build
/// without them refuses such a module at import (the `.pyr` records that it needs floats).
const FLOAT_LITERALS: bool = true;

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/modules/frozen");
    println!("cargo:rerun-if-changed=src/compile");
    println!("cargo:rerun-if-changed=src/bytecode");
    println!("cargo:rerun-if-changed={}", dir.display());
    let list = std::fs::read_to_string(dir.join("mod.rs")).unwrap_or_default();
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| String::from("."));
    let mut table = String::from(
        "/// (import name, `.pyr` bytes) of every frozen module, made by `build.rs`.\n\
         pub static FROZEN_PYR: &[(&str, &[u8])] = &[\n",
    );
    // Without the `frozen` feature the table is empty (the build script still runs).
    let wanted = std::env::var_os("CARGO_FEATURE_FROZEN").is_some();
    let entries = if wanted {
        frozen_entries(&list)
    } else {
        Vec::new()
    };
    for (name, file) in entries {
        let path = dir.join(&file);
        println!("cargo:rerun-if-changed={}", path.display());
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => fail(&format!(
                "frozen module {name}: cannot read {}: {e}",
                path.display()
            )),
        };
        let filename = format!("<frozen {name}>");
        let code = match compile::compile(&source, &filename, compile::Mode::Exec) {
            Ok(c) => c,
            Err(e) => fail(&format!(
                "frozen module {name} ({}) line {}: {}",
                path.display(),
                e.line,
                e.msg
            )),
        };
        let bytes = bytecode::pyr::write(&code);
        let out = Path::new(&out_dir).join(format!("{name}.pyr"));
        if let Err(e) = std::fs::write(&out, &bytes) {
            fail(&format!("cannot write {}: {e}", out.display()));
        }
        let _ = writeln!(
            table,
            "    ({name:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}.pyr\"))),"
        );
    }
    table.push_str("];\n");
    let out = Path::new(&out_dir).join("frozen_pyr.rs");
    if let Err(e) = std::fs::write(&out, table) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

/// The `("name", include_str!("file.py"))` entries of the `FROZEN` list, in order, without
/// those under a `#[cfg(feature = "...")]` line whose feature is off in this build.
fn frozen_entries(list: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut wanted = true;
    for line in list.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("#[cfg(feature = \"") {
            let feature = rest.split('"').next().unwrap_or("");
            let var = format!("CARGO_FEATURE_{}", feature.to_uppercase().replace('-', "_"));
            wanted = std::env::var_os(var).is_some();
            continue;
        }
        let Some(i) = line.find("include_str!(\"") else {
            continue;
        };
        let file = line[i + "include_str!(\"".len()..]
            .split('"')
            .next()
            .unwrap_or("");
        // The name is the string literal before the include_str!.
        let name = line[..i].split('"').nth(1).unwrap_or("");
        if wanted && !name.is_empty() && file.ends_with(".py") {
            out.push((name.to_string(), file.to_string()));
        }
        wanted = true;
    }
    out
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}
