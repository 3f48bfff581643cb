// SPDX-License-Identifier: MIT
//! Stack effects of every instruction, and a verifier that simulates the value-stack depth
//! along every path of a code object.
//!
//! The code generator uses [`stack_io`] to compute `stacksize`; [`verify`] re-checks finished
//! bytecode independently (every instruction reachable, depth never negative, never above
//! `stacksize`, the same at every merge point, exception handlers entered at a sane depth) and
//! is what the tests run over everything the compiler emits.
#![forbid(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::code::{CodeObject, Const};
use super::disasm::decode;
use super::opcode::Op;

/// `(pops, pushes)` of `op` with operand `arg`; `jump` selects the effect when a conditional
/// jump is taken. The instruction needs at least `pops` items on the stack.
pub fn stack_io(op: Op, arg: u32, jump: bool) -> (u32, u32) {
    use Op::*;
    let n = arg;
    match op {
        Nop | ExtendedArg | SetupAnnotations | DeleteFast | MakeCell | CopyFreeVars
        | DeleteDeref | DeleteGlobal | DeleteName | Jump => (0, 0),
        PopTop | ReturnValue | PopExcept | PrintExpr | ImportStar | StoreFast | StoreDeref
        | StoreGlobal | StoreName | DeleteAttr | PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone
        | PopJumpIfNotNone | Reraise => (1, 0),
        BinarySubscr | BinaryOp | CompareOp | IsOp | ContainsOp | ImportName => (2, 1),
        StoreSubscr => (3, 0),
        DeleteSubscr | StoreAttr | EndAsyncFor => (2, 0),
        GetIter | ListToTuple | YieldValue | GetYieldFromIter | GetAwaitable | GetAiter
        | LoadAttr | UnaryOp => (1, 1),
        PushExcInfo | BeforeWith | GetLen | MatchMapping | MatchSequence | GetAnext
        | BeforeAsyncWith | LoadMethod | ImportFrom => (1, 2),
        CheckExcMatch | CopyDictWithoutKeys | CheckEgMatch => (2, 2),
        PrepReraiseStar => (2, 1),
        LoadAssertionError | LoadBuildClass | LoadLocals | LoadConst | LoadFast | LoadDeref
        | LoadClosure | LoadClassDeref | LoadGlobal | LoadName => (0, 1),
        WithExceptStart => (3, 4),
        MatchKeys => (2, 3),
        Copy => (n, n + 1),
        Swap => (n, n),
        Call => (n + 1, 1),
        CallKw | CallMethod => (n + 2, 1),
        CallMethodKw => (n + 3, 1),
        CallFunctionEx => (2 + (n & 1), 1),
        BuildSlice | BuildTuple | BuildList | BuildSet | BuildString => (n, 1),
        BuildMap => (2 * n, 1),
        FormatValue => (1 + ((n >> 2) & 1), 1),
        ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => (n + 1, n),
        MapAdd => (n + 2, n),
        UnpackSequence => (1, n),
        UnpackEx => (1, (n & 0xff) + (n >> 8) + 1),
        ForIter => (1, if jump { 0 } else { 2 }),
        JumpIfFalseOrPop | JumpIfTrueOrPop => (1, if jump { 1 } else { 0 }),
        MakeFunction => (1 + (n & 0xf).count_ones(), 1),
        RaiseVarargs => (n, 0),
        Send => (2, if jump { 1 } else { 2 }),
        MatchClass => (3, 1),
    }
}

/// Whether control never falls through to the next instruction.
pub fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::ReturnValue | Op::RaiseVarargs | Op::Reraise | Op::Jump
    )
}

/// Whether the operand is an absolute jump target.
pub fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::ForIter
            | Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::Send
    )
}

/// What a check that ran out of Rust memory returns; the flag of [`crate::rust_memory`] is
/// raised too, so the loader reports `MemoryError` rather than a corrupt file.
pub const OUT_OF_MEMORY: &str = "out of memory";

/// An empty vector with room for `n` items, or [`OUT_OF_MEMORY`].
pub fn with_room<T>(n: usize) -> Result<Vec<T>, String> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        crate::rust_memory::signal_low();
        return Err(String::from(OUT_OF_MEMORY));
    }
    Ok(v)
}

/// Checks `code` and every nested code object; returns the maximum depth reached by `code`.
pub fn verify(code: &CodeObject) -> Result<u32, String> {
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner).map_err(|e| format!("in {}: {e}", inner.qualname))?;
        }
    }
    // The tables are sized up front and fallibly: on a device a big code object's tables are
    // among the larger Rust allocations, and one that fails is a MemoryError, not an abort.
    let count = decode(&code.code).count();
    let mut insts: Vec<(u32, Op, u32, u32)> = with_room(count)?; // offset, op, arg, next offset
    for (off, op, arg) in decode(&code.code) {
        if let Some(last) = insts.last_mut() {
            last.3 = off;
        }
        insts.push((off, op, arg, code.code.len() as u32));
    }
    let index_of = |off: u32| insts.binary_search_by_key(&off, |i| i.0).ok();
    let mut depth: Vec<Option<u32>> = with_room(count)?;
    depth.resize(count, None);
    let mut work: Vec<(usize, u32)> = with_room(count + code.exceptiontable.len() + 1)?;
    work.push((0, 0));
    let mut max = 0;
    let mut prev_end = 0;
    for e in &code.exceptiontable {
        if e.start >= e.end || e.start < prev_end {
            return Err(format!("bad exception entry {e:?}"));
        }
        prev_end = e.end;
    }
    while let Some((i, d)) = work.pop() {
        let Some(&(off, op, arg, next)) = insts.get(i) else {
            return Err(format!("control falls off the end at depth {d}"));
        };
        match depth.get(i).copied().flatten() {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("depth {d} != {old} at offset {off}")),
            None => depth[i] = Some(d),
        }
        max = max.max(d);
        if let Some(h) = code
            .exceptiontable
            .iter()
            .find(|e| e.start <= off && off < e.end)
        {
            if h.depth > d {
                return Err(format!(
                    "handler depth {} above stack depth {d} at {off}",
                    h.depth
                ));
            }
            let t = index_of(h.target).ok_or(format!("bad handler target {}", h.target))?;
            work.push((t, h.depth.saturating_add(1)));
        }
        let mut go = |jump: bool, to: usize| -> Result<(), String> {
            let (pops, pushes) = stack_io(op, arg, jump);
            if pops > d {
                return Err(format!("stack underflow at {off} ({})", op.name()));
            }
            // Saturating: a hostile `.pyr` file's operands must not overflow (the depth
            // then exceeds `stacksize` and is refused).
            work.push((to, (d - pops).saturating_add(pushes)));
            Ok(())
        };
        if op == Op::ReturnValue || op == Op::RaiseVarargs || op == Op::Reraise {
            go(false, usize::MAX)?;
            work.pop();
            continue;
        }
        if is_jump(op) {
            let t = index_of(arg).ok_or(format!("bad jump target {arg} at {off}"))?;
            go(true, t)?;
        }
        if op != Op::Jump {
            let n = index_of(next).unwrap_or(insts.len());
            go(false, n)?;
        }
    }
    if let Some(i) = depth.iter().position(|d| d.is_none()) {
        return Err(format!("unreachable instruction at offset {}", insts[i].0));
    }
    if max > code.stacksize {
        return Err(format!("depth {max} above stacksize {}", code.stacksize));
    }
    Ok(max)
}
