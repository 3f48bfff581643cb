// SPDX-License-Identifier: MIT
//! The assembler: turns a unit's instruction list (with labels and handler ids) into a
//! [`CodeObject`]. A flow walk computes the stack depth before every instruction, each
//! handler's depth (from its anchor) and `stacksize`; unreachable instructions and `Nop`
//! anchors are dropped; labels become absolute byte offsets; the per-instruction handlers
//! collapse into the sorted exception table.
#![forbid(unsafe_code)]

use alloc::vec;
use alloc::vec::Vec;

use super::Unit;
use crate::bytecode::code::LineTable;
use crate::bytecode::opcode::{Op, HAVE_ARG};
use crate::bytecode::verify::{is_jump, stack_io};
use crate::bytecode::{CodeObject, ExceptionEntry};
use crate::compile::CompileError;

fn internal(msg: &str, line: u32) -> CompileError {
    let msg = error_text!("internal compiler error", "internal compiler error: {msg}");
    CompileError::syntax(msg, line, 0)
}

/// Stack depth before each instruction (None: unreachable), handler depths, and the maximum.
type Flow = (Vec<Option<u32>>, Vec<Option<u32>>, u32);

fn flow(u: &Unit, targets: &[usize]) -> Result<Flow, CompileError> {
    let n = u.instrs.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut hdepth: Vec<Option<u32>> = vec![None; u.handlers.len()];
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    let mut max = 0;
    while let Some((i, d)) = work.pop() {
        let Some(ins) = u.instrs.get(i) else {
            return Err(internal("control falls off the end", u.firstlineno));
        };
        match depth[i] {
            Some(old) if old == d => continue,
            Some(_) => return Err(internal("inconsistent stack depth", ins.line)),
            None => depth[i] = Some(d),
        }
        max = max.max(d);
        if let Some(h) = ins.handler {
            let (label, adjust) = u.handlers.get(h).copied().unwrap_or((0, 0));
            let hd = match hdepth.get(h).copied().flatten() {
                Some(hd) => hd,
                None => {
                    let hd = (d as i32 + adjust).max(0) as u32;
                    if let Some(slot) = hdepth.get_mut(h) {
                        *slot = Some(hd);
                    }
                    hd
                }
            };
            if hd > d {
                return Err(internal("handler deeper than its region", ins.line));
            }
            // Anchors are dropped from the output: only real instructions can raise.
            if ins.op != Op::Nop {
                let t = targets.get(label).copied().unwrap_or(usize::MAX);
                work.push((t, hd + 1));
                max = max.max(hd + 1);
            }
        }
        let step = |jump: bool| -> Result<u32, CompileError> {
            let (pops, pushes) = stack_io(ins.op, ins.arg, jump);
            if pops > d {
                return Err(internal("stack underflow", ins.line));
            }
            Ok(d - pops + pushes)
        };
        if matches!(ins.op, Op::ReturnValue | Op::RaiseVarargs | Op::Reraise) {
            step(false)?;
            continue;
        }
        if let Some(l) = ins.target {
            let t = targets.get(l).copied().unwrap_or(usize::MAX);
            work.push((t, step(true)?));
        }
        if ins.op != Op::Jump {
            work.push((i + 1, step(false)?));
        }
    }
    Ok((depth, hdepth, max))
}

/// Builds the code object of a finished unit.
pub(super) fn assemble(u: Unit) -> Result<CodeObject, CompileError> {
    let mut targets = Vec::with_capacity(u.labels.len());
    for l in &u.labels {
        targets.push(l.ok_or_else(|| internal("unbound label", u.firstlineno))?);
    }
    let (depth, hdepth, max) = flow(&u, &targets)?;
    let live = |i: usize| {
        depth.get(i).copied().flatten().is_some()
            && u.instrs.get(i).is_some_and(|x| x.op != Op::Nop)
    };
    // Offsets: a dropped instruction gets the offset of the next kept one.
    let mut off = Vec::with_capacity(u.instrs.len() + 1);
    let mut pos: u32 = 0;
    for (i, ins) in u.instrs.iter().enumerate() {
        off.push(pos);
        if live(i) {
            if ins.arg > 0xffff {
                return Err(CompileError::syntax("code too large", ins.line, 0));
            }
            pos += if (ins.op as u8) < HAVE_ARG { 1 } else { 3 };
        }
    }
    off.push(pos);
    if pos > 0xffff {
        return Err(CompileError::syntax("code too large", u.firstlineno, 0));
    }
    let mut code = Vec::with_capacity(pos as usize);
    let mut lines = LineTable::new(u.firstlineno);
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, ins) in u.instrs.iter().enumerate() {
        if !live(i) {
            continue;
        }
        let at = off[i];
        lines.add(at, ins.line);
        code.push(ins.op as u8);
        if (ins.op as u8) >= HAVE_ARG {
            let arg = match ins.target {
                Some(l) if is_jump(ins.op) => {
                    let t = targets.get(l).copied().unwrap_or(0);
                    off.get(t).copied().unwrap_or(pos)
                }
                _ => ins.arg,
            };
            code.push(arg as u8);
            code.push((arg >> 8) as u8);
        }
        let end = code.len() as u32;
        let Some(h) = ins.handler else { continue };
        let (label, _) = u.handlers.get(h).copied().unwrap_or((0, 0));
        let target = targets
            .get(label)
            .and_then(|&t| off.get(t))
            .copied()
            .unwrap_or(0);
        let hd = hdepth.get(h).copied().flatten().unwrap_or(0);
        match table.last_mut() {
            Some(e) if e.end == at && e.target == target && e.depth == hd => e.end = end,
            _ => table.push(ExceptionEntry {
                start: at,
                end,
                target,
                depth: hd,
            }),
        }
    }
    Ok(CodeObject {
        name: u.name,
        qualname: u.qualname,
        filename: u.filename,
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        names: u.names,
        consts: u.consts,
        code,
        linetable: lines.finish(),
        exceptiontable: table,
        stacksize: max,
    })
}
