// SPDX-License-Identifier: MIT
//! `pyrite-cross`: the ahead-of-time compiler (as MicroPython's `mpy-cross`). Compiles Python
//! source on a PC into a `.pyr` file (`bytecode::pyr`), which a board runs without its
//! compiler: put it on the board's `sys.path` and `import` it, hand it to `pyrite_exec_pyr`
//! from C, or run it with `pyrite file.pyr`.
//!
//! ```text
//! pyrite-cross file.py                 writes file.pyr
//! pyrite-cross file.py -o out.pyr      writes out.pyr
//! pyrite-cross -s name.py file.py      the file name recorded for tracebacks (default: as given)
//! ```
//! A syntax error is reported as CPython words it, with exit status 1; bad usage exits with 2.

use std::process::ExitCode;

use pyrite::bytecode::pyr;
use pyrite::compile::{compile, Mode};

const USAGE: &str = "usage: pyrite-cross [-o OUTPUT.pyr] [-s SOURCE_NAME] FILE.py";

fn main() -> ExitCode {
    let mut input = None;
    let mut output = None;
    let mut source_name = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-o" => output = args.next(),
            "-s" => source_name = args.next(),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if a.starts_with('-') && a != "-" => {
                eprintln!("pyrite-cross: unknown option {a}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ if input.is_none() => input = Some(a),
            _ => {
                eprintln!("pyrite-cross: one input file only\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(input) = input else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(&input) {
        Ok(b) => match String::from_utf8(b) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("pyrite-cross: {input}: source is not valid UTF-8");
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!("pyrite-cross: can't open file '{input}': {e}");
            return ExitCode::FAILURE;
        }
    };
    let name = source_name.unwrap_or_else(|| input.clone());
    let code = match compile(&text, &name, Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let line = text
                .lines()
                .nth(e.line.saturating_sub(1) as usize)
                .unwrap_or("");
            eprintln!("  File \"{name}\", line {}\n    {}", e.line, line.trim());
            eprintln!("{}: {}", kind_name(&e), e.msg);
            return ExitCode::FAILURE;
        }
    };
    let output = output.unwrap_or_else(|| match input.strip_suffix(".py") {
        Some(stem) => format!("{stem}.pyr"),
        None => format!("{input}.pyr"),
    });
    if let Err(e) = std::fs::write(&output, pyr::write(&code)) {
        eprintln!("pyrite-cross: cannot write {output}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn kind_name(e: &pyrite::compile::CompileError) -> &'static str {
    use pyrite::compile::ErrorKind;
    match e.kind {
        ErrorKind::Indentation => "IndentationError",
        ErrorKind::Tab => "TabError",
        ErrorKind::Syntax | ErrorKind::TooDeep => "SyntaxError",
        ErrorKind::Memory => "MemoryError",
    }
}
