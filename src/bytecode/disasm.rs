// SPDX-License-Identifier: MIT
//! Decoding and disassembly of bytecode, derived from the opcode table.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::code::{CodeObject, Const};
use super::opcode::{BinaryOp, CompareOp, Op, HAVE_ARG};
use super::verify::is_jump;
use crate::compile::ast::IntLit;

/// Iterates over `(offset, op, arg)` of each instruction, folding `ExtendedArg` prefixes into
/// the operand of the instruction they precede (whose offset is that of the first prefix).
/// An undecodable byte or a truncated operand ends the iteration.
pub fn decode(code: &[u8]) -> impl Iterator<Item = (u32, Op, u32)> + '_ {
    let mut pos = 0usize;
    core::iter::from_fn(move || {
        let start = pos;
        let mut ext: u32 = 0;
        loop {
            let op = Op::from_u8(*code.get(pos)?)?;
            let mut arg = 0;
            if op as u8 >= HAVE_ARG {
                let lo = *code.get(pos + 1)? as u32;
                let hi = *code.get(pos + 2)? as u32;
                arg = (ext << 16) | (hi << 8) | lo;
                pos += 3;
            } else {
                pos += 1;
            }
            if op == Op::ExtendedArg {
                ext = arg;
                continue;
            }
            return Some((start as u32, op, arg));
        }
    })
}

/// Python-like repr of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(IntLit::Small(i)) => format!("{i}"),
        Const::Int(IntLit::Big { digits, radix }) => match radix {
            16 => format!("0x{digits}"),
            8 => format!("0o{digits}"),
            2 => format!("0b{digits}"),
            _ => digits.clone(),
        },
        // Without floats (`crate::FLOAT_LITERALS`) there are no such constants, and core's
        // float formatting stays unlinked.
        Const::Float(f) if crate::FLOAT_LITERALS => format!("{f:?}"),
        Const::Imag(f) if crate::FLOAT_LITERALS => format!("{f:?}j"),
        Const::Float(_) | Const::Imag(_) => String::new(),
        Const::Str(s) => format!("{s:?}").replace('"', "'"),
        Const::Bytes(b) => {
            let mut s = String::from("b'");
            for &c in b {
                match c {
                    b'\\' | b'\'' => {
                        s.push('\\');
                        s.push(c as char);
                    }
                    0x20..=0x7e => s.push(c as char),
                    _ => {
                        let _ = write!(s, "\\x{c:02x}");
                    }
                }
            }
            s.push('\'');
            s
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let mut s = String::from("(");
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_repr(it));
            }
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
            s
        }
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}

fn meaning(code: &CodeObject, op: Op, arg: u32) -> String {
    let i = arg as usize;
    let name = |v: Option<&alloc::string::String>| v.cloned().unwrap_or_else(|| "?".into());
    let local = |i: usize| {
        code.varnames
            .iter()
            .chain(&code.cellvars)
            .chain(&code.freevars)
            .nth(i)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    match op {
        Op::LoadConst => code.consts.get(i).map_or("?".into(), const_repr),
        Op::LoadFast
        | Op::StoreFast
        | Op::DeleteFast
        | Op::MakeCell
        | Op::LoadDeref
        | Op::StoreDeref
        | Op::DeleteDeref
        | Op::LoadClosure
        | Op::LoadClassDeref => local(i),
        Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => name(code.names.get(i)),
        Op::BinaryOp => {
            let base = BinaryOp::ALL.get(i % 16).map_or("?", |b| b.symbol());
            if i >= 16 {
                format!("{base}=")
            } else {
                base.into()
            }
        }
        Op::CompareOp => CompareOp::ALL
            .get(i)
            .map_or("?", |c| match c {
                CompareOp::Lt => "<",
                CompareOp::Le => "<=",
                CompareOp::Eq => "==",
                CompareOp::Ne => "!=",
                CompareOp::Gt => ">",
                CompareOp::Ge => ">=",
            })
            .into(),
        _ if is_jump(op) => format!("to {arg}"),
        _ => String::new(),
    }
}

/// A readable listing of `code`, its exception table and its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Disassembly of {} (stacksize {}, flags {:#x}):",
        code.qualname, code.stacksize, code.flags
    );
    let mut last_line = None;
    for (off, op, arg) in decode(&code.code) {
        let line = code.line_for_offset(off);
        let shown = if last_line == Some(line) {
            String::new()
        } else {
            format!("{line}")
        };
        last_line = Some(line);
        if op as u8 >= HAVE_ARG {
            let m = meaning(code, op, arg);
            let m = if m.is_empty() { m } else { format!(" ({m})") };
            let _ = writeln!(out, "{shown:>4} {off:>6} {:<20} {arg}{m}", op.name());
        } else {
            let _ = writeln!(out, "{shown:>4} {off:>6} {}", op.name());
        }
    }
    if !code.exceptiontable.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exceptiontable {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn decode_folds_extended_arg() {
        let code = [
            Op::ExtendedArg as u8,
            1,
            0,
            Op::LoadConst as u8,
            2,
            0,
            Op::PopTop as u8,
        ];
        let v: Vec<(u32, Op, u32)> = decode(&code).collect();
        assert_eq!(v, [(0, Op::LoadConst, 0x1_0002), (6, Op::PopTop, 0)]);
        // A truncated operand ends the stream instead of panicking.
        assert_eq!(decode(&[Op::LoadConst as u8, 1]).count(), 0);
    }

    #[test]
    fn listing_shows_meanings() {
        let code = CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "<t>".into(),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            names: alloc::vec!["x".into()],
            consts: alloc::vec![Const::Str("hi".into()), Const::None],
            code: alloc::vec![
                Op::LoadConst as u8,
                0,
                0,
                Op::StoreName as u8,
                0,
                0,
                Op::Jump as u8,
                9,
                0,
                Op::LoadConst as u8,
                1,
                0,
                Op::ReturnValue as u8,
            ],
            linetable: Vec::new(),
            exceptiontable: Vec::new(),
            stacksize: 1,
        };
        let text = disassemble(&code);
        assert!(text.contains("LoadConst            0 ('hi')"), "{text}");
        assert!(text.contains("StoreName            0 (x)"));
        assert!(text.contains("Jump                 9 (to 9)"));
        assert!(text.contains("ReturnValue"));
        assert_eq!(
            const_repr(&Const::Bytes(alloc::vec![b'a', 0, b'\\'])),
            r"b'a\x00\\'"
        );
    }
}
